//! Which source words have a counterpart in the translation, and where: the word-level
//! correspondence of one aligned unit, computed once and shared by the rules that ask "was this
//! word translated?" (a lost negation keeps its verb, a dropped clause leaves its words without
//! counterparts).
//!
//! Each Indonesian content word is looked up in the learned news lexicon
//! (`lexicon::bilingual`) and the general dictionary (`lexicon::dictionary`, which also tries
//! the word's roots), and every place of the translation holding one of its translations is
//! recorded as a byte range of the unit's translation. A word kept as it is (a name, an
//! acronym, a borrowed word) is found as itself. Matching follows the lexicons: English and
//! French words or their first five letters (English also with a regular ending), Arabic words
//! or their stems without a proclitic, Chinese and Japanese character strings anywhere.
//! Only Indonesian sources are read; for other sources the coverage is empty. What to make of a
//! word without a counterpart is left to the checks.

use std::ops::Range;

use super::{Lang, Side};
use crate::lexicon::function_words::is_function_word;
use crate::lexicon::{bilingual, dictionary};

/// What the translation holds of one source word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rendering {
    /// The word itself stands in the translation (a name, an acronym, a borrowed word).
    Kept(Vec<Range<usize>>),
    /// Translations of the word stand there.
    Translated(Places),
    /// The lexicons know the word, and none of its translations is in the translation.
    Missing,
    /// Neither lexicon knows the word.
    Unknown,
}

/// Where the translations of a source word stand in the translation, by the resource that
/// gave them: byte ranges of the unit's translation, the longest match of a place only.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Places {
    /// Found through the general dictionary (curated senses: the stronger opinion).
    pub dictionary: Vec<Range<usize>>,
    /// Found only through the lexicon learned from news lines (associations, some loose).
    pub lexicon: Vec<Range<usize>>,
    /// Those of `lexicon` found through the word's best unit, the one it was learned with most
    /// strongly.
    pub lexicon_best: Vec<Range<usize>>,
}

/// One source content word and what the translation holds of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WordLink {
    /// Byte span in the unit's source text.
    pub span: Range<usize>,
    /// The word in lowercase.
    pub lower: String,
    pub rendering: Rendering,
}

/// The unit's source content words, in source order, with their counterparts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Coverage {
    pub words: Vec<WordLink>,
}

impl Coverage {
    /// Looks up every content word of `src` in `hyp`.
    pub fn new(src: &Side<'_>, hyp: &Side<'_>) -> Self {
        if src.lang != Lang::Id || hyp.lang == Lang::Id || src.is_empty() || hyp.is_empty() {
            return Coverage::default();
        }
        let finder = Finder::new(hyp);
        let words = bilingual::words(src.text)
            .filter_map(|r| {
                let lower = src.text[r.clone()].to_lowercase();
                let n = lower.chars().count();
                if n < 3
                    || lower.chars().any(|c| c.is_ascii_digit())
                    || is_function_word(Lang::Id, &lower)
                {
                    return None;
                }
                let rendering = finder.render(&lower, hyp.lang);
                Some(WordLink {
                    span: r,
                    lower,
                    rendering,
                })
            })
            .collect();
        Coverage { words }
    }

    /// The content words that start at or after byte `from` of the source, in order.
    pub fn after(&self, from: usize) -> impl Iterator<Item = &WordLink> {
        self.words.iter().filter(move |w| w.span.start >= from)
    }
}

/// The places, each only where no longer one holds it (学校, not its 校), in order.
fn longest(places: impl Iterator<Item = Range<usize>>) -> Vec<Range<usize>> {
    let mut places: Vec<Range<usize>> = places.collect();
    places.sort_by_key(|r| (r.start, std::cmp::Reverse(r.end)));
    let mut kept: Vec<Range<usize>> = Vec::with_capacity(places.len());
    for r in places {
        if !kept.iter().any(|k| k.start <= r.start && r.end <= k.end) {
            kept.push(r);
        }
    }
    kept
}

/// The translation, prepared once for many lookups.
struct Finder<'a> {
    /// The translation, lowercase where that keeps its byte offsets (Chinese, Japanese).
    text: std::borrow::Cow<'a, str>,
    /// Lowercase words with their byte spans in `text` (spaced scripts).
    words: Vec<(Range<usize>, String)>,
}

impl<'a> Finder<'a> {
    fn new(hyp: &Side<'a>) -> Self {
        let (text, words) = match hyp.lang {
            Lang::Zh | Lang::Ja => {
                let lower = hyp.text.to_lowercase();
                let text = if lower.len() == hyp.text.len() {
                    std::borrow::Cow::Owned(lower)
                } else {
                    std::borrow::Cow::Borrowed(hyp.text)
                };
                (text, Vec::new())
            }
            _ => (
                std::borrow::Cow::Borrowed(hyp.text),
                bilingual::words(hyp.text)
                    .map(|r| (r.clone(), hyp.text[r].to_lowercase()))
                    .collect(),
            ),
        };
        Finder { text, words }
    }

