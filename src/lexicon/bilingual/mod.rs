//! The Indonesian -> English, French, Chinese, Japanese and Arabic word lexicon learned from the
//! parallel NTREX-128 news lines (`lexicon.txt`, built by `generate.py` beside it), and the
//! matching that tells whether a source word has a counterpart in a translation. Used by
//! `omission/clause`; what to make of uncovered words is left to the check.
//!
//! The matching mirrors `generate.py`'s `units` exactly, so that what the lexicon learned is
//! what is looked for: English and French words (a unit of five letters or more also matches a
//! word with the same first five letters: "schools" finds "school"), Arabic words or their stems
//! without a proclitic, Chinese and Japanese character strings anywhere in the text.

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::analyse::Lang;
use crate::analyse::tokens::is_cjk_char;

/// The list, one source word a line.
const LEXICON: &str = include_str!("lexicon.txt");

/// Per source word, the `|`-separated units of each target language (en, fr, zh, ja, ar).
static ENTRIES: LazyLock<HashMap<&'static str, [&'static str; 5]>> =
    LazyLock::new(|| parse(LEXICON));

/// Arabic proclitics stripped from a word to get its stem, longest first (as in generate.py).
const AR_PREFIXES: [&str; 11] = [
    "وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك",
];

fn slot(lang: Lang) -> Option<usize> {
    match lang {
        Lang::En => Some(0),
        Lang::Fr => Some(1),
        Lang::Zh => Some(2),
        Lang::Ja => Some(3),
        Lang::Ar => Some(4),
        Lang::Id => None,
    }
}

fn parse(text: &'static str) -> HashMap<&'static str, [&'static str; 5]> {
    let mut out = HashMap::new();
    for line in text.lines() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let mut cols = line.split('\t');
        let Some(word) = cols.next() else { continue };
        let mut units = [""; 5];
        for col in cols {
            if let Some((code, list)) = col.split_once('=')
                && let Some(i) = Lang::from_code(code).and_then(slot)
            {
                units[i] = list;
            }
        }
        out.insert(word, units);
    }
    out
}

/// The target units the lexicon gives for the lowercase source word `word` in `lang`, if the
/// word is in the lexicon for that language.
pub fn units(word: &str, lang: Lang) -> Option<impl Iterator<Item = &'static str>> {
    let list = ENTRIES.get(word)?[slot(lang)?];
    (!list.is_empty()).then(|| list.split('|'))
}

/// Runs of letters and digits outside CJK scripts, as byte ranges of `text` (the words of
/// generate.py: apostrophes and hyphens split words).
pub fn words(text: &str) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    let mut start: Option<usize> = None;
    text.char_indices()
        .map(Some)
        .chain(std::iter::once(None))
        .filter_map(move |item| {
            let (b, is_word) = match item {
                Some((b, c)) => (b, c.is_alphanumeric() && !is_cjk_char(c)),
                None => (text.len(), false),
            };
            match (is_word, start) {
                (true, None) => {
                    start = Some(b);
                    None
                }
                (false, Some(s)) => {
                    start = None;
                    Some(s..b)
                }
                _ => None,
            }
        })
}

/// The stem of an Arabic word without its proclitic, when at least two letters remain.
pub(crate) fn ar_stem(word: &str) -> &str {
    for p in AR_PREFIXES {
        if let Some(rest) = word.strip_prefix(p)
            && rest.chars().count() >= 2
        {
            return rest;
        }
    }
    word
}

/// The first `n` characters of `s` (all of it when shorter).
fn prefix(s: &str, n: usize) -> &str {
    s.char_indices().nth(n).map_or(s, |(b, _)| &s[..b])
}

/// Whether the lexicon unit `unit` of `lang` occurs in `hyp_lower`, a lowercase translation.
pub fn occurs(unit: &str, hyp_lower: &str, lang: Lang) -> bool {
    match lang {
        Lang::Zh | Lang::Ja => hyp_lower.contains(unit),
        _ => occurs_among(unit, words(hyp_lower).map(|r| &hyp_lower[r]), lang),
    }
}

/// Whether the lexicon unit `unit` of `lang` matches one of `words`, the lowercase words of a
/// translation (`words` above), for callers that split a translation once and ask many times.
/// Chinese and Japanese units are looked for in the whole text (`occurs`).
pub fn occurs_among<'w>(unit: &str, mut words: impl Iterator<Item = &'w str>, lang: Lang) -> bool {
    match lang {
        Lang::Ar => words.any(|w| w == unit || ar_stem(w) == unit),
        _ => {
            let long = unit.chars().count() >= 5;
            let head = prefix(unit, 5);
            words.any(|w| w == unit || (long && w.chars().count() >= 5 && prefix(w, 5) == head))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_parses_sorted_without_duplicates() {
        let words: Vec<&str> = LEXICON
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .filter_map(|l| l.split('\t').next())
            .collect();
        assert!(words.len() > 1000);
        let mut sorted = words.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(
            words, sorted,
            "lexicon.txt must be sorted and free of duplicates"
        );
        assert_eq!(ENTRIES.len(), words.len());
    }

    #[test]
    fn finds_a_common_word_in_every_language() {
        for lang in [Lang::En, Lang::Fr, Lang::Zh, Lang::Ja, Lang::Ar] {
            assert!(units("pemerintah", lang).is_some(), "{lang:?}");
        }
    }

    #[test]
    fn matches_words_stems_and_characters() {
        assert!(occurs("schools", "the school reopened", Lang::En));
        assert!(!occurs("war", "a warning", Lang::En));
        assert!(occurs("حكومة", "قالت الحكومة", Lang::Ar));
        assert!(occurs("政府", "政府表示", Lang::Zh));
    }
}
