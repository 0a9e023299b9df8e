//! Omission rules: a source sentence the alignment left without any translation (`sentence`),
//! and a clause left out of a translated sentence (`clause`).

pub mod clause;
pub mod sentence;
