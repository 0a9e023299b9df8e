//! sacreBLEU-compatible metrics (chrF, chrF++, BLEU, TER) and their tokenizers.

/// A reference metric.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Metric {
    Bleu,
    Chrf,
    ChrfPlusPlus,
    Ter,
}
