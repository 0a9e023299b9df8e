//! `entity/missing`: a country, city or organisation of the source that the translation does not
//! name at all ("pemilu AS" -> "the elections").

use super::super::{
    Check, Examples, Findings, Kind, MqmCategory, RuleMeta, Severity, UnitView, quote,
};
use super::{is_named_nearby, is_written_as_is, lost_places, names_agree, slice};
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
        for lost in missing_places(unit) {
            let src_text = slice(unit.src.text, &lost.span);
            let concept = lost.concepts().first().copied().unwrap_or("");
            let name = exonyms::english_name(concept);
            let fix = exonyms::name_in(concept, unit.hyp.lang).unwrap_or(name);
            out.flag(
                &META,
                format!(
                    "{} ({name}) in the source is missing from the translation",
                    quote(&src_text)
                ),
            )
            .src(lost.span.clone())
            .suggest(format!("mention {fix}"))
            .severity(severity(unit, lost));
        }
    }
}

/// The places of the source that the translation names nowhere and replaces with nothing, in a
/// unit that is not a wrong pairing: neither named nearby in the translation nor written there
/// as the source writes it. `omission/clause` takes one as evidence that a part of the sentence
/// went missing with it.
pub(crate) fn missing_places<'u>(unit: &'u UnitView<'_>) -> Vec<&'u Entity> {
    let lost_all = lost_places(unit);
    if lost_all.is_empty() || !names_agree(unit) {
        return Vec::new();
    }
    lost_all
        .into_iter()
        .filter(|lost| {
            lost.replaced_by.is_none()
                && lost.is_absent
                && !lost.has_unpaired_added
                && !is_named_nearby(unit, lost.src)
                && !is_written_as_is(unit, lost.src)
        })
        .map(|lost| lost.src)
        .collect()
}

/// The source's places (not those found by another language's names) when the translation
/// names no place at all, neither in the unit nor nearby, nor as the source writes them.
/// `missing_places` leaves such a unit out when the source names more than one place, as a
/// likely wrong pairing; `omission/clause` asks only in a sentence already short.
pub(crate) fn places_of_a_placeless_translation<'u>(unit: &'u UnitView<'_>) -> Vec<&'u Entity> {
    if !unit.is_paired() || unit.hyp.entities().iter().any(|e| !e.concepts().is_empty()) {
        return Vec::new();
    }
    unit.src
        .entities()
        .iter()
        .filter(|p| {
            !p.concepts().is_empty()
                && !p.is_foreign()
                && !p.is_in_name()
                && !is_written_as_is(unit, p)
                && !is_named_nearby(unit, p)
        })
        .collect()
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
    if is_strong_class && !lost.is_foreign() && others_kept && !names_an_office(unit, lost) {
        Severity::Major
    } else {
        Severity::Minor
    }
}

/// Indonesian words for public offices whose holder's country translators routinely drop when
/// the holder is named: "Presiden AS Donald Trump" -> "President Donald Trump", "トランプ大統領".
const OFFICES: &[&str] = &[
    "duta",
    "gubernur",
    "kanselir",
    "kepala",
    "ketua",
    "menlu",
    "menteri",
    "panglima",
    "perdana",
    "presiden",
    "raja",
    "ratu",
    "sekjen",
    "sekretaris",
    "senator",
    "wakil",
];

/// Whether `place` only says whose office a named person holds: an office word among the three
/// words before it and a capitalised name right after ("Menteri Luar Negeri Amerika Serikat,
/// Mike Pompeo"). Leaving the country out there loses little; minor, not major.
fn names_an_office(unit: &UnitView<'_>, place: &Entity) -> bool {
    let text = unit.src.text;
    let (Some(before), Some(after)) = (text.get(..place.span.start), text.get(place.span.end..))
    else {
        return false;
    };
    let has_office = before.split_whitespace().rev().take(3).any(|w| {
        let w = w
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        OFFICES.contains(&w.as_str())
    });
    let next = after
        .trim_start_matches([',', ' '])
        .split_whitespace()
        .next()
        .unwrap_or("");
    let is_name = next.chars().next().is_some_and(char::is_uppercase)
        && next.chars().any(char::is_lowercase)
        && !crate::lexicon::common::is_title(unit.src.lang, &next.to_lowercase())
        && !unit.src.entities().iter().any(|e| {
            !e.concepts().is_empty()
                && text
                    .get(e.span.clone())
                    .is_some_and(|t| t.starts_with(next))
        });
    has_office && is_name
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
    fn allows_a_name_carried_over_as_it_is() {
        assert_clean(
            &Missing,
            ("id", "Tim Indonesia mengalahkan Vietnam 2-1 di Jakarta."),
            (
                "fr",
                "L'équipe d'Indonésie a battu le Vietnam 2-1 à Jakarta.",
            ),
        );
    }

    #[test]
    fn allows_the_country_of_a_named_office_holder_as_minor() {
        let view_of = |src: &'static str, hyp: &'static str| {
            crate::checks::testing::run(&Missing, ("id", src), ("ja", hyp))
        };
        let kept_minor = view_of(
            "Kemarin Menteri Luar Negeri Jerman, Anna Berg, bertemu Presiden Prancis di Roma.",
            "昨日、アンナ・ベルク外相はローマでフランス大統領と会談した。",
        );
        assert!(
            !kept_minor.is_empty()
                && kept_minor
                    .iter()
                    .all(|f| f.severity == Some(Severity::Minor)),
            "{kept_minor:?}"
        );
        let unnamed_major = view_of(
            "Kemarin pejabat Jerman bertemu Presiden Prancis di Roma.",
            "昨日、当局者はローマでフランス大統領と会談した。",
        );
        assert!(
            unnamed_major
                .iter()
                .any(|f| f.severity == Some(Severity::Major)),
            "{unnamed_major:?}"
        );
    }

    #[test]
    fn allows_a_country_inside_an_organisations_name() {
        // 德国之声 is Deutsche Welle, which names no country in English
        assert_clean(
            &Missing,
            ("zh", "德国之声报道，土耳其和叙利亚发生地震。"),
            (
                "en",
                "Deutsche Welle reported an earthquake in Turkey and Syria.",
            ),
        );
        assert_clean(
            &Missing,
            (
                "id",
                "Bank of England menahan suku bunga, kata pejabat Prancis.",
            ),
            (
                "fr",
                "La BoE maintient ses taux, selon un responsable français.",
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
