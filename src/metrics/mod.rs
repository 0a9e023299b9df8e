//! sacreBLEU-compatible metrics (chrF, chrF++, BLEU, TER) and their tokenizers, reproducing
//! sacreBLEU 2.6.0 exactly (checked against its own outputs in `tests/sacrebleu.rs`). Each metric turns one
//! hypothesis and its references into integer sufficient statistics (`segment_stats`) and
//! computes its score from statistics summed over any number of segments (`score`), so
//! sentence scores, corpus scores and merged shards all come from the same code. Reading files,
//! parallelism and printing are left to `cli/score.rs` and `score/reference.rs`.

pub mod bleu;
pub mod chrf;
pub(crate) mod ngram;
pub mod ter;
pub mod tokenize;

/// The sacreBLEU version whose numbers and signatures we reproduce.
pub const VERSION: &str = "2.6.0";

/// A reference metric.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Metric {
    Bleu,
    Chrf,
    ChrfPlusPlus,
    Ter,
}

impl Metric {
    /// The name on the command line and in JSON keys: `bleu`, `chrf`, `chrf++`, `ter`.
    pub fn key(self) -> &'static str {
        match self {
            Metric::Bleu => "bleu",
            Metric::Chrf => "chrf",
            Metric::ChrfPlusPlus => "chrf++",
            Metric::Ter => "ter",
        }
    }

    /// The metric called `key` (case-insensitive).
    pub fn from_key(key: &str) -> Option<Metric> {
        Some(match key.to_ascii_lowercase().as_str() {
            "bleu" => Metric::Bleu,
            "chrf" => Metric::Chrf,
            "chrf++" | "chrfpp" => Metric::ChrfPlusPlus,
            "ter" => Metric::Ter,
            _ => return None,
        })
    }

    /// Parses a comma-separated list (`bleu,chrf`), keeping the order given, without repeats.
    pub fn parse_list(list: &str) -> Result<Vec<Metric>, String> {
        let mut out = Vec::new();
        for k in list.split(',').map(str::trim).filter(|k| !k.is_empty()) {
            let m = Metric::from_key(k).ok_or_else(|| {
                format!("unknown metric \"{k}\" (use bleu, chrf, chrf++ or ter, comma-separated)")
            })?;
            if !out.contains(&m) {
                out.push(m);
            }
        }
        if out.is_empty() {
            return Err("no metric given (use bleu, chrf, chrf++ or ter, comma-separated)".into());
        }
        Ok(out)
    }
}

/// A sacreBLEU signature: `(long key, short key, value)` in print order, `version` last.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature(pub Vec<(&'static str, &'static str, String)>);

impl Signature {
    /// A signature that starts with sacreBLEU's `nrefs` (`var` when they vary) and `case`
    /// fields, as every metric's does, followed by the metric's own `fields`.
    pub fn with_refs_and_case(
        nrefs: Option<usize>,
        case: &str,
        fields: impl IntoIterator<Item = (&'static str, &'static str, String)>,
    ) -> Signature {
        let mut all = vec![
            (
                "nrefs",
                "#",
                nrefs.map_or("var".to_string(), |n| n.to_string()),
            ),
            ("case", "c", case.to_string()),
        ];
        all.extend(fields);
        Signature(all)
    }

    /// `nrefs:1|case:mixed|...|version:2.6.0`.
    pub fn long(&self) -> String {
        self.join(|(k, _, v)| format!("{k}:{v}"))
    }

    /// `#:1|c:mixed|...|v:2.6.0`.
    pub fn short(&self) -> String {
        self.join(|(_, k, v)| format!("{k}:{v}"))
    }

    fn join(&self, f: impl Fn(&(&'static str, &'static str, String)) -> String) -> String {
        self.0.iter().map(f).collect::<Vec<_>>().join("|")
    }
}

