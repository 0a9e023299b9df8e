//! BLEU as sacreBLEU 2.6.0 computes it (spec §2): lowercase (optional), right-strip, tokenize,
//! count word n-grams of orders 1..=4 clipped by the per-n-gram maximum over the references,
//! pick the closest reference length, and score the (summed) integer statistics with the brevity
//! penalty and one of four smoothing methods. Reading files and printing belong to
//! `cli/score.rs`.

use std::cell::RefCell;

use super::ngram::{ABSENT, Interner, WordIds, ngram_ids};
use super::tokenize::{Tokenizer, py_lower, py_rstrip, py_split};
use super::{Signature, VERSION};

/// The highest n-gram order.
pub const MAX_ORDER: usize = 4;

/// BLEU smoothing.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Smooth {
    /// No smoothing.
    None,
    /// Orders without a match get `value / total` (default value 0.1).
    Floor(f64),
    /// Add `value` to matches and totals of orders 2 and up (default value 1).
    AddK(f64),
    /// NIST geometric smoothing (the default).
    Exp,
}

impl Smooth {
    /// The method called `name` with its default value, or `value` when given.
    pub fn from_name(name: &str, value: Option<f64>) -> Option<Smooth> {
        Some(match name {
            "none" => Smooth::None,
            "floor" => Smooth::Floor(value.unwrap_or(0.1)),
            "add-k" => Smooth::AddK(value.unwrap_or(1.0)),
            "exp" => Smooth::Exp,
            _ => return None,
        })
    }

    fn signature(self) -> String {
        match self {
            Smooth::None => "none".to_string(),
            Smooth::Exp => "exp".to_string(),
            Smooth::Floor(v) => format!("floor[{v:.2}]"),
            Smooth::AddK(v) => format!("add-k[{v:.2}]"),
        }
    }
}

/// BLEU options. `Default` is corpus BLEU (effective order off); `sentence()` is
/// `sentence_bleu`'s defaults (effective order on).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BleuConfig {
    pub tokenize: Tokenizer,
    pub lowercase: bool,
    pub smooth: Smooth,
    pub effective_order: bool,
}

impl Default for BleuConfig {
    fn default() -> Self {
        BleuConfig {
            tokenize: Tokenizer::Mteval13a,
            lowercase: false,
            smooth: Smooth::Exp,
            effective_order: false,
        }
    }
}

/// The sufficient statistics of BLEU: integer counts that add up over segments and shards.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct BleuStats {
    pub hyp_len: u64,
    pub ref_len: u64,
    pub correct: [u64; MAX_ORDER],
    pub total: [u64; MAX_ORDER],
}

impl BleuStats {
    /// Adds `other` (segments or shards).
    pub fn add(&mut self, other: &BleuStats) {
        self.hyp_len += other.hyp_len;
        self.ref_len += other.ref_len;
        for n in 0..MAX_ORDER {
            self.correct[n] += other.correct[n];
            self.total[n] += other.total[n];
        }
    }

    /// As sacreBLEU lists them: `[hyp_len, ref_len, correct1..4, total1..4]`.
    pub fn to_vec(&self) -> Vec<u64> {
        let mut v = vec![self.hyp_len, self.ref_len];
        v.extend(self.correct);
        v.extend(self.total);
        v
    }
}

/// A BLEU score with the figures sacreBLEU prints beside it.
#[derive(Debug, Clone, PartialEq)]
pub struct BleuScore {
    pub score: f64,
    /// Smoothed precisions in percent.
    pub precisions: [f64; MAX_ORDER],
    pub bp: f64,
    /// hyp_len / ref_len (0 when ref_len is 0).
    pub ratio: f64,
    /// Matches and totals after add-k smoothing (as sacreBLEU reports them).
    pub counts: [f64; MAX_ORDER],
    pub totals: [f64; MAX_ORDER],
    pub sys_len: u64,
    pub ref_len: u64,
}

