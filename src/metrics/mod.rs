//! sacreBLEU-compatible metrics (chrF, chrF++, BLEU, TER) and their tokenizers, reproducing
//! sacreBLEU 2.6.0 exactly (`../shared/spec/sacrebleu-parity.md`). Each metric turns one
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
