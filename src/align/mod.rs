//! Alignment of source sentences to translation sentences: 1-1, 1-2, 2-1, 2-2 and 1-3 units, and
//! 1-0 (a dropped sentence) and 0-1 (an added one). A dynamic program in the style of Gale and Church
//! scores each candidate unit by how its lengths fit the calibrated length model of the language
//! pair (`length_model`), by the words it translates (`lexicon`, learned from NTREX, and for
//! the words it does not know the general `dictionary`), by the anchors it shares or leaves
//! unmatched (`anchors`: numbers, Latin-script names and acronyms) and by whether it respects paragraph breaks. The table is
//! banded around the diagonal, so a huge text costs memory linear in its sentence count.
//! Segmentation is left to `segment`; what the units mean is left to the checks.

mod anchors;
mod cost;
mod dictionary;
mod length_model;
mod lexicon;
mod sounds;

use std::ops::Range;

use crate::analyse::Lang;
use crate::segment::Sentence;
use cost::Scorer;

/// One side of an alignment problem.
#[derive(Debug, Clone, Copy)]
pub struct AlignSide<'a> {
    pub text: &'a str,
    pub sentences: &'a [Sentence],
    pub lang: Lang,
}

/// One aligned unit: a run of source sentences and a run of translation sentences (by index);
/// an empty range means nothing on that side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub src: Range<usize>,
    pub hyp: Range<usize>,
}

/// The unit shapes the program considers, as (source sentences, translation sentences).
const MOVES: [(usize, usize); 7] = [(1, 1), (1, 0), (0, 1), (2, 1), (1, 2), (2, 2), (1, 3)];

/// Most cells the banded table may hold (5 bytes each: 20 MB). A typical article never comes
/// near it; a 100,000-sentence text gets a band of about 20 sentences either side.
const MAX_CELLS: usize = 4_000_000;

/// Aligns `src` with `hyp`, in order, covering every sentence of both exactly once.
pub fn align(src: AlignSide<'_>, hyp: AlignSide<'_>) -> Vec<Link> {
    let (n, m) = (src.sentences.len(), hyp.sentences.len());
    if n == 0 || m == 0 {
        let src_only = (0..n).map(|i| Link {
            src: i..i + 1,
            hyp: 0..0,
        });
        let hyp_only = (0..m).map(|j| Link {
            src: 0..0,
            hyp: j..j + 1,
        });
        return src_only.chain(hyp_only).collect();
    }
    let scorer = Scorer::new(&src, &hyp);
    let band = Band::new(n, m);
    let mut cost = vec![f32::INFINITY; band.cells()];
    let mut back = vec![u8::MAX; band.cells()];
    cost[band.index(0, 0).unwrap_or(0)] = 0.0;
    for i in 0..=n {
        for j in band.lo(i)..=band.hi(i) {
            let Some(here) = band.index(i, j) else {
                continue;
            };
            for (k, &(di, dj)) in MOVES.iter().enumerate() {
                if di > i || dj > j {
                    continue;
                }
                let Some(prev) = band.index(i - di, j - dj) else {
                    continue;
                };
                let before = cost[prev];
                if !before.is_finite() {
                    continue;
                }
                let total = before + scorer.unit(i - di..i, j - dj..j);
                if total < cost[here] {
                    cost[here] = total;
                    back[here] = k as u8;
                }
            }
        }
    }
    let mut links = Vec::new();
    let (mut i, mut j) = (n, m);
    while i > 0 || j > 0 {
        let k = band.index(i, j).map_or(u8::MAX, |c| back[c]);
        // A cell the band cut off from the start: fall back to one-sided units for the rest.
        let (di, dj) =
            MOVES
                .get(usize::from(k))
                .copied()
                .unwrap_or(if i > 0 { (1, 0) } else { (0, 1) });
        links.push(Link {
            src: i - di..i,
            hyp: j - dj..j,
        });
        i -= di;
        j -= dj;
    }
    links.reverse();
    links
}

/// The cells of the table kept: for each source index, translation indices within `width` of
/// the diagonal from (0, 0) to (n, m).
struct Band {
    n: usize,
    m: usize,
    width: usize,
    stride: usize,
}

impl Band {
    fn new(n: usize, m: usize) -> Self {
        let wanted = 40 + (n.max(m) / 8).min(60) + n.abs_diff(m);
        let affordable = (MAX_CELLS / (n + 1)).saturating_sub(1) / 2;
        let width = wanted.min(affordable).clamp(2, m + 1);
        Self {
            n,
            m,
            width,
            stride: 2 * width + 1,
        }
    }

    fn center(&self, i: usize) -> usize {
        (i as u128 * self.m as u128 / self.n as u128) as usize
    }

    fn lo(&self, i: usize) -> usize {
        self.center(i).saturating_sub(self.width)
    }

    fn hi(&self, i: usize) -> usize {
        (self.center(i) + self.width).min(self.m)
    }

    fn cells(&self) -> usize {
        (self.n + 1) * self.stride
    }

    fn index(&self, i: usize, j: usize) -> Option<usize> {
        (i <= self.n && j >= self.lo(i) && j <= self.hi(i))
            .then(|| i * self.stride + j - self.lo(i))
    }
}

#[cfg(test)]
mod tests;
