//! The `entity/*` rules: a person's or organisation's name altered in the translation
//! (`name_altered`), and a country, city or organisation of the source that is missing from the
//! translation (`missing`) or replaced by another (`swapped`). The comparison of places is
//! shared here; the entities themselves come from `analyse::entities`.

mod acronym;
pub mod added;
pub mod missing;
pub mod name_altered;
pub mod name_word;
pub mod swapped;

use std::ops::Range;

use super::UnitView;
use crate::analyse::Lang;
use crate::analyse::entities::Entity;

/// A place of the source that has no counterpart in the translation.
#[derive(Debug)]
pub(crate) struct Lost<'u> {
    pub src: &'u Entity,
    /// Whether the translation names the place nowhere (else it names it fewer times than the
    /// source does).
    pub is_absent: bool,
    /// A place of the translation that the source does not name at all, of the same class
    /// (country for country, city for city), when there is one: the likely replacement.
    pub replaced_by: Option<&'u Entity>,
    /// Whether the translation names, besides, a place the source does not name and that
    /// replaces nothing: then the unit is more likely a wrong pairing than a dropped name.
    pub has_unpaired_added: bool,
}

/// The class of a concept (`country`, `city`, `state`, `org`, `region`).
fn class(concept: &str) -> &str {
    concept.split_once(':').map_or(concept, |(c, _)| c)
}

/// Whether one place can stand for the other: they share a concept ("Moscow" stands for
/// "Rusia", "美国" for "Amerika Serikat"), unless both are places within a country, cities or
/// states, and different ones: "Manchester" is not "Liverpool", "New York" not "Los Angeles",
/// "Florida" not "Texas", though each pair shares its country.
fn shares(a: &Entity, b: &Entity) -> bool {
    if is_within_a_country(a)
        && is_within_a_country(b)
        && a.concepts().first() != b.concepts().first()
    {
        return false;
    }
    a.concepts().iter().any(|c| b.concepts().contains(c))
}

/// Whether `place` is a city or a state (`city:`, `state:`), which also names its country.
fn is_within_a_country(place: &Entity) -> bool {
    place
        .concepts()
        .first()
        .is_some_and(|c| matches!(class(c), "city" | "state"))
}

/// The places of the source that the translation does not match one for one, paired with the
/// translation's places that the source never names.
pub(crate) fn lost_places<'u>(unit: &'u UnitView<'_>) -> Vec<Lost<'u>> {
    place_diff(unit).0
}

/// The translation's countries that the source never names and that replace nothing, in units
/// whose places otherwise agree.
pub(crate) fn added_places<'u>(unit: &'u UnitView<'_>) -> Vec<&'u Entity> {
    place_diff(unit).1
}

