//! Records -> units -> findings + scores. For each record: decide the languages, segment both
//! sides, align, build one `UnitView` per aligned unit, run every enabled check, stamp
//! severities, convert spans to code points and score. Records run in parallel with rayon in
//! batches; each batch is collected in input order and handed to the single writer, so the
//! output does not depend on the number of threads.

use std::ops::Range;

use rayon::prelude::*;

use crate::align::{self, AlignSide, Link};
use crate::analyse::{Lang, Side, lang};
use crate::checks::{DocView, Findings, RawFinding, UnitView};
use crate::error::InputError;
use crate::input::Record;
use crate::report::{Reporter, RunSummary};
use crate::result::{Finding, Outcome, RecordResult, Scores, UnitResult};
use crate::score;
use crate::segment::{self, Sentence};
use crate::text::span::CharIndex;

/// The settings a run takes (defined in `config`, which resolves them); here too because every
/// caller of `run` and `check_record` needs them.
pub use crate::config::Settings;

fn decide_lang(given: Option<Lang>, record: Option<Lang>, text: &str, fallback: Lang) -> Lang {
    record
        .or(given)
        .or_else(|| lang::detect(text).lang)
        .unwrap_or(fallback)
}

/// The aligned units of one pair of texts: sentence ranges on each side, by byte offsets.
struct Aligned {
    units: Vec<(Range<usize>, Range<usize>, bool, bool)>,
}

fn align_texts(
    settings: &Settings,
    src: &str,
    hyp: &str,
    src_lang: Lang,
    tgt_lang: Lang,
) -> Aligned {
    let mut src_sents = segment::split(src, src_lang);
    let mut hyp_sents = segment::split(hyp, tgt_lang);
    if let Some(b) = &settings.boilerplate {
        src_sents = b.keep(src, src_sents);
        hyp_sents = b.keep(hyp, hyp_sents);
    }
    let links = align::align(
        AlignSide {
            text: src,
            sentences: &src_sents,
            lang: src_lang,
        },
        AlignSide {
            text: hyp,
            sentences: &hyp_sents,
            lang: tgt_lang,
        },
    );
    let mut units = Vec::with_capacity(links.len());
    let (mut src_pos, mut hyp_pos) = (0usize, 0usize);
    for Link { src: s, hyp: h } in links {
        let sr = byte_range(&src_sents, s, src_pos);
        let hr = byte_range(&hyp_sents, h, hyp_pos);
        src_pos = sr.0.end;
        hyp_pos = hr.0.end;
        units.push((sr.0, hr.0, sr.1, hr.1));
    }
    Aligned { units }
}

/// The byte range covered by sentences `r`, or an empty range at `pos` when `r` is empty.
fn byte_range(sents: &[Sentence], r: Range<usize>, pos: usize) -> (Range<usize>, bool) {
    if r.is_empty() {
        (pos..pos, false)
    } else {
        (sents[r.start].range.start..sents[r.end - 1].range.end, true)
    }
}

fn run_checks(settings: &Settings, views: &[UnitView<'_>]) -> Vec<RawFinding> {
    let mut out = Findings::default();
    for view in views {
        out.unit = view.index;
        for check in &settings.rules.checks {
            check.check(view, &mut out);
        }
    }
    let doc = DocView { units: views };
    for check in &settings.rules.checks {
        check.check_document(&doc, &mut out);
    }
    out.items
}

fn build_views<'a>(
    aligned: &Aligned,
    src: &'a str,
    hyp: &'a str,
    src_lang: Lang,
    tgt_lang: Lang,
    reference: Option<&'a str>,
    lists: &'a crate::lexicon::watchlist::UserLists,
) -> Vec<UnitView<'a>> {
    aligned
        .units
        .iter()
        .enumerate()
        .map(|(index, (sr, hr, _, _))| UnitView {
            index,
            src: Side::new(src, sr.clone(), src_lang),
            hyp: Side::new(hyp, hr.clone(), tgt_lang),
            reference,
            lists,
        })
        .collect()
}

/// Runs the checks over one pair of texts and returns what they report, before stamping (for
/// the checks' own tests).
pub fn raw_findings(
    settings: &Settings,
    src: &str,
    hyp: &str,
    src_lang: Lang,
    tgt_lang: Lang,
) -> Vec<RawFinding> {
    let aligned = align_texts(settings, src, hyp, src_lang, tgt_lang);
    let views = build_views(
        &aligned,
        src,
        hyp,
        src_lang,
        tgt_lang,
        None,
        &settings.lists,
    );
    run_checks(settings, &views)
}

