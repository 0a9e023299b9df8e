//! Text handling shared by every stage: code-point spans over the text exactly as given
//! (`span`), and normalisation for matching only (`normalize`), which keeps a map back to the
//! original offsets so that no normalisation ever shifts a reported span; and names written in
//! katakana matched to their Latin spelling (`kana`); and small helpers over characters (`runs`,
//! `has_unpaired_quotes`).

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

/// Double quotation marks of any script and direction: translators type “ and ” (and ")
/// interchangeably, so only their number is telling.
const DOUBLE_QUOTES: &str = "\"“”„‟«»＂";
/// Japanese corner brackets, which are typed in pairs.
const CORNER_BRACKETS: &str = "「」『』";

/// Whether `text` has an odd number of double quotation marks, or of Japanese corner brackets:
/// one of its marks has no partner in it.
pub fn has_unpaired_quotes(text: &str) -> bool {
    let odd = |marks: &str| text.chars().filter(|c| marks.contains(*c)).count() % 2 == 1;
    odd(DOUBLE_QUOTES) || odd(CORNER_BRACKETS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_quotation_marks_whatever_their_direction() {
        assert!(!has_unpaired_quotes("“这已经非常混乱”，他说。"));
        assert!(!has_unpaired_quotes("“这已经非常混乱“，他说。"));
        assert!(!has_unpaired_quotes("\"Ini kacau,\" katanya."));
        assert!(has_unpaired_quotes("这已经非常混乱”，他说。"));
        assert!(has_unpaired_quotes("「エネルギーは道具ではない。"));
        assert!(!has_unpaired_quotes("It's the team's day."));
    }
}
