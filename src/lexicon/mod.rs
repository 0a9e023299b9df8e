//! Embedded word lists and their loaders. Each list is a `.txt` next to the module that loads
//! it, with a header naming its source and licence.

pub mod bilingual;
pub mod common;
pub mod dictionary;
pub mod exonyms;
pub mod function_words;
pub mod negation;
pub mod numbers;
pub mod watchlist;