/// Checks one record.
pub fn check_record(settings: &Settings, record: Record) -> RecordResult {
    let src_lang = decide_lang(settings.src_lang, record.src_lang, &record.src, Lang::Id);
    let tgt_lang = decide_lang(settings.tgt_lang, record.tgt_lang, &record.hyp, Lang::En);
    let aligned = align_texts(settings, &record.src, &record.hyp, src_lang, tgt_lang);
    let views = build_views(
        &aligned,
        &record.src,
        &record.hyp,
        src_lang,
        tgt_lang,
        record.reference.as_deref(),
        &settings.lists,
    );
    let raw = run_checks(settings, &views);
    let src_ix = CharIndex::new(&record.src);
    let hyp_ix = CharIndex::new(&record.hyp);
    let mut units: Vec<UnitResult> = aligned
        .units
        .iter()
        .zip(&views)
        .map(|((sr, hr, has_src, has_hyp), view)| UnitResult {
            index: view.index,
            src_range: has_src.then(|| src_ix.span(sr.clone())),
            hyp_range: has_hyp.then(|| hyp_ix.span(hr.clone())),
            src: view.src.text.to_string(),
            hyp: view.hyp.text.to_string(),
            scores: Scores::default(),
            findings: Vec::new(),
            src_words: view.src.tokens().len(),
        })
        .collect();
    for f in raw {
        if record.allow.iter().any(|a| a == f.rule.id) {
            continue;
        }
        let Some(unit) = units.get_mut(f.unit) else {
            continue;
        };
        let (sr, hr) = (&aligned.units[f.unit].0, &aligned.units[f.unit].1);
        let shift = |span: Option<Range<usize>>, base: &Range<usize>, ix: &CharIndex| {
            span.map(|s| {
                ix.span(base.start + s.start.min(base.len())..base.start + s.end.min(base.len()))
            })
        };
        unit.findings.push(Finding {
            severity: settings.rules.severity(f.rule, f.severity),
            rule: f.rule,
            hyp_span: shift(f.hyp_span, hr, &hyp_ix),
            src_span: shift(f.src_span, sr, &src_ix),
            message: f.message,
            suggestion: f.suggestion,
        });
    }
    for unit in &mut units {
        unit.findings.sort_by_key(|f| {
            (
                f.hyp_span.or(f.src_span).map_or(0, |s| s[0]),
                std::cmp::Reverse(f.severity),
                f.rule.id,
            )
        });
    }
    drop(views);
    let mut result = RecordResult {
        record,
        src_lang,
        tgt_lang,
        units,
        scores: Scores::default(),
        reference_stats: Vec::new(),
    };
    score::score_record(settings, &mut result);
    result
}

/// Runs every item through the checks, in parallel batches, and hands each result to the
/// reporter in input order. Bad records go to the reporter as errors, and the run goes on.
pub fn run(
    settings: &Settings,
    items: impl Iterator<Item = Result<Record, InputError>>,
    reporter: &mut dyn Reporter,
) -> std::io::Result<Outcome> {
    let mut outcome = Outcome::default();
    let mut summary = RunSummary::default();
    let mut builder = rayon::ThreadPoolBuilder::new();
    if let Some(n) = settings.threads {
        builder = builder.num_threads(n.max(1));
    }
    let pool = builder.build().map_err(std::io::Error::other)?;
    let mut items = items.peekable();
    let batch = settings.batch_size.max(1);
    while items.peek().is_some() {
        let chunk: Vec<Result<Record, InputError>> = items.by_ref().take(batch).collect();
        let results: Vec<Result<RecordResult, InputError>> = pool.install(|| {
            chunk
                .into_par_iter()
                .map(|item| item.map(|r| check_record(settings, r)))
                .collect()
        });
        for r in results {
            match r {
                Ok(res) => {
                    outcome.records += 1;
                    outcome.max_severity = outcome.max_severity.max(res.max_severity());
                    let q = res.scores.quality;
                    outcome.min_quality = Some(outcome.min_quality.map_or(q, |m: f64| m.min(q)));
                    summary.add(&res);
                    reporter.record(&res)?;
                }
                Err(e) => {
                    outcome.input_errors += 1;
                    summary.errors.push(e.to_string());
                    reporter.input_error(&e)?;
                }
            }
        }
    }
    reporter.finish(&summary)?;
    Ok(outcome)
}