impl BleuScore {
    /// sacreBLEU's verbose part: `P1/P2/P3/P4 (BP = b ratio = r hyp_len = H ref_len = R)`.
    pub fn verbose(&self) -> String {
        let p = &self.precisions;
        format!(
            "{:.1}/{:.1}/{:.1}/{:.1} (BP = {:.3} ratio = {:.3} hyp_len = {} ref_len = {})",
            p[0], p[1], p[2], p[3], self.bp, self.ratio, self.sys_len, self.ref_len
        )
    }
}

#[derive(Default)]
struct Scratch {
    ngrams: Interner,
    hyp_levels: Vec<Vec<u32>>,
    ref_levels: Vec<Vec<u32>>,
    /// Per n-gram id: the hypothesis count, then what is left of the merged reference count.
    merged: Vec<u32>,
    this_ref: Vec<u32>,
    touched: Vec<u32>,
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

/// The tokens sacreBLEU's BLEU counts for `text`.
pub fn preprocess(text: &str, tokenize: Tokenizer, lowercase: bool) -> String {
    if lowercase {
        tokenize.tokenize(py_rstrip(&py_lower(text)))
    } else {
        tokenize.tokenize(py_rstrip(text))
    }
}

impl BleuConfig {
    /// `sentence_bleu` defaults: as corpus BLEU with effective order on.
    pub fn sentence() -> Self {
        BleuConfig {
            effective_order: true,
            ..BleuConfig::default()
        }
    }

    /// The signature for `nrefs` references (`None` = varying).
    pub fn signature(&self, nrefs: Option<usize>) -> Signature {
        Signature(vec![
            (
                "nrefs",
                "#",
                nrefs.map_or("var".to_string(), |n| n.to_string()),
            ),
            (
                "case",
                "c",
                if self.lowercase { "lc" } else { "mixed" }.to_string(),
            ),
            (
                "eff",
                "e",
                if self.effective_order { "yes" } else { "no" }.to_string(),
            ),
            ("tok", "tok", self.tokenize.name().to_string()),
            ("smooth", "s", self.smooth.signature()),
            ("version", "v", VERSION.to_string()),
        ])
    }

    /// The statistics of one hypothesis against its references.
    pub fn segment_stats(&self, hyp: &str, refs: &[&str]) -> BleuStats {
        let hyp = preprocess(hyp, self.tokenize, self.lowercase);
        let refs: Vec<String> = refs
            .iter()
            .map(|r| preprocess(r, self.tokenize, self.lowercase))
            .collect();
        SCRATCH.with(|s| stats_with(&mut s.borrow_mut(), &hyp, &refs))
    }