/// What `lost_places` and `added_places` return, computed together.
fn place_diff<'u>(unit: &'u UnitView<'_>) -> (Vec<Lost<'u>>, Vec<&'u Entity>) {
    if !unit.is_paired() {
        return (Vec::new(), Vec::new());
    }
    let src: Vec<&Entity> = unit
        .src
        .entities()
        .iter()
        .filter(|e| !e.concepts().is_empty())
        .collect();
    let hyp: Vec<&Entity> = unit
        .hyp
        .entities()
        .iter()
        .filter(|e| !e.concepts().is_empty())
        .collect();
    // match mentions one for one: first the same place written the same way, inside an
    // organisation's name or not ("China Daily" with "China Daily", "Tiongkok" with "China"),
    // then the same place, then a place that stands for it ("Rusia" with "Moscow")
    let mut used = vec![false; hyp.len()];
    let mut matched = vec![false; src.len()];
    for same_use in [true, false] {
        for (si, s) in src.iter().enumerate() {
            let primary = s.concepts().first();
            if matched[si] {
                continue;
            }
            if let Some(i) = (0..hyp.len()).find(|&i| {
                !used[i]
                    && hyp[i].concepts().first() == primary
                    && (!same_use || hyp[i].is_in_name() == s.is_in_name())
            }) {
                used[i] = true;
                matched[si] = true;
            }
        }
    }
    let mut unmatched: Vec<&Entity> = Vec::new();
    for (si, s) in src.iter().enumerate() {
        if matched[si] {
            continue;
        }
        match (0..hyp.len()).find(|&i| !used[i] && shares(s, hyp[i])) {
            Some(i) => used[i] = true,
            None => unmatched.push(s),
        }
    }
    // a place inside an organisation's name ("Bank of England", 德国之声) names the
    // organisation, whose translation need not name the place ("Deutsche Welle"): it is
    // neither missing nor added, only replaced by another place inside the same kind of name
    // ("China Daily" -> "Canada Daily")
    let (mut added, mut added_in_names): (Vec<&Entity>, Vec<&Entity>) = hyp
        .iter()
        .zip(&used)
        .filter(|(h, u)| !**u && !src.iter().any(|s| shares(s, h)))
        .map(|(h, _)| *h)
        .partition(|h| !h.is_in_name());
    // a unit whose places all differ, more than one of them, is more likely two sentences
    // paired by mistake than a translation that changed every place
    let distinct_unmatched = unmatched
        .iter()
        .enumerate()
        .filter(|(i, u)| !u.is_foreign() && !unmatched[..*i].iter().any(|p| shares(p, u)))
        .count();
    if used.iter().all(|u| !u) && distinct_unmatched >= 2 {
        return (Vec::new(), Vec::new());
    }
    // nothing in common, and the translation names other places of another kind: as likely
    // a wrong pairing of sentences as a dropped name
    // (continents do not count: "Liga Champions" is "欧洲冠军杯" in Chinese)
    let cross_class = hyp.iter().zip(&used).any(|(h, u)| {
        !*u && !h.is_in_name()
            && !src.iter().any(|s| shares(s, h))
            && !h
                .concepts()
                .first()
                .is_some_and(|c| c.starts_with("region:"))
            && !unmatched.iter().any(|s| {
                let hyp_classes = own_classes(h, unit.hyp.text, unit.hyp.lang);
                // a state says which country the story is in as much as a country does
                // ("Arizona" rendered with "Iran" is `entity/added`'s)
                own_classes(s, unit.src.text, unit.src.lang)
                    .iter()
                    .chain(s.is_state().then_some(&"country"))
                    .any(|c| hyp_classes.contains(c))
            })
    });
    if used.iter().all(|u| !u) && !unmatched.is_empty() && cross_class {
        return (Vec::new(), Vec::new());
    }
    let mut out: Vec<Lost<'u>> = Vec::new();
    for s in unmatched {
        if out.iter().any(|l| shares(l.src, s)) {
            continue;
        }
        let is_absent = !hyp.iter().any(|h| shares(s, h));
        let classes = own_classes(s, unit.src.text, unit.src.lang);
        let pool = if s.is_in_name() {
            &mut added_in_names
        } else {
            &mut added
        };
        let replaced_by = pool
            .iter()
            .position(|a| {
                own_classes(a, unit.hyp.text, unit.hyp.lang)
                    .iter()
                    .any(|c| classes.contains(c))
            })
            .map(|i| pool.remove(i));
        // an English name kept in the source ("China Daily", "Johnny English") may be a title or
        // a brand, and a place inside an organisation's name names the organisation: only a
        // replacement makes either worth a finding
        // nor is a currency's name a mention of its country ("70亿美元" is "$7 billion")
        let is_currency = names_a_currency(unit.src.text, &s.span);
        if (is_absent && !s.is_foreign() && !s.is_in_name() && !is_currency)
            || replaced_by.is_some()
        {
            out.push(Lost {
                src: s,
                is_absent,
                replaced_by,
                has_unpaired_added: false,
            });
        }
    }
    let has_unpaired_added = !added.is_empty();
    for l in &mut out {
        l.has_unpaired_added = has_unpaired_added;
    }
    (out, added)
}

/// The classes a place belongs to as it is written: its first concept's, and those of the
/// other concepts whose name in `lang` is the very word written. A city-state ("Singapura",
/// "新加坡") is a city and a country by the same name, so it can stand in for either; a city
/// merely linked to its country ("Tokyo") stays a city.
fn own_classes<'e>(place: &'e Entity, text: &str, lang: Lang) -> Vec<&'e str> {
    let name = slice(text, &place.span);
    place
        .concepts()
        .iter()
        .enumerate()
        .filter(|(i, c)| {
            *i == 0
                || crate::lexicon::exonyms::name_in(c, lang)
                    .is_some_and(|n| n.eq_ignore_ascii_case(name.trim()))
        })
        .map(|(_, c)| class(c))
        .collect()
}

/// Whether the source's own spelling of `place` stands in the translation as a whole word: a
/// name carried over as it is ("Vietnam" in a French translation, where the gazetteer knows
/// only CLDR's "Viêt Nam") is not missing, whatever the gazetteer says.
/// A two-letter acronym ("RI", Republik Indonesia) counts too, written in capitals as in the
/// source: folded to lowercase it would match any short word.
pub(crate) fn is_written_as_is(unit: &UnitView<'_>, place: &Entity) -> bool {
    let written = slice(unit.src.text, &place.span);
    let written = written.trim();
    let is_acronym = written.chars().count() == 2 && written.chars().all(|c| c.is_uppercase());
    if is_acronym {
        return stands_as_word(unit.hyp.text, written);
    }
    let name = crate::text::normalize::fold(written);
    let name = name.trim();
    if name.chars().count() < 3 {
        return false;
    }
    stands_as_word(&unit.hyp.folded().key, name)
}

