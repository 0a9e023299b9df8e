//! TER as sacreBLEU 2.6.0 computes it (spec §4): the tercom tokenizer (lowercase by default,
//! optional normalisation, punctuation removal and CJK splitting), then the number of edits
//! (insertions, deletions, substitutions and block shifts) with tercom's greedy shift search and
//! beam-limited edit distance, over the reference length. Statistics are `[edits, mean
//! reference length]` per segment. Reading files and printing belong to `cli/score.rs`.

use super::ngram::FastMap;

use super::tokenize::{normalize_space, py_lower, py_rstrip, step_r1, steps_r2_r4};
use super::{Signature, VERSION};

const MAX_SHIFT_SIZE: usize = 10;
const MAX_SHIFT_DIST: usize = 50;
const BEAM_WIDTH: usize = 25;
const MAX_SHIFT_CANDIDATES: usize = 1000;
const INF: i64 = 10_000_000_000_000_000;

/// TER options; all off by default (so TER lowercases by default).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TerConfig {
    pub normalized: bool,
    pub no_punct: bool,
    pub asian_support: bool,
    pub case_sensitive: bool,
}

/// TER statistics: the fewest edits over the references, and the mean reference length.
/// `ref_len` is a float because sacreBLEU averages the lengths of several references; with
/// one reference it is a whole number and sums exactly.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct TerStats {
    pub edits: u64,
    pub ref_len: f64,
}

impl TerStats {
    /// Adds `other` (segments in input order, or shards).
    pub fn add(&mut self, other: &TerStats) {
        self.edits += other.edits;
        self.ref_len += other.ref_len;
    }
}

fn is_asian_punct(c: char) -> bool {
    matches!(c, '\u{3001}' | '\u{3002}' | '\u{3008}'..='\u{3011}' | '\u{3014}'..='\u{301f}' | '\u{ff61}'..='\u{ff65}' | '\u{30fb}')
}

fn is_full_width_punct(c: char) -> bool {
    matches!(
        c,
        '\u{ff0e}'
            | '\u{ff0c}'
            | '\u{ff1f}'
            | '\u{ff1a}'
            | '\u{ff1b}'
            | '\u{ff01}'
            | '\u{ff02}'
            | '\u{ff08}'
            | '\u{ff09}'
    )
}

/// The CJK characters tercom's Asian normalisation spaces out (ranges as sacreBLEU lists them,
/// including its U+3200–U+3F22).
fn is_asian_char(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}' | '\u{31c0}'..='\u{31ef}' | '\u{2e80}'..='\u{2eff}'
        | '\u{3300}'..='\u{33ff}' | '\u{f900}'..='\u{faff}' | '\u{fe30}'..='\u{fe4f}' | '\u{3200}'..='\u{3f22}')
        || is_asian_punct(c)
        || is_full_width_punct(c)
}

impl TerConfig {
    /// The signature for `nrefs` references (`None` = varying).
    pub fn signature(&self, nrefs: Option<usize>) -> Signature {
        let yn = |b: bool| if b { "yes" } else { "no" };
        Signature::with_refs_and_case(
            nrefs,
            if self.case_sensitive { "mixed" } else { "lc" },
            [
                ("tok", "t", "tercom".to_string()),
                ("norm", "nr", yn(self.normalized).to_string()),
                ("punct", "pn", yn(!self.no_punct).to_string()),
                ("asian", "as", yn(self.asian_support).to_string()),
                ("version", "v", VERSION.to_string()),
            ],
        )
    }

    /// The tercom tokenizer (spec §4.2) on a right-stripped line; tokens separated by spaces.
    pub fn tokenize(&self, sent: &str) -> String {
        let sent = py_rstrip(sent);
        if sent.is_empty() {
            return String::new();
        }
        let mut s = if self.case_sensitive {
            sent.to_string()
        } else {
            py_lower(sent)
        };
        if self.normalized {
            s = s
                .replace("\n-", "")
                .replace('\n', " ")
                .replace("&quot;", "\"")
                .replace("&amp;", "&")
                .replace("&lt;", "<")
                .replace("&gt;", ">");
            let mut chars = Vec::with_capacity(s.len() + 2);
            chars.push(' ');
            chars.extend(s.chars());
            chars.push(' ');
            let r1: String = step_r1(&chars).into_iter().collect();
            let poss: Vec<char> = r1.replace("'s ", " 's ").chars().collect();
            let out = steps_r2_r4(&poss);
            s = if self.asian_support {
                let mut t = String::with_capacity(out.len() * 2);
                for c in out {
                    if is_asian_char(c) {
                        t.extend([' ', c, ' ']);
                    } else {
                        t.push(c);
                    }
                }
                t
            } else {
                out.into_iter().collect()
            };
        }
        if self.no_punct {
            s.retain(|c| !matches!(c, '.' | ',' | '?' | ':' | ';' | '!' | '"' | '(' | ')'));
            if self.asian_support {
                s.retain(|c| !is_asian_punct(c) && !is_full_width_punct(c));
            }
        }
        normalize_space(&s)
    }

