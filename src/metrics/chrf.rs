//! chrF and chrF++ as sacreBLEU 2.6.0 computes them (spec §3): character n-grams of orders
//! 1..=char_order over the text with whitespace removed, word n-grams of orders 1..=word_order
//! (chrF++) over whitespace words with one ASCII punctuation character split off, per-order
//! `[hyp, ref, match]` counts as the sufficient statistics, and the F-beta score computed from
//! their (summed) values. Reading files and printing belong to `cli/score.rs`.

use std::cell::RefCell;

use super::ngram::{Alphabet, Matcher, WordIds};
use super::tokenize::{is_py_space, py_lower, py_split};
use super::{Signature, VERSION};

/// chrF options, with sacreBLEU's defaults (`ChrfConfig::default()` is chrF, `chrf_pp()`
/// chrF++).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChrfConfig {
    pub char_order: usize,
    pub word_order: usize,
    pub beta: u32,
    pub lowercase: bool,
    pub whitespace: bool,
    pub eps_smoothing: bool,
}

impl Default for ChrfConfig {
    fn default() -> Self {
        ChrfConfig {
            char_order: 6,
            word_order: 0,
            beta: 2,
            lowercase: false,
            whitespace: false,
            eps_smoothing: false,
        }
    }
}

/// Per-order `[hyp, ref, match]` counts, char orders first then word orders; sums of these
/// over segments give the corpus score exactly.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ChrfStats(pub Vec<u64>);

impl ChrfStats {
    /// Adds `other` element-wise (segments or shards).
    pub fn add(&mut self, other: &ChrfStats) {
        if self.0.len() < other.0.len() {
            self.0.resize(other.0.len(), 0);
        }
        for (a, b) in self.0.iter_mut().zip(&other.0) {
            *a += b;
        }
    }
}

#[derive(Default)]
struct Scratch {
    alphabet: Alphabet,
    chars: Matcher,
    words: Matcher,
    hyp_items: Vec<u32>,
    ref_items: Vec<Vec<u32>>,
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

/// ASCII punctuation, the set chrF++ splits off words (Python's `string.punctuation`).
fn is_ascii_punct(c: char) -> bool {
    c.is_ascii_punctuation()
}

/// chrF++ words: whitespace split, then one ASCII punctuation character split off the end
/// (checked first) or the start of each word longer than one character.
fn words(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for w in py_split(s) {
        let mut it = w.char_indices();
        let (Some((_, first)), Some(_)) = (it.next(), it.next()) else {
            out.push(w);
            continue;
        };
        let (last_at, last) = w.char_indices().next_back().unwrap_or((0, first));
        if is_ascii_punct(last) {
            out.push(&w[..last_at]);
            out.push(&w[last_at..]);
        } else if is_ascii_punct(first) {
            let cut = first.len_utf8();
            out.push(&w[..cut]);
            out.push(&w[cut..]);
        } else {
            out.push(w);
        }
    }
    out
}

impl ChrfConfig {
    /// chrF++ defaults (word order 2).
    pub fn chrf_pp() -> Self {
        ChrfConfig {
            word_order: 2,
            ..ChrfConfig::default()
        }
    }

    /// Total number of orders (char + word).
    pub fn orders(&self) -> usize {
        self.char_order + self.word_order
    }

    /// sacreBLEU's metric name: `chrF2`, `chrF2++`.
    pub fn name(&self) -> String {
        format!("chrF{}{}", self.beta, "+".repeat(self.word_order))
    }

    /// The signature for `nrefs` references (`None` = varying).
    pub fn signature(&self, nrefs: Option<usize>) -> Signature {
        let yn = |b: bool| if b { "yes" } else { "no" };
        Signature::with_refs_and_case(
            nrefs,
            if self.lowercase { "lc" } else { "mixed" },
            [
                ("eff", "e", yn(!self.eps_smoothing).to_string()),
                ("nc", "nc", self.char_order.to_string()),
                ("nw", "nw", self.word_order.to_string()),
                ("space", "s", yn(self.whitespace).to_string()),
                ("version", "v", VERSION.to_string()),
            ],
        )
    }

    /// The statistics of one hypothesis against its references: those of the reference with
    /// the best sentence score (first wins ties).
    pub fn segment_stats(&self, hyp: &str, refs: &[&str]) -> ChrfStats {
        let lowered;
        let (hyp, refs): (&str, Vec<std::borrow::Cow<'_, str>>) = if self.lowercase {
            lowered = py_lower(hyp);
            (
                &lowered,
                refs.iter()
                    .map(|r| std::borrow::Cow::Owned(py_lower(r)))
                    .collect(),
            )
        } else {
            (
                hyp,
                refs.iter()
                    .map(|r| std::borrow::Cow::Borrowed(*r))
                    .collect(),
            )
        };
        SCRATCH.with(|s| {
            let mut s = s.borrow_mut();
            self.stats_with(&mut s, hyp, &refs)
        })
    }

    fn char_items(&self, text: &str, alphabet: &mut Alphabet, items: &mut Vec<u32>) {
        items.clear();
        if text.is_ascii() {
            // Fast path: ASCII Python whitespace is 0x09-0x0D, 0x1C-0x1F and the space.
            items.reserve(text.len());
            for &b in text.as_bytes() {
                if self.whitespace || !matches!(b, 0x09..=0x0d | 0x1c..=0x20) {
                    items.push(alphabet.id(char::from(b)));
                }
            }
        } else if self.whitespace {
            items.extend(text.chars().map(|c| alphabet.id(c)));
        } else {
            items.extend(
                text.chars()
                    .filter(|&c| !is_py_space(c))
                    .map(|c| alphabet.id(c)),
            );
        }
    }

