//! Omission rules: a source sentence the alignment left without any translation (`sentence`),
//! a clause left out of a translated sentence (`clause`), and a name of the source cut short
//! where a piece of the translation went missing (`cut_word`).

pub mod clause;
pub mod cut_word;
pub mod sentence;
