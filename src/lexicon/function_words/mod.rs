//! Function words of the source language: the small closed-class words (yang, dan, untuk,
//! tidak, ...) that a sentence cannot do without. Finding several of them in a translation is
//! strong evidence that source text was left untranslated, because translations into English,
//! French, Chinese, Japanese or Arabic never need them, whereas names and acronyms legitimately
//! stay as they are.

use std::collections::HashSet;
use std::sync::LazyLock;

/// The Indonesian list, one word a line.
const INDONESIAN: &str = include_str!("id.txt");

static INDONESIAN_SET: LazyLock<HashSet<&'static str>> = LazyLock::new(|| parse(INDONESIAN));

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
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    let rest_lower = chars.all(|c| !c.is_uppercase());
    if !rest_lower {
        return false;
    }
    if first.is_uppercase() {
        INDONESIAN_SET.contains(word.to_lowercase().as_str())
    } else {
        INDONESIAN_SET.contains(word)
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