    fn stats_with(
        &self,
        s: &mut Scratch,
        hyp: &str,
        refs: &[std::borrow::Cow<'_, str>],
    ) -> ChrfStats {
        let s = &mut *s;
        let (nc, nw) = (self.char_order, self.word_order);
        s.alphabet.clear();
        self.char_items(hyp, &mut s.alphabet, &mut s.hyp_items);
        s.ref_items
            .resize_with(refs.len().max(s.ref_items.len()), Vec::new);
        for (r, items) in refs.iter().zip(&mut s.ref_items) {
            self.char_items(r, &mut s.alphabet, items);
        }
        s.chars.set_hyp(&s.hyp_items, nc, s.alphabet.len());
        let hyp_len = s.hyp_items.len();
        let mut word_ids = WordIds::default();
        let mut hyp_words = Vec::new();
        let mut ref_words = Vec::with_capacity(refs.len());
        if nw > 0 {
            hyp_words = words(hyp).into_iter().map(|w| word_ids.id(w) + 1).collect();
            for r in refs {
                ref_words.push(
                    words(r)
                        .into_iter()
                        .map(|w| word_ids.id(w) + 1)
                        .collect::<Vec<u32>>(),
                );
            }
            s.words.set_hyp(&hyp_words, nw, word_ids.len());
        }
        let count = |len: usize, n: usize| (len + 1).saturating_sub(n) as u64;
        let mut best: Option<(f64, Vec<u64>)> = None;
        let mut matches = vec![0u64; self.orders()];
        for (k, items) in s.ref_items[..refs.len()].iter().enumerate() {
            matches.iter_mut().for_each(|m| *m = 0);
            s.chars
                .compare(items, |n, _, hc, rc| matches[n] += u64::from(hc.min(rc)));
            if nw > 0 {
                s.words.compare(&ref_words[k], |n, _, hc, rc| {
                    matches[nc + n] += u64::from(hc.min(rc))
                });
            }
            let mut stats = Vec::with_capacity(3 * self.orders());
            for n in 1..=self.orders() {
                let (h, r) = if n <= nc {
                    (count(hyp_len, n), count(items.len(), n))
                } else {
                    (
                        count(hyp_words.len(), n - nc),
                        count(ref_words[k].len(), n - nc),
                    )
                };
                stats.extend([if r == 0 { 0 } else { h }, r, matches[n - 1]]);
            }
            let f = self.score(&stats);
            if best.as_ref().is_none_or(|(bf, _)| f > *bf) {
                best = Some((f, stats));
            }
        }
        ChrfStats(best.map(|(_, st)| st).unwrap_or_default())
    }

    /// The chrF score (0–100) of summed statistics, exactly as sacreBLEU evaluates it.
    pub fn score(&self, stats: &[u64]) -> f64 {
        const EPS: f64 = 1e-16;
        let factor = f64::from(self.beta * self.beta);
        let orders = self.orders();
        let mut score = 0.0f64;
        let (mut avg_prec, mut avg_rec, mut eff) = (0.0f64, 0.0f64, 0u32);
        for i in 0..orders {
            let get = |k: usize| stats.get(3 * i + k).copied().unwrap_or(0);
            let (n_hyp, n_ref, n_match) = (get(0), get(1), get(2));
            let prec = if n_hyp > 0 {
                n_match as f64 / n_hyp as f64
            } else {
                EPS
            };
            let rec = if n_ref > 0 {
                n_match as f64 / n_ref as f64
            } else {
                EPS
            };
            let denom = factor * prec + rec;
            score += if denom > 0.0 {
                (1.0 + factor) * prec * rec / denom
            } else {
                EPS
            };
            if n_hyp > 0 && n_ref > 0 {
                avg_prec += prec;
                avg_rec += rec;
                eff += 1;
            }
        }
        if self.eps_smoothing {
            return 100.0 * score / orders as f64;
        }
        if eff == 0 {
            avg_prec = 0.0;
            avg_rec = 0.0;
        } else {
            avg_prec /= f64::from(eff);
            avg_rec /= f64::from(eff);
        }
        if avg_prec + avg_rec != 0.0 {
            let mut s = (1.0 + factor) * avg_prec * avg_rec;
            s /= factor * avg_prec + avg_rec;
            100.0 * s
        } else {
            0.0
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_one_ascii_punctuation_char_end_first() {
        assert_eq!(
            words("(hi) \"quoted\" ... «x» a"),
            ["(hi", ")", "\"quoted", "\"", "..", ".", "«x»", "a"]
        );
    }

    #[test]
    fn identical_sentences_score_100() {
        let c = ChrfConfig::default();
        let st = c.segment_stats(
            "The minister met the press.",
            &["The minister met the press."],
        );
        assert_eq!(c.score(&st.0), 100.0);
    }

    #[test]
    fn long_orders_fall_back_to_interning_exactly() {
        // 30 orders of a 40-letter alphabet need 180 bits: the interned path.
        let c = ChrfConfig {
            char_order: 30,
            word_order: 3,
            ..ChrfConfig::default()
        };
        let text = "Quick brown foxes jump over lazy dogs: 1234567890, ÀÉÎÕÜ!";
        let st = c.segment_stats(text, &[text]);
        assert_eq!(c.score(&st.0), 100.0);
        let other = c.segment_stats(text, &["Quick brown foxes jump over lazy cats."]);
        assert!(c.score(&other.0) < 100.0);
    }

    #[test]
    fn empty_hypothesis_scores_0() {
        let c = ChrfConfig::chrf_pp();
        let st = c.segment_stats("", &["The minister spoke."]);
        assert_eq!(c.score(&st.0), 0.0);
    }
}