    /// The statistics of one hypothesis against its references.
    pub fn segment_stats(&self, hyp: &str, refs: &[&str]) -> TerStats {
        let hyp = self.tokenize(hyp);
        // sacreBLEU tokenizes references twice (once when caching them, once when extracting
        // their words), which matters with `normalized`: "Sainsbury's," becomes
        // "sainsbury's ," and then "sainsbury 's ,". Hypotheses are tokenized once.
        let refs: Vec<String> = refs
            .iter()
            .map(|r| self.tokenize(&self.tokenize(r)))
            .collect();
        let mut ids: FastMap<&str, u32> = FastMap::default();
        let hyp_ids = word_ids(&hyp, &mut ids);
        let mut best: Option<u64> = None;
        let mut len_sum = 0.0f64;
        // Lengths are whole numbers: summing them as integers is what Python's int sum does.
        let mut len_ints = 0u64;
        for r in &refs {
            let ref_ids = word_ids(r, &mut ids);
            let (edits, len) = edit_rate(&hyp_ids, &ref_ids);
            best = Some(best.map_or(edits, |b| b.min(edits)));
            len_ints += len as u64;
        }
        if !refs.is_empty() {
            len_sum = len_ints as f64 / refs.len() as f64;
        }
        TerStats {
            edits: best.unwrap_or(0),
            ref_len: len_sum,
        }
    }

    /// TER (in percent) of summed statistics.
    pub fn score(&self, st: &TerStats) -> f64 {
        if st.ref_len > 0.0 {
            100.0 * (st.edits as f64 / st.ref_len)
        } else if st.edits > 0 {
            100.0
        } else {
            0.0
        }
    }
}

fn word_ids<'a>(s: &'a str, ids: &mut FastMap<&'a str, u32>) -> Vec<u32> {
    s.split(' ')
        .filter(|w| !w.is_empty())
        .map(|w| {
            let next = ids.len() as u32;
            *ids.entry(w).or_insert(next)
        })
        .collect()
}

/// Edit operations in the distance matrix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Op {
    Nop,
    Sub,
    Ins,
    Del,
    Undef,
}

/// The beam-limited edit distance between hypotheses of one length and a fixed reference.
struct BeamEd<'r> {
    rf: &'r [u32],
    n_hyp: usize,
    ratio: f64,
    beam: usize,
    width: usize,
    /// Costs and ops of the current hypothesis, row-major, (n_hyp+1) x (n_ref+1).
    cost: Vec<i64>,
    op: Vec<Op>,
    /// Two rolling rows for evaluating candidates.
    a: Vec<i64>,
    b: Vec<i64>,
}

impl<'r> BeamEd<'r> {
    fn new(rf: &'r [u32], n_hyp: usize) -> Self {
        let ratio = if n_hyp > 0 {
            rf.len() as f64 / n_hyp as f64
        } else {
            1.0
        };
        let beam = if (BEAM_WIDTH as f64) < ratio / 2.0 {
            (ratio / 2.0 + BEAM_WIDTH as f64).ceil() as usize
        } else {
            BEAM_WIDTH
        };
        let width = rf.len() + 1;
        BeamEd {
            rf,
            n_hyp,
            ratio,
            beam,
            width,
            cost: vec![INF; (n_hyp + 1) * width],
            op: vec![Op::Undef; (n_hyp + 1) * width],
            a: vec![INF; width],
            b: vec![INF; width],
        }
    }

    /// The columns computed in row `i` (1-based).
    fn cols(&self, i: usize) -> std::ops::Range<usize> {
        let diag = (i as f64 * self.ratio).floor() as usize;
        let lo = diag.saturating_sub(self.beam);
        let hi = if i == self.n_hyp {
            self.width
        } else {
            self.width.min(diag + self.beam)
        };
        lo..hi
    }

