//! Scores per unit, record and run: `quality` (0-100, reference-free, `quality.rs`), MQM
//! penalty points (`mqm.rs`), and reference metrics when a reference exists (`reference.rs`).

pub mod mqm;
pub mod quality;
pub mod reference;

use crate::config::Settings;
use crate::result::RecordResult;

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
