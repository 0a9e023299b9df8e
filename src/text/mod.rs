//! Text handling shared by every stage: code-point spans over the text exactly as given
//! (`span`), and normalisation for matching only (`normalize`), which keeps a map back to the
//! original offsets so that no normalisation ever shifts a reported span; and names written in
//! katakana matched to their Latin spelling (`kana`).

pub mod kana;
pub mod normalize;
pub mod span;

use std::ops::Range;

/// The maximal runs of characters of `text` for which `keep` holds, as byte ranges.
pub fn runs(text: &str, keep: impl Fn(char) -> bool) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = None;
    for (b, c) in text.char_indices() {
        match (keep(c), start) {
            (true, None) => start = Some(b),
            (false, Some(s)) => {
                out.push(s..b);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(s..text.len());
    }
    out
}
