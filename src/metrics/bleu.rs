//! BLEU as sacreBLEU 2.6.0 computes it (spec §2): lowercase (optional), right-strip, tokenize,
//! count word n-grams of orders 1..=4 clipped by the per-n-gram maximum over the references,
//! pick the closest reference length, and score the (summed) integer statistics with the brevity
//! penalty and one of four smoothing methods. Reading files and printing belong to
//! `cli/score.rs`.

use std::cell::RefCell;

use super::ngram::{Matcher, WordIds};
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
    matcher: Matcher,
    /// Per order and distinct hypothesis n-gram: its count and the highest count in any
    /// reference.
    groups: Vec<(u32, u32)>,
    /// Tokenizer output: the hypothesis, then each reference.
    bufs: Vec<Vec<u8>>,
    tmp: Vec<u8>,
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
        Signature::with_refs_and_case(
            nrefs,
            if self.lowercase { "lc" } else { "mixed" },
            [
                (
                    "eff",
                    "e",
                    if self.effective_order { "yes" } else { "no" }.to_string(),
                ),
                ("tok", "tok", self.tokenize.name().to_string()),
                ("smooth", "s", self.smooth.signature()),
                ("version", "v", VERSION.to_string()),
            ],
        )
    }

    /// The statistics of one hypothesis against its references.
    pub fn segment_stats(&self, hyp: &str, refs: &[&str]) -> BleuStats {
        SCRATCH.with(|s| {
            let mut s = s.borrow_mut();
            let Scratch {
                matcher,
                groups,
                bufs,
                tmp,
            } = &mut *s;
            bufs.resize_with(bufs.len().max(refs.len() + 1), Vec::new);
            for (text, buf) in std::iter::once(&hyp).chain(refs).zip(bufs.iter_mut()) {
                if self.lowercase {
                    let lower = py_lower(text);
                    self.tokenize.tokenize_into(py_rstrip(&lower), buf, tmp);
                } else {
                    self.tokenize.tokenize_into(py_rstrip(text), buf, tmp);
                }
            }
            // The tokenizers only insert ASCII spaces between characters: always UTF-8.
            let texts: Vec<&str> = bufs[..=refs.len()]
                .iter()
                .map(|b| std::str::from_utf8(b).unwrap_or_default())
                .collect();
            stats_with(matcher, groups, texts[0], &texts[1..])
        })
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

fn stats_with(
    matcher: &mut Matcher,
    groups: &mut Vec<(u32, u32)>,
    hyp: &str,
    refs: &[&str],
) -> BleuStats {
    let mut words = WordIds::with_capacity(hyp.len() / 4 * (refs.len() + 1));
    let hyp_ids: Vec<u32> = py_split(hyp).map(|w| words.id(w) + 1).collect();
    let ref_ids: Vec<Vec<u32>> = refs
        .iter()
        .map(|r| py_split(r).map(|w| words.id(w) + 1).collect())
        .collect();
    let hyp_len = hyp_ids.len() as u64;
    let mut st = BleuStats {
        hyp_len,
        ..BleuStats::default()
    };
    for n in 0..MAX_ORDER {
        st.total[n] = (hyp_len + 1).saturating_sub(n as u64 + 1);
    }
    // The closest reference length; the shorter one on a tie.
    st.ref_len = ref_ids
        .iter()
        .map(|r| r.len() as u64)
        .min_by_key(|&len| (len.abs_diff(hyp_len), len))
        .unwrap_or(0);
    matcher.set_hyp(&hyp_ids, MAX_ORDER, words.len());
    // Per (order, distinct hypothesis n-gram): its count, and the highest count in any
    // reference.
    let width = hyp_ids.len().max(1);
    groups.clear();
    groups.resize(MAX_ORDER * width, (0, 0));
    for ids in &ref_ids {
        matcher.compare(ids, |n, g, hc, rc| {
            if let Some(slot) = groups.get_mut(n * width + g as usize) {
                slot.0 = hc;
                slot.1 = slot.1.max(rc);
            }
        });
    }
    for (n, correct) in st.correct.iter_mut().enumerate() {
        *correct = groups[n * width..(n + 1) * width]
            .iter()
            .map(|&(hc, rc)| u64::from(hc.min(rc)))
            .sum();
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
