//! `repetition`: text the translation says over and over: a looping phrase or a CJK character
//! loop inside a sentence (`phrase`), or a whole sentence said twice (`sentence`).

pub mod phrase;
pub mod sentence;

use std::ops::Range;

use crate::analyse::tokens::is_cjk_char;

/// The longest repeated stretch looked for, in characters (a clause of a dozen words).
const MAX_PERIOD: usize = 80;

/// A stretch of text said three or more times in a row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Loop {
    /// Byte span of all the copies together.
    pub span: Range<usize>,
    /// Byte span of the first copy.
    pub unit: Range<usize>,
    pub copies: usize,
    /// Letters in one copy.
    pub letters: usize,
    /// Letters in one copy, a Chinese or Japanese character counting two (it carries a word).
    pub weight: usize,
}

/// The loops of `text`: for each period `p`, runs where every character equals the one `p`
/// further on; a run of `2p` or more such characters is three copies. Returns the loop covering
/// the most letters first. Linear in `text` for each period, so bounded by `MAX_PERIOD` passes.
pub(crate) fn loops(text: &str) -> Vec<Loop> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let n = chars.len();
    let byte_at = |i: usize| chars.get(i).map_or(text.len(), |c| c.0);
    let mut found: Vec<Loop> = Vec::new();
    for p in 1..=MAX_PERIOD.min(n / 3) {
        let mut i = 0;
        while i + p < n {
            if chars[i].1 != chars[i + p].1 {
                i += 1;
                continue;
            }
            let mut j = i;
            while j + p < n && chars[j].1 == chars[j + p].1 {
                j += 1;
            }
            let copies = 1 + (j - i) / p;
            if copies >= 3 {
                let unit = &chars[i..i + p];
                let letters = unit.iter().filter(|c| c.1.is_alphabetic()).count();
                let weight = letters + unit.iter().filter(|c| is_cjk_char(c.1)).count();
                found.push(Loop {
                    span: byte_at(i)..byte_at(i + copies * p),
                    unit: byte_at(i)..byte_at(i + p),
                    copies,
                    letters,
                    weight,
                });
            }
            i = j + 1;
        }
    }
    found.sort_by(|a, b| {
        (b.weight * b.copies)
            .cmp(&(a.weight * a.copies))
            .then(a.span.start.cmp(&b.span.start))
    });
    found
}
