//! Omission rules: a source sentence the alignment left without any translation (`sentence`),
//! a clause left out of a translated sentence (`clause`), and the traces a piece cut out of a
//! translated sentence leaves: a name of the source cut short (`cut_word`), a bracket without
//! its pair (`bracket`), two words that grammar never puts side by side (`splice` in English and
//! French, `seam` in Japanese and Arabic); and a source sentence whose place another sentence
//! took, so that the aligner matched the two (`replaced`).

pub mod bracket;
pub mod clause;
pub mod cut_word;
pub mod replaced;
pub mod seam;
pub mod sentence;
pub mod splice;
