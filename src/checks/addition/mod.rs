//! `addition`: translation text with no source: a whole sentence the alignment left without a
//! counterpart (`sentence`), or an extra sentence inside an aligned unit (`clause`).

pub mod clause;
pub mod sentence;