/// Whether `word` occurs in `text` with no letter or digit on either side.
fn stands_as_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(i, m)| {
        let before = text[..i].chars().next_back();
        let after = text[i + m.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Bytes of the record's translation (within the unit's paragraph) looked at on each side of
/// the unit before a place counts as missing: a sentence split in the wrong place ("the U.N.
/// General Assembly" cut after "U.N.") must not make its name look missing.
const NEARBY_BYTES: usize = 300;

/// Whether the translation names `place` just before or after the unit.
pub(crate) fn is_named_nearby(unit: &UnitView<'_>, place: &Entity) -> bool {
    let record = unit.hyp.record_text;
    let mut start = unit.hyp.offset.saturating_sub(NEARBY_BYTES);
    let mut end = (unit.hyp.offset + unit.hyp.text.len() + NEARBY_BYTES).min(record.len());
    while !record.is_char_boundary(start) {
        start -= 1;
    }
    while !record.is_char_boundary(end) {
        end += 1;
    }
    // never past the unit's own paragraph: the next paragraph says something else
    if let Some(nl) = record[start..unit.hyp.offset].rfind('\n') {
        start += nl + 1;
    }
    let unit_end = unit.hyp.offset + unit.hyp.text.len();
    if let Some(nl) = record[unit_end..end].find('\n') {
        end = unit_end + nl;
    }
    crate::analyse::entities::extract(&record[start..end], unit.hyp.lang)
        .iter()
        .any(|e| shares(place, e))
}

/// Whether the unit's two sides look like translations of each other: in Latin-script
/// translations, at least half of the names that are not places (capitalised words that are not
/// common words: "Reuters", "SolarWinds") on either side are on the other side
/// too. Two sentences paired by mistake share few names, and a place that differs between them
/// says nothing.
pub(crate) fn names_agree(unit: &UnitView<'_>) -> bool {
    if !matches!(unit.hyp.lang, Lang::En | Lang::Fr) {
        return true;
    }
    let (n1, k1) = names_found(&unit.src, &unit.hyp);
    let (n2, k2) = names_found(&unit.hyp, &unit.src);
    let (names, kept) = (n1 + n2, k1 + k2);
    names < 2 || kept * 2 >= names
}

/// How many names `from` has (see `names_agree`), and how many of them `other` has too.
fn names_found(
    from: &crate::analyse::Side<'_>,
    other: &crate::analyse::Side<'_>,
) -> (usize, usize) {
    use crate::analyse::entities::words;
    use crate::lexicon::common;
    use crate::lexicon::exonyms::fold;
    let text = from.text;
    let places: Vec<&Entity> = from
        .entities()
        .iter()
        .filter(|e| !e.concepts().is_empty() && !e.is_state())
        .collect();
    let other_key = fold(other.text);
    let (mut names, mut kept) = (0, 0);
    for w in words(text) {
        let word = &text[w.clone()];
        // acronyms differ between languages (HIV, VIH), so only capitalised words count
        if word.chars().count() < 3
            || !crate::analyse::entities::is_capitalised(word)
            || !word.chars().all(char::is_alphanumeric)
            || common::is_common(from.lang, word)
            || common::is_title(from.lang, word)
            || places
                .iter()
                .any(|p| p.span.start <= w.start && w.end <= p.span.end)
        {
            continue;
        }
        names += 1;
        if other_key.contains(&fold(word)) {
            kept += 1;
        }
    }
    (names, kept)
}

/// The spans of the countries, cities and organisations that the gazetteer finds on `side`, for
/// the rules about people's names (states are left out: see `Entity::is_state`).
pub(crate) fn place_spans(side: &crate::analyse::Side<'_>) -> Vec<Range<usize>> {
    side.entities()
        .iter()
        .filter(|e| !e.concepts().is_empty() && !e.is_state())
        .map(|e| e.span.clone())
        .collect()
}

/// The text of `span` in `text`, or "" when the span is out of range.
pub(crate) fn slice(text: &str, span: &Range<usize>) -> String {
    text.get(span.clone()).unwrap_or("").to_string()
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
/// Currency words after the country: in English ("US dollars", "Hong Kong dollar") and in the
/// Indonesian of market reports ("Australia dolar", "Japan yen", "Indonesia rupiah"). Not
/// "won", which follows a country as often as the past of "win" ("South Korea won the match").
const CURRENCY_AFTER: &[&str] = &[
    "dollar", "dollars", "dolar", "rupiah", "rupee", "rupe", "yen", "yuan", "ringgit", "baht",
    "peso",
];

/// Whether the place at `span` of `text` is part of a currency's name: "美元", "dollars
/// américains", "دولار أمريكي", "US dollars".
pub(crate) fn names_a_currency(text: &str, span: &std::ops::Range<usize>) -> bool {
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
        || after
            .split_whitespace()
            .next()
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            })
            .is_some_and(|w| CURRENCY_AFTER.contains(&w.as_str()))
}

#[cfg(test)]
mod tests {
    use crate::checks::Check;
    use crate::checks::testing::run_example;

    #[test]
    fn each_entity_rule_flags_and_allows_its_own_examples() {
        let rules: [&'static dyn Check; 5] = [
            &super::added::Added,
            &super::missing::Missing,
            &super::name_altered::NameAltered,
            &super::name_word::NameAsWord,
            &super::swapped::Swapped,
        ];
        for rule in rules {
            let m = rule.meta();
            let flagged = run_example(rule, m.examples.flags);
            assert!(
                flagged.iter().any(|f| f.rule.id == m.id),
                "{} misses its example",
                m.id
            );
            let allowed = run_example(rule, m.examples.allows);
            assert!(
                allowed.is_empty(),
                "{} flags its good example: {allowed:?}",
                m.id
            );
        }
    }
}
