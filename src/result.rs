//! The result model: what checking produces and every later stage reads. A `RecordResult`
//! holds the record, its languages, its aligned `UnitResult`s with their `Finding`s (severity
//! stamped, spans in code points) and its `Scores`; an `Outcome` is what a whole run ended
//! with. The pipeline builds these, `score` fills in the scores, `report` writes them out; this
//! module depends on none of them, so data flows one way: `result` <- `score` <- `report`, and
//! `pipeline` uses all three.

use serde::{Deserialize, Serialize};

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
    /// The signals behind `quality`, only with the hidden `--explain-quality` (for
    /// `benches/fit_quality.py`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quality_signals: Option<crate::score::quality::Signals>,
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
    /// Set when the record's quality is below `[thresholds] min-quality`: the article fails
    /// the gate (exit 1) as a finding at `--fail-on` would, and every format says so.
    pub below_min_quality: Option<BelowMinQuality>,
}

/// An article whose quality is below `[thresholds] min-quality`. Read back from a JSON
/// document (`mtcheck merge`), `by` is computed again.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct BelowMinQuality {
    /// The article's quality, 0-100.
    pub quality: f64,
    /// The threshold it is below.
    pub min_quality: f64,
    /// How far below it: `min_quality - quality`.
    #[serde(skip_deserializing)]
    pub by: f64,
}

impl BelowMinQuality {
    /// The shortfall of an article of `quality` against `min_quality`, if it is below.
    pub fn new(quality: f64, min_quality: f64) -> Option<Self> {
        (quality < min_quality).then_some(BelowMinQuality {
            quality,
            min_quality,
            by: min_quality - quality,
        })
    }

    /// "quality 62.4 is 7.6 below min-quality 70": with the decimals it takes to show a
    /// difference (69.97 against 70 is "0.03 below", never "0.0 below").
    pub fn describe(&self) -> String {
        let by = self.by;
        let decimals = if by >= 0.1 {
            1
        } else if by >= 0.01 {
            2
        } else {
            3
        };
        let how_far = if by >= 0.0005 {
            format!("{by:.decimals$}")
        } else {
            "just".to_string()
        };
        format!(
            "quality {:.decimals$} is {how_far} below min-quality {}",
            self.quality, self.min_quality
        )
    }
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
    /// Articles below `[thresholds] min-quality`.
    pub below_min_quality: usize,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn describes_a_shortfall_with_the_decimals_it_takes() {
        let d = |q, min| BelowMinQuality::new(q, min).unwrap().describe();
        assert_eq!(d(62.44, 70.0), "quality 62.4 is 7.6 below min-quality 70");
        assert_eq!(d(69.97, 70.0), "quality 69.97 is 0.03 below min-quality 70");
        assert_eq!(
            d(72.4999, 72.5),
            "quality 72.500 is just below min-quality 72.5"
        );
    }

    #[test]
    fn an_article_at_the_threshold_is_not_below_it() {
        assert_eq!(BelowMinQuality::new(70.0, 70.0), None);
        assert_eq!(BelowMinQuality::new(70.0, 69.5), None);
    }
}
