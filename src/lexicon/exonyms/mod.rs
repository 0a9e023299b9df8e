//! The exonym gazetteer: names of countries, cities, organisations, and the states and provinces
//! of the United States, Canada and Australia in every language mtcheck reads (`exonyms.txt`,
//! generated from Unicode CLDR by `generate.py`, and `subdivisions.txt`, by `subdivisions.py`),
//! and a matcher that finds them in a text. Each name maps to a concept (`country:US`,
//! `city:Moscow`, `org:UN`, `state:US-FL`), so
//! "Amerika Serikat", "AS", "United States", "américain", "美国" and "アメリカ" all read as
//! `country:US`. Deciding what a missing or swapped concept means is left to the checks.

use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::LazyLock;

use aho_corasick::AhoCorasick;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use crate::analyse::Lang;
use crate::analyse::tokens::{is_arabic_char as is_arabic, is_cjk_char};

const DATA: &str = include_str!("exonyms.txt");

/// How a name must be written in the text to count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Case {
    /// Exactly as listed (short forms: "AS", "US", "UK").
    Exact,
    /// With a capital first letter ("Russia", "Turki").
    Capital,
    /// In any case (French adjectives: "russe", "américain").
    Any,
}

/// One folded name and what it stands for.
#[derive(Debug)]
struct Pattern {
    concepts: Vec<&'static str>,
    case: Case,
    /// The listed forms (for `Case::Exact`).
    forms: Vec<&'static str>,
    script: Script,
}

impl Pattern {
    /// Whether the name is a state's or province's (`state:US-FL`).
    fn is_state(&self) -> bool {
        self.concepts
            .first()
            .is_some_and(|c| c.starts_with("state:"))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Script {
    Latin,
    Arabic,
    Cjk,
}

/// The names of one language and their matcher.
struct LangNames {
    matcher: Option<AhoCorasick>,
    patterns: Vec<Pattern>,
}

/// A name of a place or organisation found in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// Byte span in the text.
    pub span: Range<usize>,
    /// The concepts the name stands for (usually one).
    pub concepts: Vec<&'static str>,
    /// Found by another language's names (an English name in Indonesian or Chinese text).
    pub is_foreign: bool,
}

static NAMES: LazyLock<Vec<(Lang, LangNames)>> = LazyLock::new(|| {
    let mut by_lang: BTreeMap<&'static str, BTreeMap<String, Pattern>> = BTreeMap::new();
    let mut keyed: Vec<(&'static str, &'static str, &'static str, String)> = Vec::new();
    for (concept, lang, form) in entries() {
        let key = fold(form);
        if script_of(&key) == Script::Arabic {
            for variant in arabic_variants(&key) {
                keyed.push((concept, lang, form, variant));
            }
        }
        keyed.push((concept, lang, form, key));
    }
    for (concept, lang, form, key) in keyed {
        if key.is_empty() {
            continue;
        }
        let case = case_of(form);
        let script = script_of(&key);
        let p = by_lang
            .entry(lang)
            .or_default()
            .entry(key)
            .or_insert_with(|| Pattern {
                concepts: Vec::new(),
                case,
                forms: Vec::new(),
                script,
            });
        if !p.concepts.contains(&concept) {
            p.concepts.push(concept);
        }
        // a city or state also names its country: "Pyongyang" for North Korea is not a missing
        // country
        if let Some(country) = PLACE_COUNTRY.get(concept)
            && !p.concepts.contains(country)
        {
            p.concepts.push(country);
        }
        p.case = p.case.max(case);
        p.forms.push(form);
    }
    let mut out = Vec::new();
    for (code, pats) in by_lang {
        let Some(lang) = Lang::from_code(code) else {
            continue;
        };
        let keys: Vec<&String> = pats.keys().collect();
        let matcher = AhoCorasick::new(&keys).ok();
        let patterns = pats.into_values().collect();
        out.push((lang, LangNames { matcher, patterns }));
    }
    out
});

/// The gazetteer's lines: those of `exonyms.txt`, then those of `subdivisions.txt`.
fn lines() -> impl Iterator<Item = &'static str> {
    DATA.lines().chain(SUBDIVISIONS.lines())
}

/// The gazetteer's rows: (concept, language code, form, whether it is the usual name).
fn rows() -> impl Iterator<Item = (&'static str, &'static str, &'static str, bool)> {
    lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let mut it = l.split('\t');
            Some((it.next()?, it.next()?, it.next()?, it.next()? == "name"))
        })
}