    /// The BLEU score of summed statistics, exactly as sacreBLEU evaluates it.
    pub fn score(&self, st: &BleuStats) -> BleuScore {
        let (sys, rf) = (st.hyp_len, st.ref_len);
        let mut counts = st.correct.map(|c| c as f64);
        let mut totals = st.total.map(|t| t as f64);
        let bp = if sys >= rf {
            1.0
        } else if sys > 0 {
            (1.0 - rf as f64 / sys as f64).exp()
        } else {
            0.0
        };
        let ratio = if rf > 0 { sys as f64 / rf as f64 } else { 0.0 };
        let mut precisions = [0.0f64; MAX_ORDER];
        let done = |score, precisions, counts, totals| BleuScore {
            score,
            precisions,
            bp,
            ratio,
            counts,
            totals,
            sys_len: sys,
            ref_len: rf,
        };
        if st.correct.iter().all(|&c| c == 0) {
            return done(0.0, precisions, counts, totals);
        }
        let mut mteval = 1.0f64;
        let mut eff = MAX_ORDER;
        for n in 0..MAX_ORDER {
            if let Smooth::AddK(k) = self.smooth
                && n > 0
            {
                counts[n] += k;
                totals[n] += k;
            }
            if totals[n] == 0.0 {
                break;
            }
            if self.effective_order {
                eff = n + 1;
            }
            if counts[n] == 0.0 {
                match self.smooth {
                    Smooth::Exp => {
                        mteval *= 2.0;
                        precisions[n] = 100.0 / (mteval * totals[n]);
                    }
                    Smooth::Floor(v) => precisions[n] = 100.0 * v / totals[n],
                    Smooth::None | Smooth::AddK(_) => {}
                }
            } else {
                precisions[n] = 100.0 * counts[n] / totals[n];
            }
        }
        let mut sum = 0.0f64;
        for &p in &precisions[..eff] {
            sum += if p == 0.0 { -9_999_999_999.0 } else { p.ln() };
        }
        let score = bp * (sum / eff as f64).exp();
        done(score, precisions, counts, totals)
    }
}

fn stats_with(s: &mut Scratch, hyp: &str, refs: &[String]) -> BleuStats {
    let s = &mut *s;
    let mut words = WordIds::default();
    let hyp_ids: Vec<u32> = py_split(hyp).map(|w| words.id(w)).collect();
    s.ngrams.clear();
    ngram_ids(&mut s.ngrams, &hyp_ids, MAX_ORDER, true, &mut s.hyp_levels);
    let n_ids = s.ngrams.len();
    s.merged.clear();
    s.merged.resize(n_ids, 0);
    s.this_ref.clear();
    s.this_ref.resize(n_ids, 0);
    let hyp_len = hyp_ids.len() as u64;
    let mut best_len: Option<u64> = None;
    for r in refs {
        let ids: Vec<u32> = py_split(r).map(|w| words.id(w)).collect();
        let len = ids.len() as u64;
        best_len = Some(match best_len {
            None => len,
            Some(b) => {
                let (db, dl) = (b.abs_diff(hyp_len), len.abs_diff(hyp_len));
                if dl < db || (dl == db && len < b) {
                    len
                } else {
                    b
                }
            }
        });
        ngram_ids(&mut s.ngrams, &ids, MAX_ORDER, false, &mut s.ref_levels);
        s.touched.clear();
        for level in &s.ref_levels[..MAX_ORDER] {
            for &id in level {
                if id != ABSENT {
                    if s.this_ref[id as usize] == 0 {
                        s.touched.push(id);
                    }
                    s.this_ref[id as usize] += 1;
                }
            }
        }
        for &id in &s.touched {
            let (m, t) = (&mut s.merged[id as usize], &mut s.this_ref[id as usize]);
            *m = (*m).max(*t);
            *t = 0;
        }
    }
    let mut st = BleuStats {
        hyp_len,
        ref_len: best_len.unwrap_or(0),
        ..BleuStats::default()
    };
    for n in 0..MAX_ORDER {
        let level = &s.hyp_levels[n];
        st.total[n] = level.len() as u64;
        let mut c = 0;
        for &id in level {
            let m = &mut s.merged[id as usize];
            if *m > 0 {
                *m -= 1;
                c += 1;
            }
        }
        st.correct[n] = c;
    }
    st
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identical_sentences_score_just_above_100() {
        let c = BleuConfig::sentence();
        let st = c.segment_stats(
            "The minister met the press on Monday.",
            &["The minister met the press on Monday."],
        );
        assert_eq!(c.score(&st).score, 100.00000000000004);
    }

    #[test]
    fn short_segment_without_effective_order_scores_0() {
        let c = BleuConfig::default();
        let st = c.segment_stats("Hello there", &["Hello there"]);
        assert_eq!(c.score(&st).score, 0.0);
    }

    #[test]
    fn closest_reference_length_prefers_shorter_on_tie() {
        let c = BleuConfig::sentence();
        let st = c.segment_stats("a b c", &["a b c d", "a b"]);
        assert_eq!(st.ref_len, 2);
    }
}
