//! Alignment of source sentences to translation sentences (first cut: a length-based dynamic
//! program in the style of Gale and Church with 1-1, 1-0, 0-1, 2-1, 1-2 and 2-2 links).

use std::ops::Range;

use crate::analyse::Lang;
use crate::segment::Sentence;

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

/// Characters per Indonesian character, roughly, for each language (to be calibrated).
fn expansion(lang: Lang) -> f64 {
    match lang {
        Lang::Id => 1.0,
        Lang::En => 0.87,
        Lang::Fr => 1.07,
        Lang::Zh => 0.27,
        Lang::Ja => 0.36,
        Lang::Ar => 0.83,
    }
}

fn len_chars(side: &AlignSide<'_>, r: Range<usize>) -> f64 {
    side.sentences[r]
        .iter()
        .map(|s| side.text[s.range.clone()].chars().count())
        .sum::<usize>() as f64
}

/// Aligns `src` with `hyp`, in order, covering every sentence of both exactly once.
pub fn align(src: AlignSide<'_>, hyp: AlignSide<'_>) -> Vec<Link> {
    let (n, m) = (src.sentences.len(), hyp.sentences.len());
    let ratio = expansion(hyp.lang) / expansion(src.lang);
    const MOVES: [(usize, usize, f64); 6] = [
        (1, 1, 0.0),
        (1, 0, 4.5),
        (0, 1, 4.5),
        (2, 1, 2.3),
        (1, 2, 2.3),
        (2, 2, 4.5),
    ];
    let mut cost = vec![vec![f64::INFINITY; m + 1]; n + 1];
    let mut back = vec![vec![(0usize, 0usize); m + 1]; n + 1];
    cost[0][0] = 0.0;
    for i in 0..=n {
        for j in 0..=m {
            if i == 0 && j == 0 {
                continue;
            }
            for &(di, dj, penalty) in &MOVES {
                if di > i || dj > j || !cost[i - di][j - dj].is_finite() {
                    continue;
                }
                let ls = len_chars(&src, i - di..i) * ratio;
                let lh = len_chars(&hyp, j - dj..j);
                let c = if di == 0 || dj == 0 {
                    penalty + 0.02 * (ls + lh).sqrt()
                } else {
                    let mean = (ls + lh) / 2.0 + 1.0;
                    let delta = (lh - ls) / (mean.sqrt() * 2.0);
                    penalty + delta * delta / 2.0
                };
                let total = cost[i - di][j - dj] + c;
                if total < cost[i][j] {
                    cost[i][j] = total;
                    back[i][j] = (di, dj);
                }
            }
        }
    }
    let mut links = Vec::new();
    let (mut i, mut j) = (n, m);
    while i > 0 || j > 0 {
        let (di, dj) = back[i][j];
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