/// The gazetteer's names: (concept, language code, form).
fn entries() -> impl Iterator<Item = (&'static str, &'static str, &'static str)> {
    rows()
        .filter(|(_, l, _, _)| *l != "*")
        .map(|(c, l, f, _)| (c, l, f))
}

/// The country each city or state is in.
static PLACE_COUNTRY: LazyLock<BTreeMap<&'static str, &'static str>> = LazyLock::new(|| {
    lines()
        .filter_map(|l| {
            let mut it = l.split('\t');
            let (c, lang, country, kind) = (it.next()?, it.next()?, it.next()?, it.next()?);
            (lang == "*" && kind == "in").then_some((c, country))
        })
        .collect()
});

static ENGLISH_NAMES: LazyLock<BTreeMap<&'static str, &'static str>> = LazyLock::new(|| {
    rows()
        .filter(|(_, l, _, is_name)| *l == "en" && *is_name)
        .map(|(c, _, f, _)| (c, f))
        .collect()
});

/// Head words of organisations' names (see `organisations.txt`).
const ORGANISATIONS: &str = include_str!("organisations.txt");

static ORGANISATION_WORDS: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
    ORGANISATIONS
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.split_once('\t'))
        .collect()
});

/// Whether the folded `word` is the head word of an organisation's name in `lang` ("bank",
/// "universitas", "之声", "航空").
pub fn is_organisation_word(lang: Lang, word: &str) -> bool {
    ORGANISATION_WORDS
        .iter()
        .any(|(l, w)| *l == lang.code() && *w == word)
}

/// The Chinese or Japanese organisation endings that `text` starts with ("之声中文网" starts
/// with "之声").
pub fn starts_with_organisation_ending(lang: Lang, text: &str) -> bool {
    ORGANISATION_WORDS
        .iter()
        .any(|(l, w)| *l == lang.code() && text.starts_with(w))
}

/// The states, provinces and territories of the United States, Canada and Australia in every
/// language, in the columns of `exonyms.txt` (generated from Unicode CLDR by `subdivisions.py`).
const SUBDIVISIONS: &str = include_str!("subdivisions.txt");

/// The Indonesian and English forms of the states, each with the concept of its country, in
/// order of form.
static STATE_FORMS: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
    let mut out: Vec<(&'static str, &'static str)> = rows()
        .filter(|(c, l, _, _)| c.starts_with("state:") && matches!(*l, "id" | "en"))
        .filter_map(|(c, _, f, _)| Some((f, *PLACE_COUNTRY.get(c)?)))
        .collect();
    out.sort_unstable();
    out.dedup();
    out
});

/// The states and provinces `text` names ("Arizona", "Virginia Barat") by their Indonesian or
/// English names, as whole words written as listed, each with the concept of its country
/// (`country:US`). (The matcher of `find` reads them in every language, as `state:` concepts.)
pub fn subdivisions(text: &str) -> Vec<(&'static str, &'static str)> {
    let is_word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    STATE_FORMS
        .iter()
        .filter(|(name, _)| {
            text.match_indices(name).any(|(i, _)| {
                !is_word(text[..i].chars().next_back())
                    && !is_word(text[i + name.len()..].chars().next())
            })
        })
        .copied()
        .collect()
}

/// Time-zone abbreviations of a single country, as news writes them after a clock time ("pukul
/// 7 malam ET"), with the country's ISO 3166 code. Abbreviations that are also common words or
/// names in Indonesian news ("PT", a limited company; "CT", "MT") or that several countries share
/// ("IST", "CST", "GMT", "CET") are left out.
const TIME_ZONES: &[(&str, &str)] = &[
    ("ET", "US"),
    ("EST", "US"),
    ("EDT", "US"),
    ("CDT", "US"),
    ("MDT", "US"),
    ("PST", "US"),
    ("PDT", "US"),
    ("AEST", "AU"),
    ("AEDT", "AU"),
    ("AWST", "AU"),
    ("NZST", "NZ"),
    ("NZDT", "NZ"),
    ("JST", "JP"),
    ("KST", "KR"),
    ("HKT", "HK"),
    ("SGT", "SG"),
    ("MSK", "RU"),
    ("WIB", "ID"),
    ("WITA", "ID"),
    ("WIT", "ID"),
];

/// Words of an Indonesian or English clock time next to which an abbreviation is a time zone.
const TIME_WORDS: &[&str] = &[
    "pukul", "jam", "pagi", "siang", "sore", "malam", "waktu", "a.m.", "p.m.", "am", "pm",
];