    fn render(&self, lower: &str, lang: Lang) -> Rendering {
        if lower.chars().count() >= 4 {
            let kept = self.find(lower, lang, true);
            if !kept.is_empty() {
                return Rendering::Kept(kept);
            }
        }
        let lexicon: Vec<&str> = bilingual::units(lower, lang)
            .map(|u| u.collect())
            .unwrap_or_default();
        let dictionary = dictionary::lookup(lower, lang);
        if lexicon.is_empty() && dictionary.is_empty() {
            return Rendering::Unknown;
        }
        let by_dictionary = longest(dictionary.iter().flat_map(|u| self.find(u, lang, false)));
        let by_lexicon: Vec<Range<usize>> = longest(
            lexicon
                .iter()
                .flat_map(|u| self.find(u, lang, false))
                .chain(by_dictionary.iter().cloned()),
        )
        .into_iter()
        .filter(|r| !by_dictionary.contains(r))
        .collect();
        let best: Vec<Range<usize>> = lexicon
            .first()
            .map(|u| self.find(u, lang, false))
            .unwrap_or_default();
        let lexicon_best = by_lexicon
            .iter()
            .filter(|r| best.iter().any(|b| b.start <= r.start && r.end <= b.end))
            .cloned()
            .collect();
        if by_dictionary.is_empty() && by_lexicon.is_empty() {
            Rendering::Missing
        } else {
            Rendering::Translated(Places {
                dictionary: by_dictionary,
                lexicon: by_lexicon,
                lexicon_best,
            })
        }
    }

    /// Where `unit` (a lowercase word or character string) stands in the translation; `exact`
    /// asks for the word itself, without stems or endings.
    fn find(&self, unit: &str, lang: Lang, exact: bool) -> Vec<Range<usize>> {
        if unit.is_empty() {
            return Vec::new();
        }
        if self.words.is_empty() {
            // Chinese and Japanese: the string anywhere (Latin names in them by their case)
            let hay: &str = &self.text;
            return hay
                .match_indices(unit)
                .map(|(i, m)| i..i + m.len())
                .collect();
        }
        self.words
            .iter()
            .filter(|(_, w)| {
                if exact {
                    w == unit
                } else {
                    dictionary::matches_word(unit, w, lang)
                }
            })
            .map(|(r, _)| r.clone())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cover(src: &str, hyp: &str, lang: Lang) -> Coverage {
        Coverage::new(
            &Side::new(src, 0..src.len(), Lang::Id),
            &Side::new(hyp, 0..hyp.len(), lang),
        )
    }

    fn places<'h>(c: &Coverage, word: &str, hyp: &'h str) -> Vec<&'h str> {
        let Some(w) = c.words.iter().find(|w| w.lower == word) else {
            return Vec::new();
        };
        let mut all: Vec<Range<usize>> = match &w.rendering {
            Rendering::Kept(p) => p.clone(),
            Rendering::Translated(p) => p.dictionary.iter().chain(&p.lexicon).cloned().collect(),
            Rendering::Missing | Rendering::Unknown => Vec::new(),
        };
        all.sort_by_key(|r| r.start);
        all.iter().map(|r| &hyp[r.clone()]).collect()
    }

    #[test]
    fn finds_translations_of_words_and_roots() {
        let hyp = "The government built two schools in the village.";
        let c = cover(
            "Pemerintah membangun dua sekolah di desa itu.",
            hyp,
            Lang::En,
        );
        assert_eq!(places(&c, "sekolah", hyp), ["schools"]);
        assert_eq!(places(&c, "pemerintah", hyp), ["government"]);
    }

    #[test]
    fn finds_characters_in_chinese() {
        let hyp = "政府在村里建了两所学校。";
        let c = cover(
            "Pemerintah membangun dua sekolah di desa itu.",
            hyp,
            Lang::Zh,
        );
        assert_eq!(places(&c, "sekolah", hyp), ["学校"]);
    }

    #[test]
    fn keeps_names_as_themselves() {
        let hyp = "Jokowi visited Surabaya.";
        let c = cover("Jokowi mengunjungi Surabaya.", hyp, Lang::En);
        assert!(matches!(
            c.words
                .iter()
                .find(|w| w.lower == "surabaya")
                .map(|w| &w.rendering),
            Some(Rendering::Kept(_))
        ));
    }

    #[test]
    fn a_word_left_out_is_missing() {
        let hyp = "The government built two schools.";
        let c = cover(
            "Pemerintah membangun dua sekolah di desa itu.",
            hyp,
            Lang::En,
        );
        assert_eq!(
            c.words
                .iter()
                .find(|w| w.lower == "desa")
                .map(|w| &w.rendering),
            Some(&Rendering::Missing)
        );
    }

    #[test]
    fn skips_function_words_and_other_sources() {
        let hyp = "The school is in the village.";
        let c = cover("Sekolah itu ada di desa.", hyp, Lang::En);
        assert!(c.words.iter().all(|w| w.lower != "itu" && w.lower != "ada"));
        let en = Side::new(hyp, 0..hyp.len(), Lang::En);
        let fr = Side::new("L'école.", 0..9, Lang::Fr);
        assert!(Coverage::new(&en, &fr).words.is_empty());
    }
}
