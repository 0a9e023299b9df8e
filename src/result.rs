//! The result model: what checking produces and every later stage reads. A `RecordResult`
//! holds the record, its languages, its aligned `UnitResult`s with their `Finding`s (severity
//! stamped, spans in code points) and its `Scores`; an `Outcome` is what a whole run ended
//! with. The pipeline builds these, `score` fills in the scores, `report` writes them out; this
//! module depends on none of them, so data flows one way: `result` <- `score` <- `report`, and
//! `pipeline` uses all three.

use serde::Serialize;

use crate::analyse::Lang;
use crate::checks::{RuleMeta, Severity};
use crate::input::Record;
use crate::metrics::{Metric, Stats};

/// The scores of one unit or record, as serialised in the JSONL `scores` object.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Scores {
    /// 0-100, reference-free.
    pub quality: f64,
    /// MQM penalty points of the findings.
    pub mqm: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub chrf: Option<f64>,
    #[serde(rename = "chrf++", skip_serializing_if = "Option::is_none")]
    pub chrf_pp: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bleu: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ter: Option<f64>,
}

/// One finding as reported: severity stamped, spans in code points of the record's texts.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub rule: &'static RuleMeta,
    pub severity: Severity,
    pub hyp_span: Option<[usize; 2]>,
    pub src_span: Option<[usize; 2]>,
    pub message: String,
    pub suggestion: Option<String>,
}

/// One aligned unit as reported.
#[derive(Debug, Clone, PartialEq)]
pub struct UnitResult {
    /// The unit's position in the record, from 0 (for indexing `RecordResult::units`); every
    /// output shows `number()` instead.
    pub index: usize,
    /// Code points of the record's source; `None` for translation text with no source.
    pub src_range: Option<[usize; 2]>,
    /// Code points of the record's translation; `None` for source text with no translation.
    pub hyp_range: Option<[usize; 2]>,
    pub src: String,
    pub hyp: String,
    pub scores: Scores,
    pub findings: Vec<Finding>,
    /// Words in the unit's source (for MQM penalty points per 1,000 words).
    pub src_words: usize,
}

/// One record, checked.
#[derive(Debug, Clone)]
pub struct RecordResult {
    pub record: Record,
    pub src_lang: Lang,
    pub tgt_lang: Lang,
    pub units: Vec<UnitResult>,
    /// Scores of the whole record.
    pub scores: Scores,
    /// The record's summed reference-metric statistics (empty without a reference), from
    /// which the run's corpus-wide reference scores are computed.
    pub reference_stats: Vec<(Metric, Stats)>,
}

impl UnitResult {
    /// The unit's number as every output shows it (JSONL and JSON `unit`, SARIF
    /// `properties.unit`, the terminal, HTML and Markdown "unit n"): counted from 1 in text
    /// order, as line numbers are. Spans and ranges are offsets and count from 0.
    pub fn number(&self) -> usize {
        self.index + 1
    }
}

impl RecordResult {
    /// Every finding of the record, in unit order.
    pub fn findings(&self) -> impl Iterator<Item = &Finding> {
        self.units.iter().flat_map(|u| u.findings.iter())
    }

    /// The most serious finding's severity.
    pub fn max_severity(&self) -> Option<Severity> {
        self.findings().map(|f| f.severity).max()
    }
}

/// What a whole run ended with.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Outcome {
    pub max_severity: Option<Severity>,
    pub input_errors: usize,
    pub records: usize,
    /// The lowest article quality seen.
    pub min_quality: Option<f64>,
}
