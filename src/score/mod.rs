//! Scores per unit, record and run: `quality` (0-100, reference-free, `quality.rs`), MQM
//! penalty points (`mqm.rs`), and reference metrics when a reference exists (`reference.rs`).

pub mod mqm;
pub mod quality;
pub mod reference;

use serde::Serialize;

use crate::pipeline::{RecordResult, Settings};

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

/// Fills the scores of every unit of `result` and of the record itself.
pub fn score_record(settings: &Settings, result: &mut RecordResult) {
    for unit in &mut result.units {
        unit.scores.mqm = mqm::penalty_points(&unit.findings, &settings.penalties);
        unit.scores.quality = quality::unit_quality(unit, result.src_lang, result.tgt_lang);
    }
    result.scores.mqm = result.units.iter().fold(0.0, |a, u| a + u.scores.mqm);
    result.scores.quality = quality::record_quality(&result.units);
    reference::score_record(settings, result);
}