/// The time zones `text` names next to a clock time ("pukul 19.00 WIB", "7 p.m. ET", "ET malam
/// ini"), each with the concept of its country (`country:US`).
pub fn time_zones(text: &str) -> Vec<(&'static str, &'static str)> {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '(' | ')'))
        .filter(|w| !w.is_empty())
        .collect();
    let is_time = |w: &str| {
        let lower = w.to_lowercase();
        w.starts_with(|c: char| c.is_ascii_digit())
            || TIME_WORDS.contains(&lower.as_str())
            || TIME_WORDS.contains(&lower.trim_end_matches(['.', ',']))
    };
    let mut out = Vec::new();
    for (i, w) in words.iter().enumerate() {
        let bare = w.trim_end_matches(['.', ':']);
        let Some((zone, code)) = TIME_ZONES.iter().find(|(z, _)| *z == bare) else {
            continue;
        };
        // a clock time within two words on either side
        let near = i.saturating_sub(2)..(i + 3).min(words.len());
        if !near.filter(|&k| k != i).any(|k| is_time(words[k])) {
            continue;
        }
        let concept = ENGLISH_NAMES
            .keys()
            .find(|c| c.strip_prefix("country:") == Some(code));
        if let Some(concept) = concept
            && !out.iter().any(|(z, _)| z == zone)
        {
            out.push((*zone, *concept));
        }
    }
    out
}

/// The usual English name of a concept ("United States" for `country:US`), for messages.
pub fn english_name(concept: &str) -> &str {
    ENGLISH_NAMES
        .get(concept)
        .copied()
        .unwrap_or_else(|| concept.split_once(':').map_or(concept, |(_, n)| n))
}

/// The usual name of each concept in each language, the first listed.
static USUAL_NAMES: LazyLock<BTreeMap<(&'static str, &'static str), &'static str>> =
    LazyLock::new(|| {
        let mut out = BTreeMap::new();
        for (c, l, f, is_name) in rows() {
            if is_name {
                out.entry((c, l)).or_insert(f);
            }
        }
        out
    });

/// The usual name of a concept in `lang`, for suggestions.
pub fn name_in(concept: &str, lang: Lang) -> Option<&'static str> {
    USUAL_NAMES.get(&(concept, lang.code())).copied()
}

fn case_of(form: &str) -> Case {
    let letters: Vec<char> = form.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase()) {
        Case::Exact
    } else if letters.first().is_some_and(|c| c.is_uppercase()) {
        Case::Capital
    } else {
        Case::Any
    }
}

fn script_of(key: &str) -> Script {
    match key.chars().next() {
        Some(c) if is_cjk_char(c) => Script::Cjk,
        Some(c) if is_arabic(c) => Script::Arabic,
        _ => Script::Latin,
    }
}

/// Folds a name or a text for matching names: lowercase, no accents or Arabic vowel marks, one
/// alef, ة as ه, ى as ي; Han and kana as they are. Returns the key and, for each byte of it,
/// the byte offset in `text` of the character it came from (plus one final entry).
pub fn fold_with_map(text: &str) -> (String, Vec<usize>) {
    let mut key = String::with_capacity(text.len());
    let mut origin = Vec::with_capacity(text.len() + 1);
    for (b, c) in text.char_indices() {
        let mut push = |ch: char| {
            key.push(ch);
            origin.extend(std::iter::repeat_n(b, ch.len_utf8()));
        };
        if is_cjk_char(c) {
            push(c);
            continue;
        }
        for d in std::iter::once(c).nfkd() {
            if is_combining_mark(d) {
                continue;
            }
            match d {
                'ـ' => {}
                'ة' => push('ه'),
                'ى' => push('ي'),
                '’' | '‘' | 'ʼ' => push('\''),
                '‐' | '‑' | '–' => push('-'),
                _ => d.to_lowercase().for_each(&mut push),
            }
        }
    }
    origin.push(text.len());
    (key, origin)
}

/// The matching key of a short string.
pub fn fold(text: &str) -> String {
    fold_with_map(text).0
}

/// Chinese words that hold a country's name without naming it, as a word and the next one
/// run together: 发展中国家 is 发展中 (developing) and 国家 (countries), not China; 执法国家
/// is 执法 (law enforcement) and 国家. Han text has no spaces, so the name's characters alone do
/// not tell.
const HAN_TRAPS: &[&str] = &[
    "发展中国",
    "發展中國",
    "执法国",
    "立法国",
    "司法国",
    "违法国",
    "非法国",
    "合法国",
    "宪法国",
];

/// Whether the Han name at `start..end` of `key` is part of a word of `HAN_TRAPS`.
fn inside_a_han_word(key: &str, start: usize, end: usize) -> bool {
    let name = &key[start..end];
    HAN_TRAPS.iter().any(|trap| {
        trap.match_indices(name).any(|(at, _)| {
            start >= at && key.is_char_boundary(start - at) && key[start - at..].starts_with(trap)
        })
    })
}

