//! `omission`: source text with no translation: a whole sentence the alignment left without a
//! counterpart (`sentence`), or a sentence missing inside an aligned unit (`clause`).

pub mod clause;
pub mod sentence;