/// Per-segment statistics of `n` segments computed in parallel (rayon, on the current pool),
/// returned in input order so that callers can sum them left to right: integer statistics sum
/// the same in any order, TER's float reference lengths only in this one.
pub fn segment_stats_par<S, F>(n: usize, f: F) -> Vec<S>
where
    S: Send,
    F: Fn(usize) -> S + Sync + Send,
{
    use rayon::prelude::*;
    (0..n).into_par_iter().with_min_len(64).map(f).collect()
}

/// Numbers the distinct segments (a hypothesis with its references) of a corpus in order of
/// first appearance. Returns, for each distinct segment, the index of the line where it first
/// appears, and for each line the number of its segment. Every metric is a pure function of the
/// segment, so computing the statistics of each distinct segment once and looking them up per
/// line gives exactly the per-line statistics, summed in input order as before. (sacreBLEU
/// caches its tokenizer output per line for the same reason: test sets repeat lines.) The table
/// borrows the lines, so memory grows with the input and no further.
pub fn distinct_segments<S: AsRef<str>>(hyps: &[S], refs: &[Vec<S>]) -> (Vec<usize>, Vec<usize>) {
    let mut seen: ngram::FastMap<Vec<&str>, usize> = ngram::FastMap::default();
    seen.reserve(hyps.len().min(1 << 16));
    let mut firsts = Vec::new();
    let mut slots = Vec::with_capacity(hyps.len());
    for (i, hyp) in hyps.iter().enumerate() {
        let mut key = Vec::with_capacity(refs.len() + 1);
        key.push(hyp.as_ref());
        key.extend(refs.iter().map(|r| r.get(i).map_or("", AsRef::as_ref)));
        let next = firsts.len();
        let slot = *seen.entry(key).or_insert(next);
        if slot == next {
            firsts.push(i);
        }
        slots.push(slot);
    }
    (firsts, slots)
}

/// sacreBLEU's text line: `NAME|SIGNATURE = SCORE VERBOSE`, the score with `width` decimals.
pub fn text_line(name: &str, signature: &str, score: f64, width: usize, verbose: &str) -> String {
    let mut s = format!("{name}|{signature} = {score:.width$}");
    if !verbose.is_empty() {
        s.push(' ');
        s.push_str(verbose);
    }
    s
}

/// One configured metric, for code that handles a list of them (`mtcheck score`, reference
/// scores in `check`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum MetricConfig {
    Bleu(bleu::BleuConfig),
    Chrf(chrf::ChrfConfig),
    Ter(ter::TerConfig),
}

/// The sufficient statistics of one [`MetricConfig`].
#[derive(Debug, Clone, PartialEq)]
pub enum Stats {
    Bleu(bleu::BleuStats),
    Chrf(chrf::ChrfStats),
    Ter(ter::TerStats),
}

impl Stats {
    /// Adds `other` when both are of the same metric (segments in input order, or shards).
    pub fn add(&mut self, other: &Stats) {
        match (self, other) {
            (Stats::Bleu(a), Stats::Bleu(b)) => a.add(b),
            (Stats::Chrf(a), Stats::Chrf(b)) => a.add(b),
            (Stats::Ter(a), Stats::Ter(b)) => a.add(b),
            _ => {}
        }
    }
}

impl MetricConfig {
    /// The metric with sacreBLEU's sentence-level defaults (`sentence_score`: BLEU with
    /// effective order) or corpus defaults.
    pub fn default_for(metric: Metric, sentence_level: bool) -> MetricConfig {
        match metric {
            Metric::Bleu if sentence_level => MetricConfig::Bleu(bleu::BleuConfig::sentence()),
            Metric::Bleu => MetricConfig::Bleu(bleu::BleuConfig::default()),
            Metric::Chrf => MetricConfig::Chrf(chrf::ChrfConfig::default()),
            Metric::ChrfPlusPlus => MetricConfig::Chrf(chrf::ChrfConfig::chrf_pp()),
            Metric::Ter => MetricConfig::Ter(ter::TerConfig::default()),
        }
    }