    /// Computes the full matrix (costs and ops) for `h`; returns the distance.
    fn full(&mut self, h: &[u32]) -> i64 {
        let w = self.width;
        self.cost.fill(INF);
        self.op.fill(Op::Undef);
        for j in 0..w {
            self.cost[j] = j as i64;
            self.op[j] = Op::Ins;
        }
        for i in 1..=self.n_hyp {
            for j in self.cols(i) {
                let (c, o) = if j == 0 {
                    (self.cost[(i - 1) * w] + 1, Op::Del)
                } else {
                    let (sc, so) = if h[i - 1] == self.rf[j - 1] {
                        (0, Op::Nop)
                    } else {
                        (1, Op::Sub)
                    };
                    let mut best = (INF, Op::Undef);
                    for (c, o) in [
                        (self.cost[(i - 1) * w + j - 1] + sc, so),
                        (self.cost[(i - 1) * w + j] + 1, Op::Del),
                        (self.cost[i * w + j - 1] + 1, Op::Ins),
                    ] {
                        if best.0 > c {
                            best = (c, o);
                        }
                    }
                    best
                };
                self.cost[i * w + j] = c;
                self.op[i * w + j] = o;
            }
        }
        self.cost[self.n_hyp * w + w - 1]
    }

    /// The distance for `h`, which equals the hypothesis of the last `full` call in its first
    /// `same` words (rows up to `same` are reused).
    fn distance_from(&mut self, h: &[u32], same: usize) -> i64 {
        let w = self.width;
        if same >= self.n_hyp {
            return self.cost[self.n_hyp * w + w - 1];
        }
        self.a.copy_from_slice(&self.cost[same * w..(same + 1) * w]);
        for i in same + 1..=self.n_hyp {
            self.b.fill(INF);
            for j in self.cols(i) {
                let c = if j == 0 {
                    self.a[0] + 1
                } else {
                    let sc = i64::from(h[i - 1] != self.rf[j - 1]);
                    let mut best = INF;
                    for c in [self.a[j - 1] + sc, self.a[j] + 1, self.b[j - 1] + 1] {
                        if best > c {
                            best = c;
                        }
                    }
                    best
                };
                self.b[j] = c;
            }
            std::mem::swap(&mut self.a, &mut self.b);
        }
        self.a[w - 1]
    }

    /// The trace of the last `full` call, from (0,0) to (n_hyp, n_ref).
    fn trace(&self) -> Vec<Op> {
        let w = self.width;
        let (mut i, mut j) = (self.n_hyp, self.rf.len());
        let mut out = Vec::with_capacity(i + j);
        while i > 0 || j > 0 {
            let op = self.op[i * w + j];
            out.push(op);
            match op {
                Op::Nop | Op::Sub => {
                    i -= 1;
                    j -= 1;
                }
                Op::Ins => j -= 1,
                Op::Del => i -= 1,
                // Cannot happen: every cell on the path was computed. Stop rather than loop.
                Op::Undef => break,
            }
        }
        out.reverse();
        out
    }
}

/// Moves `h[s..s+len]` to position `t` (Python slice semantics).
fn perform_shift(h: &[u32], s: usize, len: usize, t: usize, out: &mut Vec<u32>) {
    let n = h.len();
    let cl = |x: usize| x.min(n);
    out.clear();
    if t < s {
        out.extend_from_slice(&h[..t]);
        out.extend_from_slice(&h[s..s + len]);
        out.extend_from_slice(&h[t..s]);
        out.extend_from_slice(&h[s + len..]);
    } else if t > s + len {
        out.extend_from_slice(&h[..s]);
        out.extend_from_slice(&h[s + len..cl(t)]);
        out.extend_from_slice(&h[s..s + len]);
        out.extend_from_slice(&h[cl(t)..]);
    } else {
        out.extend_from_slice(&h[..s]);
        out.extend_from_slice(&h[s + len..cl(len + t)]);
        out.extend_from_slice(&h[s..s + len]);
        out.extend_from_slice(&h[cl(len + t)..]);
    }
}

