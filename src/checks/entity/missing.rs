//! `entity/missing`: a country, city or organisation of the source that the translation does not
//! name at all ("pemilu AS" -> "the elections").

use super::super::{
    Check, Examples, Findings, Kind, MqmCategory, RuleMeta, Severity, UnitView, quote,
};
use super::{is_named_nearby, lost_places, names_agree, slice};
use crate::analyse::entities::Entity;
use crate::lexicon::exonyms;

/// A place of the source left out of the translation.
pub struct Missing;

static META: RuleMeta = RuleMeta {
    id: "entity/missing",
    kind: Kind::Entity,
    category: MqmCategory::AccuracyOmission,
    default_severity: Severity::Minor,
    summary: "a country, city or organisation of the source is missing from the translation",
    explain: "What it catches: a country, city or organisation named in the source that the \
translation does not name in any form (name, short form or adjective). Names are compared across \
languages with a gazetteer built from Unicode CLDR, so \"AS\", \"US\", \"American\" and \
\"États-Unis\" all count as the United States.\n\
Why it matters: without the place, a sentence can say something else: \"efforts to influence \
the elections\" no longer says whose elections.\n\
Example: \"upaya Rusia memengaruhi pemilu AS\" translated as \"efforts to influence the Russian \
elections\": the United States is gone.\n\
Known false alarms: a place the translation names in a way the gazetteer does not know (a \
nickname, the capital for the government), or a place repeated in the source and named once.",
    examples: Examples {
        flags: (
            "id",
            "Rusia berupaya memengaruhi pemilu AS tahun ini.",
            "en",
            "Russia tried to influence the elections this year.",
        ),
        allows: (
            "id",
            "Rusia berupaya memengaruhi pemilu AS tahun ini.",
            "en",
            "Russia tried to influence the US elections this year.",
        ),
    },
};

impl Check for Missing {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, unit: &UnitView<'_>, out: &mut Findings) {
        let lost_all = lost_places(unit);
        if lost_all.is_empty() || !names_agree(unit) {
            return;
        }
        for lost in &lost_all {
            if lost.replaced_by.is_some()
                || !lost.is_absent
                || lost.has_unpaired_added
                || is_named_nearby(unit, lost.src)
            {
                continue;
            }
            let src_text = slice(unit.src.text, &lost.src.span);
            let concept = lost.src.concepts().first().copied().unwrap_or("");
            let name = exonyms::english_name(concept);
            let fix = exonyms::name_in(concept, unit.hyp.lang).unwrap_or(name);
            out.flag(
                &META,
                format!(
                    "{} ({name}) in the source is missing from the translation",
                    quote(&src_text)
                ),
            )
            .src(lost.src.span.clone())
            .suggest(format!("mention {fix}"))
            .severity(severity(unit, lost.src));
        }
    }
}

/// Major when the evidence is strong: a country or organisation named in the source's own
/// language, in a unit where the translation renders the source's other places, so the one
/// missing stands out (the seed's "upaya Rusia memengaruhi pemilu AS" -> "the Russian
/// elections"). A lone missing place is often a free translation: minor, worth a look.
fn severity(unit: &UnitView<'_>, lost: &Entity) -> Severity {
    let is_strong_class = lost
        .concepts()
        .first()
        .is_some_and(|c| c.starts_with("country:") || c.starts_with("org:"));
    let others_kept = unit.src.entities().iter().any(|e| {
        !e.concepts().is_empty()
            && !e.concepts().iter().any(|c| lost.concepts().contains(c))
            && unit
                .hyp
                .entities()
                .iter()
                .any(|h| h.concepts().iter().any(|c| e.concepts().contains(c)))
    });
    if is_strong_class && !lost.is_foreign() && others_kept {
        Severity::Major
    } else {
        Severity::Minor
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::testing::{assert_clean, assert_flags};

    #[test]
    fn flags_united_states_dropped() {
        assert_flags(
            &Missing,
            (
                "id",
                "Rusia berupaya memengaruhi pemilu AS, kata laporan itu.",
            ),
            (
                "en",
                "Russia sought to influence the Russian elections, the report said.",
            ),
            "entity/missing",
        );
    }

    #[test]
    fn flags_organisation_dropped_in_french() {
        assert_flags(
            &Missing,
            ("id", "NATO menggelar latihan militer di Laut Baltik."),
            (
                "fr",
                "L'alliance organise des exercices militaires en mer Baltique.",
            ),
            "entity/missing",
        );
    }

    #[test]
    fn allows_exonyms_of_the_seed_kind() {
        assert_clean(
            &Missing,
            (
                "id",
                "Gedung Putih menyebut Hizbullah dan Teheran dalam laporan ke PBB.",
            ),
            (
                "en",
                "The White House named Hezbollah and Tehran in its report to the United Nations.",
            ),
        );
        assert_clean(
            &Missing,
            (
                "id",
                "Pejabat Amerika Serikat bertemu utusan Ukraina dan Kuba di Moskow.",
            ),
            (
                "en",
                "US officials met envoys from Ukraine and Cuba in Moscow.",
            ),
        );
    }

    #[test]
    fn allows_demonyms_in_chinese_and_arabic() {
        assert_clean(
            &Missing,
            ("id", "Pejabat AS menolak berkomentar."),
            ("ar", "رفض المسؤولون الأمريكيون التعليق."),
        );
        assert_clean(
            &Missing,
            ("id", "Pejabat AS menolak berkomentar."),
            ("zh", "美方官员拒绝置评。"),
        );
    }
}