/// Arabic names (folded) that are also a common adjective, whose article and endings belong to
/// the adjective: مالي (Mali) is "financial", and "السنة المالية" the fiscal year.
const AR_HOMOGRAPHS: &[&str] = &["مالي"];

/// Arabic clitics that may stand before a name in the same word ("والصين", "بروسيا").
const AR_PREFIXES: &[&str] = &[
    "", "و", "ف", "ب", "ل", "ك", "ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل", "وب", "ول",
    "فب", "فل",
];
/// Endings that may follow an Arabic name or adjective stem in the same word.
const AR_SUFFIXES: &[&str] = &[
    "", "ي", "يه", "يين", "يون", "يان", "ه", "ها", "هم", "ا", "ان", "يا", "ين", "ون",
];

/// Other spellings of a folded Arabic name in running text: with "لل" for "ل" + "ال"
/// ("للاتحاد الأوروبي"), and with the words run together ("الولاياتالمتحدة").
fn arabic_variants(key: &str) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(rest) = key.strip_prefix("ال")
        && rest.chars().count() >= 3
    {
        out.push(format!("لل{rest}"));
    }
    if key.contains(' ') {
        let joined: Vec<String> = std::iter::once(key.to_string())
            .chain(out.iter().cloned())
            .map(|k| k.replace(' ', ""))
            .collect();
        out.extend(joined);
    }
    out
}

/// Whether `c` is katakana (with the long-vowel mark and the middle dot).
fn is_katakana(c: char) -> bool {
    matches!(c, '\u{30a0}'..='\u{30ff}' | '\u{31f0}'..='\u{31ff}')
}

/// Whether `s` is written in katakana only.
fn is_katakana_word(s: &str) -> bool {
    !s.is_empty() && s.chars().all(is_katakana)
}

/// Whether `c` is a letter or digit of a Latin-script word (so a name next to it is only part
/// of a longer word); Han, kana and Arabic letters next to a Latin name do not count.
fn is_latin_word_char(c: char) -> bool {
    c.is_alphanumeric() && !is_cjk_char(c) && !is_arabic(c)
}

/// Finds the names of places and organisations in `text`. In Indonesian, Chinese, Japanese and
/// Arabic text the English names are looked for too: Indonesian news keeps many English names
/// ("China Daily", "Federation of German Industries") and the others leave names in Latin script.
pub fn find(text: &str, lang: Lang) -> Vec<Mention> {
    let (key, origin) = fold_with_map(text);
    let mut found: Vec<(Range<usize>, &Pattern, bool)> = Vec::new();
    let mut langs = vec![(lang, false)];
    if matches!(lang, Lang::Id | Lang::Zh | Lang::Ja | Lang::Ar) {
        langs.push((Lang::En, true));
    }
    for (l, is_foreign) in langs {
        if let Some((_, names)) = NAMES.iter().find(|(nl, _)| *nl == l) {
            let mut here = Vec::new();
            find_in(text, &key, &origin, names, &mut here);
            found.extend(here.into_iter().map(|(r, p)| (r, p, is_foreign)));
        }
    }
    // the longest name wins where two overlap ("Korea Utara" over "Korea"), then the text's
    // own language
    found.sort_by_key(|(r, _, f)| (std::cmp::Reverse(r.end - r.start), *f, r.start));
    let mut out: Vec<Mention> = Vec::new();
    for (r, p, is_foreign) in found {
        if out
            .iter()
            .any(|t| t.span.start < r.end && r.start < t.span.end)
        {
            continue;
        }
        out.push(Mention {
            span: r,
            concepts: p.concepts.clone(),
            is_foreign,
        });
    }
    out.sort_by_key(|m| m.span.start);
    out
}

/// Whether `text` names `concept` by its name in any language the gazetteer has, not only in
/// the text's own: a French text that keeps an English name ("le West Virginia Metro News").
/// Each language's names are read as `find` reads them, the longest first ("sud-coréen" is South
/// Korea, not the "coréen" in it).
pub fn names_in_any_language(text: &str, concept: &str) -> bool {
    NAMES.iter().any(|(lang, _)| {
        find(text, *lang)
            .iter()
            .any(|m| m.concepts.first() == Some(&concept))
    })
}

