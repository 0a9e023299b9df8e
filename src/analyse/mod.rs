//! What checks share about one side of one unit, computed at most once: the detected language,
//! word tokens, numbers and entities. `Side` computes each lazily on first use, so a rule set
//! that never asks for entities never pays for them, and two checks asking for numbers share
//! one reading.

pub mod coverage;
pub mod entities;
pub mod lang;
pub mod length;
pub mod numbers;
pub mod shortfall;
pub mod tokens;

use std::ops::Range;
use std::sync::OnceLock;

pub use lang::{Lang, LangGuess};

use crate::text::normalize::Folded;

/// One side (source or translation) of an aligned unit.
#[derive(Debug)]
pub struct Side<'a> {
    /// The unit's text on this side, a slice of the record's text (empty for a one-sided unit).
    pub text: &'a str,
    /// The record's whole text on this side.
    pub record_text: &'a str,
    /// Byte offset of `text` in `record_text`.
    pub offset: usize,
    /// The language this side is declared or detected to be in.
    pub lang: Lang,
    guess: OnceLock<LangGuess>,
    folded: OnceLock<Folded>,
    tokens: OnceLock<Vec<tokens::Token>>,
    numbers: OnceLock<Vec<numbers::Number>>,
    entities: OnceLock<Vec<entities::Entity>>,
    negations: OnceLock<Vec<crate::lexicon::negation::Cue>>,
}

impl<'a> Side<'a> {
    /// A side over `record_text[range]` in `lang`.
    pub fn new(record_text: &'a str, range: Range<usize>, lang: Lang) -> Self {
        Side {
            text: &record_text[range.clone()],
            record_text,
            offset: range.start,
            lang,
            guess: OnceLock::new(),
            folded: OnceLock::new(),
            tokens: OnceLock::new(),
            numbers: OnceLock::new(),
            entities: OnceLock::new(),
            negations: OnceLock::new(),
        }
    }

    /// Whether this side holds no text (an omission or an addition).
    pub fn is_empty(&self) -> bool {
        self.text.trim().is_empty()
    }

    /// The language detected from the text itself.
    pub fn detected(&self) -> &LangGuess {
        self.guess.get_or_init(|| lang::detect(self.text))
    }

    /// The matching key of the text (see `text::normalize`).
    pub fn folded(&self) -> &Folded {
        self.folded.get_or_init(|| Folded::new(self.text))
    }

    /// Word tokens (Latin, Arabic) or characters (CJK), with byte spans in `text`.
    pub fn tokens(&self) -> &[tokens::Token] {
        self.tokens
            .get_or_init(|| tokens::tokenize(self.text, self.lang))
    }

    /// Numbers, amounts, percentages and dates, read as values.
    pub fn numbers(&self) -> &[numbers::Number] {
        self.numbers
            .get_or_init(|| numbers::extract(self.text, self.lang))
    }

    /// Names of people, organisations and places.
    pub fn entities(&self) -> &[entities::Entity] {
        self.entities
            .get_or_init(|| entities::extract(self.text, self.lang))
    }

    /// Negation and denial cues (see `lexicon::negation`).
    pub fn negations(&self) -> &[crate::lexicon::negation::Cue] {
        self.negations.get_or_init(|| {
            crate::lexicon::negation::lexicon(self.lang)
                .map(|l| l.find_folded(self.text, self.folded()))
                .unwrap_or_default()
        })
    }
}
