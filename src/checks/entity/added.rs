//! `entity/added`: a country in the translation that the source does not name at all ("negara
//! ini", this country, rendered as "Brazil").

use super::super::{
    Check, Examples, Findings, Kind, MqmCategory, RuleMeta, Severity, UnitView, quote,
};
use super::{added_places, names_agree, slice};
use crate::lexicon::exonyms;

/// A country named in the translation only.
pub struct Added;

static META: RuleMeta = RuleMeta {
    id: "entity/added",
    kind: Kind::Entity,
    category: MqmCategory::AccuracyMistranslation,
    default_severity: Severity::Minor,
    summary: "the translation names a country that the source does not",
    explain: "What it catches: a country named in the translation (by name, short form or \
adjective) that the source names in no form, while the rest of the sentence matches. Names are \
compared across languages with a gazetteer built from Unicode CLDR.\n\
Why it matters: an invented country puts the story somewhere else; \"this country\" turned \
into \"Brazil\" is a factual error readers cannot detect.\n\
Example: \"Harga pangan di negara ini naik\" (food prices in this country rose) translated \
as \"Food prices in Brazil rose\".\n\
Known false alarms: a translation that rightly makes explicit a country the source only \
implies (\"Kim\" -> \"North Korea's Kim\"), or a country the source names in a way the \
gazetteer does not know. Translators do this often, so the rule reports at minor severity: \
worth a look, not a verdict.",
    examples: Examples {
        flags: (
            "id",
            "Lebih dari 800 orang tertular di negara ini tahun lalu.",
            "en",
            "More than 800 people were infected in Brazil last year.",
        ),
        allows: (
            "id",
            "Lebih dari 800 orang tertular di Brasil tahun lalu.",
            "en",
            "More than 800 people were infected in Brazil last year.",
        ),
    },
};

impl Check for Added {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, unit: &UnitView<'_>, out: &mut Findings) {
        let added = added_places(unit);
        if added.is_empty() || !names_agree(unit) {
            return;
        }
        for place in added {
            let Some(concept) = place.concepts().first().copied() else {
                continue;
            };
            if !concept.starts_with("country:")
                || place.is_foreign()
                || names_a_currency(unit.hyp.text, &place.span)
            {
                continue;
            }
            let hyp_text = slice(unit.hyp.text, &place.span);
            let name = exonyms::english_name(concept);
            out.flag(
                &META,
                format!(
                    "the translation names {} ({name}), which the source does not mention",
                    quote(&hyp_text)
                ),
            )
            .hyp(place.span.clone())
            .suggest(format!("check whether {name} belongs here"));
        }
    }
}

/// Currency words, per script: a translation that says "US dollars" or "英镑" (pounds sterling)
/// for the source's "$" or "£" names a currency, not a country.
const CURRENCY_IN: &[&str] = &["元", "镑", "円", "ドル", "ポンド"];
const CURRENCY_BEFORE: &[&str] = &["dollar", "dollars", "dolar", "دولار", "دولارا", "دولارًا"];

/// Whether the place at `span` of `text` is part of a currency's name: "美元", "dollars
/// américains", "دولار أمريكي".
fn names_a_currency(text: &str, span: &std::ops::Range<usize>) -> bool {
    let Some(name) = text.get(span.clone()) else {
        return false;
    };
    let before = text.get(..span.start).unwrap_or("");
    let after = text.get(span.end..).unwrap_or("");
    CURRENCY_IN
        .iter()
        .any(|c| name.contains(c) || after.starts_with(c))
        || before
            .split_whitespace()
            .next_back()
            .is_some_and(|w| CURRENCY_BEFORE.contains(&w.to_lowercase().as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::testing::{assert_clean, assert_flags};

    #[test]
    fn flags_country_invented_for_this_country() {
        assert_flags(
            &Added,
            ("id", "Harga pangan di negara ini naik tajam bulan lalu."),
            ("zh", "巴西的食品价格上个月大幅上涨。"),
            "entity/added",
        );
    }

    #[test]
    fn allows_a_currency_named_for_a_symbol() {
        assert_clean(
            &Added,
            ("id", "Perusahaan itu dijual senilai £125 juta tahun lalu."),
            ("zh", "该公司去年以1.25亿英镑的价格出售。"),
        );
        assert_clean(
            &Added,
            ("id", "Perusahaan itu dijual senilai $125 juta tahun lalu."),
            (
                "ar",
                "بيعت الشركة العام الماضي مقابل 125 مليون دولار أمريكي.",
            ),
        );
    }

    #[test]
    fn allows_countries_the_source_names() {
        assert_clean(
            &Added,
            (
                "id",
                "Pejabat Amerika Serikat bertemu utusan Ukraina di Moskow.",
            ),
            ("en", "US officials met Ukraine's envoy in Moscow."),
        );
    }
}