/// Adds the matches of one language's names in the folded text `key` to `found`.
fn find_in<'n>(
    text: &str,
    key: &str,
    origin: &[usize],
    names: &'n LangNames,
    found: &mut Vec<(Range<usize>, &'n Pattern)>,
) {
    // three-letter katakana names with katakana beside them (before, after), kept only where
    // that katakana is another name found here
    let mut pending: Vec<(Range<usize>, &'n Pattern, bool, bool)> = Vec::new();
    let Some(matcher) = &names.matcher else {
        return;
    };
    for m in matcher.find_overlapping_iter(key) {
        let p = &names.patterns[m.pattern().as_usize()];
        let (s, e) = (m.start(), m.end());
        let ok = match p.script {
            // a state's name in katakana is often the first word of a company's or a dish's ("テキサスインスツルメンツ",
            // "ケンタッキーフライドチキン"); a middle dot between words is no part of them
            Script::Cjk if is_katakana_word(&key[s..e]) && p.is_state() => {
                let is_letter = |c: char| is_katakana(c) && c != '・';
                !key[..s].chars().next_back().is_some_and(is_letter)
                    && !key[e..].chars().next().is_some_and(is_letter)
            }
            // a short name in katakana must not be part of a longer katakana word ("タイ" in
            // "ハーフタイム"); one of three may, when the katakana beside it is another name
            // ("ヨーロッパアジア", Europe-Asia), which `find` decides once every name is found
            // ("アルバ" (Aruba) in "アルバム", "クチン" (Kuching) in "ワクチン" are not); names
            // of four or more are distinctive enough to stand in a compound ("ロンドン五輪")
            Script::Cjk if is_katakana_word(&key[s..e]) && key[s..e].chars().count() <= 3 => {
                let before = key[..s].chars().next_back().is_some_and(is_katakana);
                let after = key[e..].chars().next().is_some_and(is_katakana);
                if (before || after) && key[s..e].chars().count() == 3 {
                    let span = origin[s]..origin[e.min(origin.len() - 1)];
                    pending.push((span, p, before, after));
                    continue;
                }
                !before && !after
            }
            Script::Cjk => !inside_a_han_word(key, s, e),
            Script::Latin => {
                !key[..s].chars().next_back().is_some_and(is_latin_word_char)
                    && !key[e..].chars().next().is_some_and(is_latin_word_char)
            }
            // long names are unambiguous even where words run together ("للأممالمتحدة"),
            // except a city's name with a feminine or adjective ending, a word derived from the
            // same letters: "الرياضة" (sport) and "الرياضي" are not Riyadh (الرياض); a country
            // takes that ending as its demonym ("اليابانية")
            Script::Arabic if key[s..e].chars().count() >= 6 => {
                let rest: String = key[e..]
                    .chars()
                    .take_while(|c| c.is_alphanumeric())
                    .collect();
                let is_city = p.concepts.first().is_some_and(|c| c.starts_with("city:"));
                !(is_city && ["ه", "ي", "يه", "يين", "يون"].contains(&rest.as_str()))
            }
            Script::Arabic => {
                let ws = key[..s]
                    .char_indices()
                    .rev()
                    .find(|(_, c)| !c.is_alphanumeric())
                    .map_or(0, |(i, c)| i + c.len_utf8());
                let we = key[e..]
                    .find(|c: char| !c.is_alphanumeric())
                    .map_or(key.len(), |i| e + i);
                let rest = &key[e..we];
                // a feminine or pronoun ending in ه follows an adjective stem in ي ("بريطانيه",
                // "بريطانيها"), never a name: "إكرا" (Accra) is not in "بالإكراه" (coercion)
                let ending_ok = !rest.starts_with('ه') || key[s..e].ends_with('ي');
                // a name that is also a common adjective stands only as itself: "المالية" is
                // financial, not Malian
                let homograph = AR_HOMOGRAPHS.contains(&&key[s..e]);
                // or the next word run on without a space ("الصينالآن")
                AR_PREFIXES.contains(&&key[ws..s])
                    && !(homograph && (key[ws..s].ends_with("ال") || !rest.is_empty()))
                    && (AR_SUFFIXES.contains(&rest) && ending_ok || rest.starts_with("ال"))
            }
        };
        if !ok {
            continue;
        }
        let span = origin[s]..origin[e.min(origin.len() - 1)];
        let orig = &text[span.clone()];
        let case_ok = match p.case {
            Case::Any => true,
            Case::Capital => orig.chars().next().is_some_and(char::is_uppercase),
            Case::Exact => p.forms.contains(&orig),
        };
        if case_ok {
            found.push((span, p));
        }
    }
    let resolved: Vec<(Range<usize>, &'n Pattern)> = pending
        .into_iter()
        .filter(|(span, _, before, after)| {
            (!before || found.iter().any(|(r, _)| r.end == span.start))
                && (!after || found.iter().any(|(r, _)| r.start == span.end))
        })
        .map(|(span, p, _, _)| (span, p))
        .collect();
    found.extend(resolved);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_time_zones_next_to_a_clock_time_only() {
        assert_eq!(
            time_zones("Rapat dijadwalkan pukul 7 malam ET, Sabtu."),
            vec![("ET", "country:US")]
        );
        assert_eq!(
            time_zones("ET malam ini, Sabtu."),
            vec![("ET", "country:US")]
        );
        assert_eq!(
            time_zones("Gempa terjadi pukul 19.00 WIB."),
            vec![("WIB", "country:ID")]
        );
        // not a time zone without a clock time, nor an abbreviation that is also a word here
        assert!(time_zones("Film ET diputar ulang di bioskop.").is_empty());
        assert!(time_zones("PT Telkom melapor pukul 9 pagi.").is_empty());
    }

    fn concepts(text: &str, lang: &str) -> Vec<&'static str> {
        let lang = Lang::from_code(lang).expect("known language");
        find(text, lang)
            .into_iter()
            .flat_map(|m| m.concepts)
            .collect()
    }

    #[test]
    fn finds_states_as_whole_words_with_their_country() {
        let found = subdivisions("Kampanye di Wheeling, Virginia Barat, bukan di Texasville.");
        assert_eq!(
            found,
            [("Virginia", "country:US"), ("Virginia Barat", "country:US")]
        );
    }

    #[test]
    fn reads_states_in_every_language_with_their_country() {
        let florida = ["state:US-FL", "country:US"];
        assert_eq!(concepts("badai di Florida", "id"), florida);
        assert_eq!(concepts("la tempête en Floride", "fr"), florida);
        assert_eq!(concepts("佛罗里达州的风暴", "zh"), florida);
        assert_eq!(concepts("佛罗里达的风暴", "zh"), florida);
        assert_eq!(concepts("フロリダ州の嵐", "ja"), florida);
        assert_eq!(concepts("フロリダの嵐", "ja"), florida);
        assert_eq!(concepts("العاصفة في فلوريدا", "ar"), florida);
        // CLDR's traditional characters turned simplified (新南威爾士州)
        assert_eq!(
            concepts("新南威尔士州的山火", "zh"),
            ["state:AU-NSW", "country:AU"]
        );
        // the longest name wins: a state, not the country or the part of the UK in its name
        assert_eq!(
            concepts("New South Wales", "en"),
            ["state:AU-NSW", "country:AU"]
        );
        assert_eq!(
            concepts("Nouveau-Mexique", "fr"),
            ["state:US-NM", "country:US"]
        );
        assert_eq!(
            concepts("Virginia Barat", "id"),
            ["state:US-WV", "country:US"]
        );
        assert_eq!(concepts("western Australia", "en"), ["country:AU"]);
    }

    #[test]
    fn finds_no_country_inside_a_chinese_word_that_holds_its_name() {
        let concepts =
            |t: &str| -> Vec<&str> { find(t, Lang::Zh).iter().map(|m| m.concepts[0]).collect() };
        assert!(concepts("资本市场也开始从发达国家和发展中国家反弹。").is_empty());
        assert!(concepts("执法国家机关").is_empty());
        assert_eq!(concepts("中国和法国"), ["country:CN", "country:FR"]);
    }

    #[test]
    fn finds_the_district_of_columbia_not_colombia() {
        for (text, lang) in [
            ("华盛顿哥伦比亚特区和18个州", Lang::Zh),
            ("18の州とコロンビア特別区は", Lang::Ja),
            ("the District of Columbia and 18 states", Lang::En),
        ] {
            let found = find(text, lang);
            assert_eq!(found[0].concepts[0], "state:US-DC", "{text}");
        }
    }

    #[test]
    fn finds_mali_in_arabic_only_as_itself() {
        let concepts =
            |t: &str| -> Vec<&str> { find(t, Lang::Ar).iter().map(|m| m.concepts[0]).collect() };
        assert!(concepts("من ميزانية المقاطعة للسنة المالية 2022").is_empty());
        assert_eq!(concepts("وصل الجنود إلى مالي أمس"), ["country:ML"]);
    }

    #[test]
    fn finds_no_state_inside_a_longer_word() {
        // a state's katakana name at the head of a company's or a dish's
        assert!(concepts("テキサスインスツルメンツの株価", "ja").is_empty());
        assert!(concepts("ケンタッキーフライドチキンで食事", "ja").is_empty());
        // but next to kanji or a middle dot it stands as a word
        assert_eq!(concepts("米テキサス・ヒューストン", "ja")[0], "state:US-TX");
        // no Han form shorter than three characters: 育空 (Yukon) is in 教育空间
        assert!(concepts("教育空间", "zh").is_empty());
        // "メイン" is main as often as Maine
        assert!(concepts("メインイベント", "ja").is_empty());
        assert!(concepts("メイン会場", "ja").is_empty());
        // the states that are also a country or a city are not states
        assert_eq!(concepts("Georgia", "en"), ["country:GE"]);
        assert_eq!(concepts("ジョージア", "ja"), ["country:GE"]);
        assert_eq!(concepts("New York", "en"), ["city:New_York", "country:US"]);
    }

    /// The data lines of a generated file (comments left out), asserted sorted and unique.
    fn sorted_rows(text: &'static str) -> Vec<&'static str> {
        let rows: Vec<&str> = text.lines().filter(|l| !l.starts_with('#')).collect();
        assert!(
            rows.windows(2).all(|w| w[0] < w[1]),
            "sorted, no duplicates"
        );
        rows
    }

    #[test]
    fn states_parse_sorted_with_their_country() {
        let rows = sorted_rows(SUBDIVISIONS);
        assert!(rows.iter().all(|r| r.split('\t').count() == 4));
        for row in &rows {
            let concept = row.split('\t').next().expect("a concept");
            assert!(concept.starts_with("state:"), "{row}");
            assert!(PLACE_COUNTRY.contains_key(concept), "{row} has a country");
            for lang in [Lang::Id, Lang::En] {
                assert!(name_in(concept, lang).is_some(), "{concept} in {lang:?}");
            }
        }
        // every language names most of them (a name too short to match safely is left out,
        // 育空 or مين, and so are the names of two territories that are common phrases)
        for lang in [Lang::Fr, Lang::Zh, Lang::Ja, Lang::Ar] {
            let named = super::rows()
                .filter(|(c, l, _, is_name)| {
                    c.starts_with("state:") && *l == lang.code() && *is_name
                })
                .count();
            assert!(named >= 55, "{lang:?}: {named}");
        }
        assert!(SUBDIVISIONS.starts_with("# ") && SUBDIVISIONS.contains("CLDR"));
    }

    #[test]
    fn list_parses_sorted_without_duplicates() {
        let rows = sorted_rows(DATA);
        assert!(rows.len() > 4000);
        assert!(rows.iter().all(|r| r.split('\t').count() == 4));
        assert_eq!(english_name("country:US"), "United States");
        assert!(DATA.starts_with("# ") && DATA.contains("CLDR"));
    }

    #[test]
    fn organisation_words_parse_sorted_and_folded() {
        let rows = sorted_rows(ORGANISATIONS);
        for row in rows {
            let (lang, word) = row.split_once('\t').expect("two columns");
            assert!(Lang::from_code(lang).is_some(), "{row}");
            assert_eq!(fold(word), word, "stored folded");
        }
    }

    #[test]
    fn reads_the_united_states_in_every_language() {
        assert_eq!(concepts("pemilu Amerika Serikat", "id"), ["country:US"]);
        assert_eq!(concepts("pemilu AS tahun lalu", "id"), ["country:US"]);
        assert_eq!(concepts("the US election", "en"), ["country:US"]);
        assert_eq!(concepts("les élections américaines", "fr"), ["country:US"]);
        assert_eq!(concepts("美国大选", "zh"), ["country:US"]);
        assert_eq!(concepts("アメリカの選挙", "ja"), ["country:US"]);
        assert_eq!(concepts("الانتخابات الأمريكية", "ar"), ["country:US"]);
        assert_eq!(concepts("في الولايات المتحدة", "ar"), ["country:US"]);
        assert_eq!(concepts("مؤيدون للاتحاد الأوروبي", "ar"), ["org:EU"]);
    }

    #[test]
    fn ignores_lowercase_and_inner_words() {
        assert!(concepts("ハーフタイムの時点で", "ja").is_empty());
        assert!(concepts("kami bertemu dengan mereka as usual", "id").is_empty());
        assert!(concepts("talk to us now", "en").is_empty());
        assert!(concepts("Prussian", "en").is_empty());
        assert!(concepts("الهندسة", "ar").is_empty());
    }

    #[test]
    fn a_three_letter_katakana_name_stands_beside_katakana_only_beside_another_name() {
        // "アルバ" (Aruba) in "アルバム" (album), "クチン" (Kuching) in "ワクチン" (vaccine)
        assert!(concepts("新しいアルバムを発表した", "ja").is_empty());
        assert!(concepts("ワクチンの接種が始まった", "ja").is_empty());
        assert_eq!(concepts("アルバの海岸", "ja"), ["city:Aruba", "country:AW"]);
        // two names written together: both stand
        let both = concepts("ヨーロッパアジア統合", "ja");
        assert!(
            both.contains(&"region:Europe") && both.contains(&"region:Asia"),
            "{both:?}"
        );
    }

    #[test]
    fn an_arabic_city_name_with_a_derived_ending_is_another_word() {
        // "الرياضة" (sport) and "الرياضي" hold the letters of "الرياض" (Riyadh)
        assert!(concepts("في عالم الرياضة", "ar").is_empty());
        assert!(concepts("النادي الرياضي", "ar").is_empty());
        assert!(concepts("في الرياض يوم الأحد", "ar").contains(&"city:Riyadh"));
        // a country takes the ending as its demonym
        assert!(concepts("الحكومة اليابانية", "ar").contains(&"country:JP"));
    }

    #[test]
    fn prefers_the_longest_name() {
        assert_eq!(concepts("Korea Utara", "id"), ["country:KP"]);
        assert_eq!(concepts("Moskow", "id"), ["city:Moscow", "country:RU"]);
        assert_eq!(
            concepts("ギリシャはEUとNATOに", "ja"),
            ["country:GR", "org:EU", "org:NATO"]
        );
        assert_eq!(concepts("印度尼西亚", "zh"), ["country:ID"]);
        assert_eq!(concepts("Uni Eropa", "id"), ["org:EU"]);
    }

    #[test]
    fn reads_variants_and_former_names_as_the_same_country() {
        // CLDR's variant ("Turkey" beside "Türkiye"), its former name ("Macedonia") and both
        // names of "Myanmar (Burma)"
        assert_eq!(concepts("Turkey", "en"), ["country:TR"]);
        assert_eq!(concepts("Türkiye", "en"), ["country:TR"]);
        assert_eq!(concepts("la Türkiye", "fr"), ["country:TR"]);
        assert_eq!(concepts("Makedonia", "id"), concepts("Macedonia", "en"));
        assert_eq!(concepts("the Czech Republic", "en"), ["country:CZ"]);
        assert_eq!(concepts("Myanmar", "en"), ["country:MM"]);
        assert_eq!(concepts("ミャンマーで", "ja"), ["country:MM"]);
        assert_eq!(concepts("وقال الأتراك", "ar"), ["country:TR"]);
    }

    #[test]
    fn reads_exonyms_that_differ_between_languages() {
        assert_eq!(concepts("Moskow", "id"), concepts("Moscow", "en"));
        assert_eq!(concepts("Teheran", "id"), concepts("Tehran", "en"));
        assert_eq!(concepts("Hizbullah", "id"), concepts("Hezbollah", "en"));
        assert_eq!(concepts("PBB", "id"), concepts("United Nations", "en"));
        assert_eq!(
            concepts("Gedung Putih", "id"),
            concepts("White House", "en")
        );
        assert_eq!(concepts("Kuba", "id"), concepts("Cuba", "en"));
        assert_eq!(concepts("Ukraina", "id"), concepts("Ukraine", "en"));
    }

    #[test]
    fn reads_the_short_names_news_uses() {
        // 沙特 and サウジ for Saudi Arabia, 阿联酋 / الإمارات / UAE for the Emirates
        assert_eq!(concepts("沙特油价上涨", "zh"), ["country:SA"]);
        assert_eq!(concepts("サウジの石油", "ja"), ["country:SA"]);
        assert_eq!(concepts("阿联酋的油价", "zh"), ["country:AE"]);
        assert_eq!(concepts("أسعار النفط في الإمارات", "ar"), ["country:AE"]);
        assert_eq!(concepts("oil prices in the UAE rose", "en"), ["country:AE"]);
        assert_eq!(concepts("le gouvernement laotien", "fr"), ["country:LA"]);
        assert_eq!(concepts("Presiden RI", "id"), ["country:ID"]);
    }

    #[test]
    fn reads_an_arabic_ending_in_h_only_after_an_adjective_stem() {
        // "بالإكراه" (by coercion) holds the letters of إكرا (Accra) and an ending ه that
        // only a feminine adjective (البريطانية, folded البريطانيه) takes
        assert!(concepts("بطريقة متسمة بالإكراه", "ar").is_empty());
        assert_eq!(concepts("الحكومة البريطانية", "ar"), ["country:GB"]);
        assert_eq!(concepts("وصل إلى أكرا", "ar"), concepts("Accra", "en"));
    }
}
