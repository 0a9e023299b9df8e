//! `repetition`: text the translation says over and over: a looping phrase or a CJK character
//! loop inside a sentence (`phrase`), a long stretch written twice in a row (`doubled`), or a
//! whole sentence said twice (`sentence`).

pub mod doubled;
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
    let byte_at = |i: usize| chars.get(i).map_or(text.len(), |c| c.0);
    let mut found: Vec<Loop> = Vec::new();
    for_each_run(&chars, 1..=MAX_PERIOD.min(chars.len() / 3), |i, run, p| {
        let copies = 1 + run / p;
        if copies >= 3 {
            let unit = &chars[i..i + p];
            let (letters, weight) = letters_and_weight(unit);
            found.push(Loop {
                span: byte_at(i)..byte_at(i + copies * p),
                unit: byte_at(i)..byte_at(i + p),
                copies,
                letters,
                weight,
            });
        }
    });
    found.sort_by(|a, b| {
        (b.weight * b.copies)
            .cmp(&(a.weight * a.copies))
            .then(a.span.start.cmp(&b.span.start))
    });
    found
}

/// Most characters between the two copies of a doubled stretch ("X は、X に", "X, X").
pub(crate) const MAX_GAP: usize = 4;

/// A stretch of text written twice with at most `MAX_GAP` characters between the copies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Double {
    /// Byte span of the first copy.
    pub first: Range<usize>,
    /// Byte span of the second copy.
    pub second: Range<usize>,
    /// Letters in one copy, a Chinese or Japanese character counting two.
    pub weight: usize,
}

/// The heaviest stretch of `text` of at least `min_weight` (letters, a Chinese or Japanese
/// character counting two) written twice, the copies at most `MAX_GAP` characters apart. The
/// same runs as `loops`, for the shifts up to `MAX_PERIOD + MAX_GAP` at which some text comes
/// again (`repeated_windows`): a run of `r` characters each
/// equal to the one `d` further on is two copies of `min(r, d)` characters, `d - r` apart.
pub(crate) fn double(text: &str, min_weight: usize) -> Option<Double> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let byte_at = |i: usize| chars.get(i).map_or(text.len(), |c| c.0);
    // a copy of `min_weight` holds at least `min_weight / 2` characters
    let shortest = (min_weight / 2).max(1);
    let mut best: Option<Double> = None;
    for_each_run(
        &chars,
        repeated_windows(&chars, shortest..=(MAX_PERIOD + MAX_GAP).min(chars.len())),
        |i, run, d| {
            let len = run.min(d);
            if d - len > MAX_GAP {
                return;
            }
            let (_, weight) = letters_and_weight(&chars[i..i + len]);
            if weight >= min_weight && best.as_ref().is_none_or(|b| weight > b.weight) {
                best = Some(Double {
                    first: byte_at(i)..byte_at(i + len),
                    second: byte_at(i + d)..byte_at(i + d + len),
                    weight,
                });
            }
        },
    );
    best
}

/// Characters in the window `repeated_windows` compares: the shortest copy `double` looks for
/// (12 Chinese or Japanese characters, 24 letters) holds one.
const WINDOW: usize = 8;

/// The shifts in `shifts` at which some `WINDOW` characters of `chars` come again: the only
/// ones where `double` can find a copy. Sorting the windows' hashes costs far less than
/// scanning every shift of an ordinary sentence, which has none.
fn repeated_windows(
    chars: &[(usize, char)],
    shifts: std::ops::RangeInclusive<usize>,
) -> Vec<usize> {
    if chars.len() < WINDOW + *shifts.start() {
        return Vec::new();
    }
    let hash = |w: &[(usize, char)]| {
        w.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, c| {
            (h ^ u64::from(c.1)).wrapping_mul(0x0100_0000_01b3)
        })
    };
    let mut keyed: Vec<(u64, usize)> = chars
        .windows(WINDOW)
        .enumerate()
        .map(|(i, w)| (hash(w), i))
        .collect();
    keyed.sort_unstable();
    let mut found: Vec<usize> = keyed
        .windows(2)
        .filter(|p| p[0].0 == p[1].0)
        .map(|p| p[1].1 - p[0].1)
        .filter(|d| shifts.contains(d))
        .collect();
    found.sort_unstable();
    found.dedup();
    found
}

/// Calls `f(start, length, shift)` for each maximal run of characters each equal to the one
/// `shift` further on, for every shift in `shifts`.
fn for_each_run(
    chars: &[(usize, char)],
    shifts: impl IntoIterator<Item = usize>,
    mut f: impl FnMut(usize, usize, usize),
) {
    let n = chars.len();
    for p in shifts {
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
            f(i, j - i, p);
            i = j + 1;
        }
    }
}

/// Letters of `chars`, and their weight: a Chinese or Japanese character counts two.
fn letters_and_weight(chars: &[(usize, char)]) -> (usize, usize) {
    let letters = chars.iter().filter(|c| c.1.is_alphabetic()).count();
    (
        letters,
        letters + chars.iter().filter(|c| is_cjk_char(c.1)).count(),
    )
}
