//! Function words: the small closed-class words (yang, dan, untuk / the, of, and / le, la, et)
//! that a sentence cannot do without. Finding several Indonesian ones in a translation is
//! strong evidence that source text was left untranslated, because translations never need
//! them, whereas names and acronyms legitimately stay as they are; counting English and French
//! ones tells the two apart on sentences too short for trigram statistics.

use std::collections::HashSet;
use std::sync::LazyLock;

use crate::analyse::Lang;

/// The Indonesian list, one word a line.
const INDONESIAN: &str = include_str!("id.txt");
/// The English list.
const ENGLISH: &str = include_str!("en.txt");
/// The French list.
const FRENCH: &str = include_str!("fr.txt");

static INDONESIAN_SET: LazyLock<HashSet<&'static str>> = LazyLock::new(|| parse(INDONESIAN));
static ENGLISH_SET: LazyLock<HashSet<&'static str>> = LazyLock::new(|| parse(ENGLISH));
static FRENCH_SET: LazyLock<HashSet<&'static str>> = LazyLock::new(|| parse(FRENCH));

fn parse(text: &'static str) -> HashSet<&'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

/// Whether `word` is an Indonesian function word as written in running text: lowercase, or
/// capitalised at the start of a sentence or in a title ("Dengan"), but not an acronym ("DAN")
/// and not matched case-blind inside a longer word.
pub fn is_indonesian(word: &str) -> bool {
    is_function_word(Lang::Id, word)
}

/// Whether `word` is a function word of `lang` (Indonesian, English or French; never for the
/// others), with the same rules of case as `is_indonesian`.
pub fn is_function_word(lang: Lang, word: &str) -> bool {
    let set: &HashSet<&str> = match lang {
        Lang::Id => &INDONESIAN_SET,
        Lang::En => &ENGLISH_SET,
        Lang::Fr => &FRENCH_SET,
        Lang::Zh | Lang::Ja | Lang::Ar => return false,
    };
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    let rest_lower = chars.all(|c| !c.is_uppercase());
    if !rest_lower {
        return false;
    }
    if first.is_uppercase() {
        set.contains(word.to_lowercase().as_str())
    } else {
        set.contains(word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_parses_sorted_without_duplicates() {
        let words: Vec<&str> = INDONESIAN
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect();
        assert!(words.len() > 100);
        let mut sorted = words.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(
            words, sorted,
            "id.txt must be sorted and free of duplicates"
        );
        assert!(
            words
                .iter()
                .all(|w| w.chars().all(|c| c.is_lowercase() && c.is_alphabetic()))
        );
    }

    #[test]
    fn matches_lowercase_and_capitalised_but_not_acronyms() {
        assert!(is_indonesian("yang"));
        assert!(is_indonesian("Dengan"));
        assert!(!is_indonesian("DAN"));
        assert!(!is_indonesian("the"));
    }
}
