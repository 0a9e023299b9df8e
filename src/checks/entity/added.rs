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
worth a look, not a verdict. It reports major when the source places the sentence in another \
country by a city, a state or a time zone of it (\"Arizona\", \"Virginia Barat\", \"pukul 7 \
malam ET\") that the translation does not place there; a country that is the one of such a \
place is no addition at all.",
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
        let places = places_within(unit);
        let located = located_in(unit, &places);
        for place in added {
            let Some(concept) = place.concepts().first().copied() else {
                continue;
            };
            // the country of a city or state the source names, made explicit ("Arizona" as
            // "美国亚利桑那州"), is no addition
            if !concept.starts_with("country:")
                || places.iter().any(|(_, c)| *c == concept)
                || place.is_foreign()
                || names_a_currency(unit.hyp.text, &place.span)
            {
                continue;
            }
            let hyp_text = slice(unit.hyp.text, &place.span);
            let name = exonyms::english_name(concept);
            let mut message = format!(
                "the translation names {} ({name}), which the source does not mention",
                quote(&hyp_text)
            );
            // the source puts the story in another country, by a city or state of it that the
            // translation does not place there ("Arizona" rendered with "Iran")
            let elsewhere = located.iter().find(|(_, c)| *c != concept);
            if let Some((where_, country)) = elsewhere {
                message.push_str(&format!(
                    ": the source's {} is in {}",
                    quote(where_),
                    exonyms::english_name(country)
                ));
            }
            let finding = out
                .flag(&META, message)
                .hyp(place.span.clone())
                .suggest(format!("check whether {name} belongs here"));
            if elsewhere.is_some() {
                finding.severity(Severity::Major);
            }
        }
    }
}

/// The cities, states and time zones ("pukul 7 malam ET") the source names, with the country
/// each is in.
fn places_within(unit: &UnitView<'_>) -> Vec<(String, &'static str)> {
    let mut out: Vec<(String, &'static str)> = unit
        .src
        .entities()
        .iter()
        .filter(|e| e.concepts().first().is_some_and(|c| c.starts_with("city:")))
        .filter_map(|e| {
            let country = e.concepts().iter().find(|c| c.starts_with("country:"))?;
            Some((slice(unit.src.text, &e.span), *country))
        })
        .collect();
    out.extend(
        exonyms::subdivisions(unit.src.text)
            .into_iter()
            .chain(exonyms::time_zones(unit.src.text))
            .map(|(name, country)| (name.to_string(), country)),
    );
    out
}

/// The cities and states of `places` when the translation names none of their countries and
/// they are all in the same one: where the source places the story.
fn located_in<'p>(
    unit: &UnitView<'_>,
    places: &'p [(String, &'static str)],
) -> &'p [(String, &'static str)] {
    let named = |country: &str| {
        unit.hyp
            .entities()
            .iter()
            .any(|e| e.concepts().contains(&country))
    };
    if places.iter().any(|(_, c)| named(c)) || places.windows(2).any(|w| w[0].1 != w[1].1) {
        return &[];
    }
    places
}

/// Currency words, per script: a translation that says "US dollars" or "英镑" (pounds sterling)
/// for the source's "$" or "£", or "印尼盾" (Indonesian rupiah) for "rupiah", names a currency,
/// not a country.
const CURRENCY_IN: &[&str] = &[
    "元",
    "镑",
    "円",
    "ドル",
    "ポンド",
    "盾",
    "卢比",
    "卢布",
    "比索",
    "铢",
    "ルピア",
    "ルピー",
    "ルーブル",
    "ペソ",
    "バーツ",
    "ウォン",
];
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

    fn severity_of(src: &str, hyp: (&str, &str)) -> Option<Severity> {
        let found = crate::checks::testing::run(&Added, ("id", src), hyp);
        found
            .first()
            .map(|f| f.severity.unwrap_or(META.default_severity))
    }

    #[test]
    fn a_country_against_the_state_the_source_names_is_major() {
        let src = "Badai tropis itu akan melewati gurun di Arizona pekan depan.";
        assert_eq!(
            severity_of(src, ("zh", "热带风暴下周将穿过伊朗的沙漠。")),
            Some(Severity::Major)
        );
        assert_eq!(
            severity_of(
                "Kampanye Trump di Wheeling, Virginia Barat dijadwalkan malam ini.",
                (
                    "en",
                    "Trump's rally in Wheeling, India is scheduled for tonight."
                )
            ),
            Some(Severity::Major)
        );
        // the state's own country made explicit is no error at all
        assert_clean(
            &Added,
            ("id", src),
            ("zh", "热带风暴下周将穿过美国亚利桑那州的沙漠。"),
        );
    }

    #[test]
    fn a_country_against_the_time_zone_of_the_source_is_major() {
        let src = "Debat itu akan disiarkan pukul 9 malam ET hari Selasa.";
        assert_eq!(
            severity_of(src, ("zh", "辩论将于印度东部时间周二晚上9点播出。")),
            Some(Severity::Major)
        );
        // the time zone's own country made explicit is no error at all
        assert_clean(
            &Added,
            ("id", src),
            ("zh", "辩论将于美国东部时间周二晚上9点播出。"),
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
        assert_clean(
            &Added,
            ("id", "Harga tiket naik menjadi 50.000 rupiah pekan ini."),
            ("zh", "本周票价涨至5万印尼盾。"),
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
