//! Text handling shared by every stage: code-point spans over the text exactly as given
//! (`span`), and normalisation for matching only (`normalize`), which keeps a map back to the
//! original offsets so that no normalisation ever shifts a reported span; and names written in
//! katakana matched to their Latin spelling (`kana`).

pub mod kana;
pub mod normalize;
pub mod span;