    /// Empty statistics (the starting point of a sum).
    pub fn zero(&self) -> Stats {
        match self {
            MetricConfig::Bleu(_) => Stats::Bleu(bleu::BleuStats::default()),
            MetricConfig::Chrf(c) => Stats::Chrf(chrf::ChrfStats(vec![0; 3 * c.orders()])),
            MetricConfig::Ter(_) => Stats::Ter(ter::TerStats::default()),
        }
    }

    /// The statistics of one hypothesis against its references.
    pub fn segment_stats(&self, hyp: &str, refs: &[&str]) -> Stats {
        match self {
            MetricConfig::Bleu(c) => Stats::Bleu(c.segment_stats(hyp, refs)),
            MetricConfig::Chrf(c) => Stats::Chrf(c.segment_stats(hyp, refs)),
            MetricConfig::Ter(c) => Stats::Ter(c.segment_stats(hyp, refs)),
        }
    }

    /// The score of (summed) statistics; 0.0 when `stats` belongs to another metric.
    pub fn score(&self, stats: &Stats) -> f64 {
        match (self, stats) {
            (MetricConfig::Bleu(c), Stats::Bleu(s)) => c.score(s).score,
            (MetricConfig::Chrf(c), Stats::Chrf(s)) => c.score(&s.0),
            (MetricConfig::Ter(c), Stats::Ter(s)) => c.score(s),
            _ => 0.0,
        }
    }

    /// sacreBLEU's name: `BLEU`, `chrF2`, `chrF2++`, `TER`.
    pub fn name(&self) -> String {
        match self {
            MetricConfig::Bleu(_) => "BLEU".to_string(),
            MetricConfig::Chrf(c) => c.name(),
            MetricConfig::Ter(_) => "TER".to_string(),
        }
    }

    /// The signature for `nrefs` references (`None` = varying).
    pub fn signature(&self, nrefs: Option<usize>) -> Signature {
        match self {
            MetricConfig::Bleu(c) => c.signature(nrefs),
            MetricConfig::Chrf(c) => c.signature(nrefs),
            MetricConfig::Ter(c) => c.signature(nrefs),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distinct_segments_number_repeated_pairs_once() {
        let hyps = ["a", "b", "a", "a", "b"];
        let refs = vec![vec!["x", "y", "x", "z", "y"]];
        let (firsts, slots) = distinct_segments(&hyps, &refs);
        assert_eq!(firsts, [0, 1, 3]);
        assert_eq!(slots, [0, 1, 0, 2, 1]);
    }

    #[test]
    fn distinct_segments_tell_references_apart() {
        // The same hypothesis and first reference, but a different second reference.
        let hyps = ["a", "a"];
        let refs = vec![vec!["x", "x"], vec!["y", "z"]];
        assert_eq!(distinct_segments(&hyps, &refs).0, [0, 1]);
    }

    #[test]
    fn summing_distinct_statistics_per_line_matches_scoring_every_line() {
        let hyps = [
            "The cat sat.",
            "A dog ran.",
            "The cat sat.",
            "A dog ran.",
            "The cat sat.",
        ];
        let refs = vec![vec![
            "The cat sat down.",
            "A dog ran off.",
            "The cat sat down.",
            "A dog ran off.",
            "The cat sat.",
        ]];
        let (firsts, slots) = distinct_segments(&hyps, &refs);
        for metric in [
            Metric::Bleu,
            Metric::Chrf,
            Metric::ChrfPlusPlus,
            Metric::Ter,
        ] {
            let c = MetricConfig::default_for(metric, false);
            let distinct: Vec<Stats> = firsts
                .iter()
                .map(|&i| c.segment_stats(hyps[i], &[refs[0][i]]))
                .collect();
            let (mut every, mut looked_up) = (c.zero(), c.zero());
            for (i, &slot) in slots.iter().enumerate() {
                every.add(&c.segment_stats(hyps[i], &[refs[0][i]]));
                looked_up.add(&distinct[slot]);
            }
            assert_eq!(every, looked_up, "{metric:?}");
        }
    }
}
