//! `untranslated`: source text that reached the translation as it was: the whole sentence
//! copied (`copied`), or Indonesian words and clauses left inside a translated sentence
//! (`source_words`).

pub mod copied;
pub mod source_words;

use crate::analyse::Side;

/// The letters and digits of `text`, lowercased: what "the same text" means for a copy (case,
/// spacing and punctuation may differ).
pub(crate) fn letters_key(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// How many word tokens of `side` are Indonesian function words.
pub(crate) fn function_words(side: &Side<'_>) -> usize {
    side.tokens()
        .iter()
        .filter(|t| crate::lexicon::function_words::is_indonesian(&side.text[t.span.clone()]))
        .count()
}