/// The number of edits turning `hyp` into `rf` (with shifts), and the reference length.
pub(crate) fn edit_rate(hyp: &[u32], rf: &[u32]) -> (u64, usize) {
    if rf.is_empty() {
        return (hyp.len() as u64, 0);
    }
    if hyp == rf {
        // Distance 0, and no block has an error, so no shift is ever tried.
        return (0, rf.len());
    }
    let mut ed = BeamEd::new(rf, hyp.len());
    let mut h = hyp.to_vec();
    let mut shifts = 0u64;
    let mut checked = 0usize;
    let mut shifted = Vec::with_capacity(h.len());
    loop {
        let pre = ed.full(&h);
        // Alignment from the flipped trace (ins and del swapped).
        let trace = ed.trace();
        let (mut ph, mut pr) = (-1i64, -1i64);
        let mut hyp_err = Vec::with_capacity(h.len());
        let mut ref_err = Vec::with_capacity(rf.len());
        let mut align = vec![-1i64; rf.len()];
        for op in trace {
            match op {
                Op::Nop | Op::Sub => {
                    ph += 1;
                    pr += 1;
                    align[pr as usize] = ph;
                    let e = u8::from(op == Op::Sub);
                    hyp_err.push(e);
                    ref_err.push(e);
                }
                // A deletion in the hyp->ref trace is an insertion after flipping.
                Op::Del => {
                    ph += 1;
                    hyp_err.push(1);
                }
                Op::Ins => {
                    pr += 1;
                    align[pr as usize] = ph;
                    ref_err.push(1);
                }
                Op::Undef => {}
            }
        }
        // (gain, len, start_h, idx) of the best candidate.
        let mut best: Option<(i64, usize, usize, usize)> = None;
        let better = |c: (i64, usize, usize, usize), b: (i64, usize, usize, usize)| {
            (c.0, c.1, std::cmp::Reverse(c.2), std::cmp::Reverse(c.3))
                > (b.0, b.1, std::cmp::Reverse(b.2), std::cmp::Reverse(b.3))
        };
        let (nh, nr) = (h.len(), rf.len());
        'blocks: for start_h in 0..nh {
            for start_r in 0..nr {
                if start_h.abs_diff(start_r) > MAX_SHIFT_DIST {
                    continue;
                }
                let mut len = 0;
                while len < MAX_SHIFT_SIZE && h[start_h + len] == rf[start_r + len] {
                    len += 1;
                    // One candidate block (start_h, start_r, len).
                    let block_ok = hyp_err[start_h..start_h + len].iter().any(|&e| e != 0)
                        && ref_err[start_r..start_r + len].iter().any(|&e| e != 0)
                        && !(start_h as i64 <= align[start_r]
                            && align[start_r] < (start_h + len) as i64);
                    if block_ok {
                        let mut prev_idx = -1i64;
                        for offset in -1..len as i64 {
                            let idx = if start_r as i64 + offset == -1 {
                                0
                            } else {
                                align[(start_r as i64 + offset) as usize] + 1
                            };
                            if idx == prev_idx {
                                continue;
                            }
                            prev_idx = idx;
                            let idx = idx as usize;
                            perform_shift(&h, start_h, len, idx, &mut shifted);
                            let same = h.iter().zip(&shifted).take_while(|(a, b)| a == b).count();
                            let gain = pre - ed.distance_from(&shifted, same);
                            checked += 1;
                            let cand = (gain, len, start_h, idx);
                            if best.is_none_or(|b| better(cand, b)) {
                                best = Some(cand);
                            }
                        }
                    }
                    if checked >= MAX_SHIFT_CANDIDATES {
                        break 'blocks;
                    }
                    if start_h + len == nh || start_r + len == nr {
                        break;
                    }
                }
            }
        }
        if checked >= MAX_SHIFT_CANDIDATES {
            break;
        }
        match best {
            Some((gain, len, s, idx)) if gain > 0 => {
                perform_shift(&h, s, len, idx, &mut shifted);
                std::mem::swap(&mut h, &mut shifted);
                shifts += 1;
            }
            _ => break,
        }
    }
    let d = ed.full(&h);
    (shifts + d as u64, rf.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identical_sentences_score_0() {
        let c = TerConfig::default();
        let st = c.segment_stats(
            "The Minister met the press.",
            &["the minister met the press."],
        );
        assert_eq!(c.score(&st), 0.0);
    }

    #[test]
    fn tokenizes_references_twice_as_sacrebleu_does() {
        let c = TerConfig {
            normalized: true,
            ..TerConfig::default()
        };
        let st = c.segment_stats(
            "At Sainsbury's, prices fell.",
            &["At Sainsbury's, prices fell."],
        );
        // The reference has "sainsbury 's ,", the hypothesis "sainsbury's ,".
        assert_eq!((st.edits, st.ref_len), (2, 7.0));
    }

    #[test]
    fn a_moved_phrase_counts_as_one_shift() {
        let c = TerConfig::default();
        let st = c.segment_stats(
            "on monday the minister spoke",
            &["the minister spoke on monday"],
        );
        assert_eq!(st.edits, 1);
    }
}
