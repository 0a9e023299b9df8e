//! Reference metrics in `check` (chrF by default; BLEU, chrF++ and TER on request with
//! `--metrics`) when a record has a human reference.
//!
//! A record's reference is one text for the whole article, while scores are wanted per unit.
//! The reference is therefore split into sentences (`segment::split`, in the translation's
//! language) and aligned to the translation's sentences (`align::align`, translation on the
//! source side, reference on the target side; the same length-based aligner the pipeline uses
//! for source and translation). Each run of reference sentences linked to translation sentences
//! goes to the unit that holds the first of those translation sentences; reference sentences
//! linked to no translation sentence (the translation dropped them) go to the unit of the
//! translation sentence before them, or the first unit. So every reference sentence is scored
//! exactly once, and a unit's reference is empty when the reference has nothing for it.
//!
//! Units with translation text get sentence-level scores with sacreBLEU's `sentence_score`
//! defaults (BLEU with effective order). The record's scores come from the units' summed
//! statistics, as sacreBLEU's corpus scores do (BLEU keeps effective order, so a one-line record
//! scores as its one unit does). A record whose translation is empty is scored at record level
//! only, against the whole reference.

use crate::align::{self, AlignSide};
use crate::config::Settings;
use crate::metrics::{Metric, MetricConfig, Stats};
use crate::result::RecordResult;
use crate::result::Scores;
use crate::segment;

/// Fills reference scores when the record has a reference.
pub fn score_record(settings: &Settings, result: &mut RecordResult) {
    let Some(reference) = result.record.reference.as_deref() else {
        return;
    };
    if settings.metrics.is_empty() {
        return;
    }
    let refs = unit_references(result, reference);
    let configs: Vec<(Metric, MetricConfig)> = settings
        .metrics
        .iter()
        .map(|&m| (m, MetricConfig::default_for(m, true)))
        .collect();
    let mut totals: Vec<Stats> = configs.iter().map(|(_, c)| c.zero()).collect();
    let mut any_hyp = false;
    for (unit, reference) in result.units.iter_mut().zip(&refs) {
        if unit.hyp_range.is_none() {
            continue;
        }
        any_hyp = true;
        for ((m, c), total) in configs.iter().zip(&mut totals) {
            let st = c.segment_stats(&unit.hyp, &[reference.as_str()]);
            set(&mut unit.scores, *m, c.score(&st));
            total.add(&st);
        }
    }
    if !any_hyp {
        for ((_, c), total) in configs.iter().zip(&mut totals) {
            total.add(&c.segment_stats(&result.record.hyp, &[reference]));
        }
    }
    for ((m, c), total) in configs.iter().zip(&totals) {
        set(&mut result.scores, *m, c.score(total));
    }
    result.reference_stats = configs.iter().map(|(m, _)| *m).zip(totals).collect();
}

/// The score of statistics summed over records, with the settings the record scores use
/// (`sentence_score` defaults, so BLEU keeps effective order).
pub fn corpus_score(metric: Metric, stats: &Stats) -> f64 {
    MetricConfig::default_for(metric, true).score(stats)
}

fn set(scores: &mut Scores, m: Metric, value: f64) {
    let slot = match m {
        Metric::Bleu => &mut scores.bleu,
        Metric::Chrf => &mut scores.chrf,
        Metric::ChrfPlusPlus => &mut scores.chrf_pp,
        Metric::Ter => &mut scores.ter,
    };
    *slot = Some(value);
}

/// The reference text of each unit (see the module docs), in unit order.
fn unit_references(result: &RecordResult, reference: &str) -> Vec<String> {
    let lang = result.tgt_lang;
    let hyp = &result.record.hyp;
    let hyp_sents = segment::split(hyp, lang);
    let ref_sents = segment::split(reference, lang);
    let links = align::align(
        AlignSide {
            text: hyp,
            sentences: &hyp_sents,
            lang,
        },
        AlignSide {
            text: reference,
            sentences: &ref_sents,
            lang,
        },
    );
    // The unit of each translation sentence, found by the code point where it starts.
    let mut char_at = 0usize;
    let mut byte_at = 0usize;
    let unit_of: Vec<Option<usize>> = hyp_sents
        .iter()
        .map(|s| {
            char_at += hyp[byte_at..s.range.start].chars().count();
            byte_at = s.range.start;
            result.units.iter().position(|u| {
                u.hyp_range
                    .is_some_and(|[a, b]| a <= char_at && char_at < b)
            })
        })
        .collect();
    let first_unit = result.units.iter().position(|u| u.hyp_range.is_some());
    let mut out = vec![String::new(); result.units.len()];
    let mut last_unit = first_unit;
    for link in links {
        // link.src: translation sentences; link.hyp: reference sentences.
        let target = if link.src.is_empty() {
            last_unit
        } else {
            unit_of.get(link.src.start).copied().flatten().or(last_unit)
        };
        if let Some(last) = link
            .src
            .clone()
            .last()
            .and_then(|i| unit_of.get(i).copied().flatten())
        {
            last_unit = Some(last);
        }
        let Some(u) = target else { continue };
        for s in &ref_sents[link.hyp.clone()] {
            let text = &reference[s.range.clone()];
            if !out[u].is_empty() {
                out[u].push(' ');
            }
            out[u].push_str(text);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::analyse::Lang;
    use crate::config::Settings;
    use crate::input::Record;
    use crate::pipeline::check_record;

    fn record(src: &str, hyp: &str, reference: &str) -> Record {
        Record {
            id: "t".into(),
            src: src.into(),
            hyp: hyp.into(),
            reference: Some(reference.into()),
            src_lang: Some(Lang::Id),
            tgt_lang: Some(Lang::En),
            allow: Vec::new(),
            origin: Default::default(),
        }
    }

    #[test]
    fn scores_each_unit_against_its_reference_sentence() {
        let mut settings = Settings::for_checks(Vec::new());
        settings.metrics = vec![crate::metrics::Metric::Chrf, crate::metrics::Metric::Bleu];
        let r = check_record(
            &settings,
            record(
                "Gubernur meresmikan jembatan baru. Warga menyambut gembira.",
                "The governor opened a new bridge. Residents welcomed it happily.",
                "The governor opened the new bridge. Residents welcomed it happily.",
            ),
        );
        assert_eq!(r.units.len(), 2);
        assert_eq!(r.units[1].scores.chrf, Some(100.0));
        assert!(
            r.units[0]
                .scores
                .chrf
                .is_some_and(|c| c < 100.0 && c > 50.0)
        );
        assert!(r.scores.chrf.is_some_and(|c| c < 100.0 && c > 80.0));
        assert!(r.scores.bleu.is_some());
        assert_eq!(r.scores.ter, None);
    }

    #[test]
    fn leaves_scores_empty_without_reference() {
        let settings = Settings::for_checks(Vec::new());
        let mut rec = record("Harga naik.", "Prices rose.", "");
        rec.reference = None;
        let r = check_record(&settings, rec);
        assert_eq!(r.scores.chrf, None);
        assert!(r.units.iter().all(|u| u.scores.chrf.is_none()));
    }
}
