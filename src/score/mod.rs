//! Scores per unit, record and run: `quality` (0-100, reference-free, `quality.rs`), MQM
//! penalty points (`mqm.rs`), and reference metrics when a reference exists (`reference.rs`);
//! and whether a record falls below `[thresholds] min-quality`.

pub mod mqm;
pub mod quality;
pub mod reference;

use crate::config::Settings;
use crate::result::{BelowMinQuality, RecordResult};

/// Fills the scores of every unit of `result` and of the record itself.
pub fn score_record(settings: &Settings, result: &mut RecordResult) {
    // The pipeline measured the text signals from the checks' analyses; a result built
    // otherwise is measured here.
    let mut signals: Vec<_> = result
        .units
        .iter()
        .map(|unit| match unit.scores.quality_signals {
            Some(text) => quality::with_findings(text, unit),
            None => quality::signals(unit, result.src_lang, result.tgt_lang),
        })
        .collect();
    quality::adapt_to_article(&mut signals);
    for (unit, signals) in result.units.iter_mut().zip(signals) {
        unit.scores.mqm = mqm::penalty_points(&unit.findings, &settings.penalties);
        unit.scores.quality = quality::combine(unit, &signals);
        unit.scores.quality_signals = settings.explain_quality.then_some(signals);
    }
    result.scores.mqm = result.units.iter().fold(0.0, |a, u| a + u.scores.mqm);
    result.scores.quality = quality::record_quality(&result.units);
    result.below_min_quality = settings
        .min_quality
        .and_then(|min| BelowMinQuality::new(result.scores.quality, min));
    reference::score_record(settings, result);
}

#[cfg(test)]
mod tests {
    use crate::analyse::Lang;
    use crate::config::Settings;
    use crate::input::Record;
    use crate::pipeline::check_record;

    fn checked(min_quality: Option<f64>) -> crate::result::RecordResult {
        checked_with(Settings {
            min_quality,
            ..Settings::default()
        })
    }

    fn checked_with(settings: Settings) -> crate::result::RecordResult {
        let record = Record {
            id: "harga".into(),
            src: "Harga cabai naik 40 persen pekan ini.".into(),
            hyp: "Chili prices rose 14 percent this week.".into(),
            reference: None,
            src_lang: Some(Lang::Id),
            tgt_lang: Some(Lang::En),
            allow: Vec::new(),
            origin: Default::default(),
        };
        check_record(&settings, record)
    }

    #[test]
    fn flags_an_article_below_min_quality_with_its_shortfall() {
        let q = checked(None).scores.quality;
        assert!(q < 100.0, "a changed number costs quality: {q}");
        let b = checked(Some(q + 5.0)).below_min_quality.unwrap();
        assert_eq!((b.quality, b.min_quality), (q, q + 5.0));
        assert!((b.by - 5.0).abs() < 1e-9);
    }

    #[test]
    fn writes_the_quality_signals_only_when_asked() {
        let plain = checked(None);
        assert!(
            plain
                .units
                .iter()
                .all(|u| u.scores.quality_signals.is_none())
        );
        let explained = checked_with(Settings {
            explain_quality: true,
            ..Settings::default()
        });
        let s = explained.units[0].scores.quality_signals.unwrap();
        // The changed number is a finding, and the length is measured.
        assert!(s.major + s.critical > 0.0 && s.short > 0.0, "{s:?}");
        assert_eq!(
            explained.units[0].scores.quality,
            plain.units[0].scores.quality
        );
    }

    #[test]
    fn allows_an_article_at_or_above_min_quality() {
        let q = checked(None).scores.quality;
        assert_eq!(checked(Some(q)).below_min_quality, None);
        assert_eq!(checked(None).below_min_quality, None);
    }
}
