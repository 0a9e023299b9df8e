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

/// A record's language: the one it states (a JSONL field, a file name), else the one given
/// (flags, mtcheck.toml), else the one its text reads as, else `fallback`. A translation
/// detected as the source's own language keeps that language: `untranslated/copied` reports a
/// translation in the source language as untranslated, whatever the target was to be.
fn decide_lang(given: Option<Lang>, record: Option<Lang>, text: &str, fallback: Lang) -> Lang {
    record
        .or(given)
        .or_else(|| lang::detect(text).lang)
        .unwrap_or(fallback)
}

/// Most text language detection reads of each side for `check_direction`: an article's
/// opening is enough to tell its language, and the cost stays flat for long ones.
const DIRECTION_SAMPLE_BYTES: usize = 4096;

/// The language `text` reliably reads as (its first `DIRECTION_SAMPLE_BYTES`).
pub fn reads_as(text: &str) -> Option<Lang> {
    let mut end = text.len().min(DIRECTION_SAMPLE_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let guess = lang::detect(&text[..end]);
    guess.lang.filter(|_| guess.is_reliable)
}

/// Refuses a record whose source looks like the translation of the other text: the
/// translation reads as the language sources are in (the record's or the user's source
/// language, else Indonesian) and the source as another language, the target language when
/// one is stated. Checked the wrong way round, a lost negation becomes an added one and every
/// finding points at the wrong text, so the record is not checked at all: the message says
/// to swap them, or how to ask for a translation into that language. Nothing is refused when
/// the target language stated is the source language itself (a translation into Indonesian
/// asked for), or when either text is too short to tell.
pub fn check_direction(settings: &Settings, record: &Record) -> Result<(), InputError> {
    let expected = record.src_lang.or(settings.src_lang).unwrap_or(Lang::Id);
    let target = record.tgt_lang.or(settings.tgt_lang);
    if target == Some(expected) || reads_as(&record.hyp) != Some(expected) {
        return Ok(());
    }
    match swapped_source(expected, target, reads_as(&record.src), Some(expected)) {
        Some(src) => Err(swapped(record, src, expected)),
        None => Ok(()),
    }
}

/// The language of a source that looks like the translation of the other text: the
/// translation is in `expected`, the language sources are in, and the source in another
/// language (`target`, when one is stated). `None` when the direction looks right, when a
/// translation into `expected` is what was asked for, or when a language is not known.
pub fn swapped_source(
    expected: Lang,
    target: Option<Lang>,
    src: Option<Lang>,
    hyp: Option<Lang>,
) -> Option<Lang> {
    if target == Some(expected) || hyp != Some(expected) {
        return None;
    }
    src.filter(|&s| s != expected && target.is_none_or(|t| t == s))
}

/// The error for a record whose source reads as `src` and translation as `expected`, the
/// language the source should be in.
fn swapped(record: &Record, src: Lang, expected: Lang) -> InputError {
    let (s, e) = (src.name(), expected.name());
    let origin = &record.origin;
    match (&origin.src_path, origin.line) {
        (Some(src_path), _) => InputError::Swapped {
            path: src_path.clone(),
            line: None,
            id: None,
            message: format!(
                "looks like the translation, not the source: it reads as {s} and {} reads as {e}, the source language (give the source first, or in a corpus folder put it in {}.txt; to check a translation into {e}, pass --src-lang {src} --tgt-lang {expected}); article skipped",
                crate::input::display_path(&origin.hyp_path),
                expected.code(),
            ),
        },
        (None, line) => InputError::Swapped {
            path: origin.hyp_path.clone(),
            line,
            // A record without an id is named by its line alone (its id is "file:line").
            id: line
                .is_none_or(|l| {
                    record.id != format!("{}:{l}", crate::input::display_path(&origin.hyp_path))
                })
                .then(|| record.id.clone()),
            message: format!(
                "\"src\" looks like the translation, not the source: it reads as {s} and \"hyp\" reads as {e}, the source language (swap the two fields; to check a translation into {e}, set \"src_lang\": \"{src}\" and \"tgt_lang\": \"{expected}\"); record skipped"
            ),
        },
    }
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
        .map(|(index, (sr, hr, _, _))| {
            UnitView::new(
                index,
                Side::new(src, sr.clone(), src_lang),
                Side::new(hyp, hr.clone(), tgt_lang),
                reference,
                lists,
            )
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
            // The text's quality signals, while the checks' analyses are at hand; `score`
            // adds the findings.
            scores: Scores {
                quality_signals: Some(score::quality::text_signals(
                    view,
                    *has_src && *has_hyp,
                    settings.explain_quality,
                )),
                ..Scores::default()
            },
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
        below_min_quality: None,
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
                .map(|item| {
                    item.and_then(|r| check_direction(settings, &r).map(|()| r))
                        .map(|r| check_record(settings, r))
                })
                .collect()
        });
        for r in results {
            match r {
                Ok(res) => {
                    outcome.records += 1;
                    outcome.max_severity = outcome.max_severity.max(res.max_severity());
                    let q = res.scores.quality;
                    outcome.min_quality = Some(outcome.min_quality.map_or(q, |m: f64| m.min(q)));
                    outcome.below_min_quality += usize::from(res.below_min_quality.is_some());
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::Severity;
    use crate::input::Origin;

    const ID: &str = "Pemerintah Kota Surabaya membuka 25 taman baru sepanjang tahun ini. Wali Kota \
mengatakan taman-taman itu terbuka untuk umum setiap hari.";
    const EN: &str = "The Surabaya city government opened 25 new parks this year. The mayor said \
the parks are open to the public every day.";

    fn record(src: &str, hyp: &str, langs: (Option<Lang>, Option<Lang>)) -> Record {
        Record {
            id: "taman".into(),
            src: src.into(),
            hyp: hyp.into(),
            reference: None,
            src_lang: langs.0,
            tgt_lang: langs.1,
            allow: Vec::new(),
            origin: Origin {
                hyp_path: "records.jsonl".into(),
                src_path: None,
                line: Some(3),
            },
        }
    }

    #[test]
    fn flags_a_record_whose_source_and_translation_are_swapped() {
        let settings = Settings::default();
        for langs in [
            (None, None),
            (Some(Lang::Id), Some(Lang::En)),
            (None, Some(Lang::En)),
        ] {
            let e = check_direction(&settings, &record(EN, ID, langs)).unwrap_err();
            assert!(matches!(e, InputError::Swapped { .. }), "{langs:?}");
            assert_eq!(e.record_id(), Some("taman"));
            assert!(
                e.to_string().starts_with(
                    "records.jsonl:3: record \"taman\": \"src\" looks like the translation, not the source: it reads as English and \"hyp\" reads as Indonesian"
                ),
                "{e}"
            );
        }
    }

    #[test]
    fn allows_a_translation_into_the_source_language_when_asked_for() {
        let settings = Settings::default();
        // The record says so, or only the target language is given and it is Indonesian.
        for langs in [(Some(Lang::En), Some(Lang::Id)), (None, Some(Lang::Id))] {
            assert!(
                check_direction(&settings, &record(EN, ID, langs)).is_ok(),
                "{langs:?}"
            );
        }
        let settings = Settings {
            src_lang: Some(Lang::En),
            ..Settings::default()
        };
        assert!(check_direction(&settings, &record(EN, ID, (None, None))).is_ok());
    }

    #[test]
    fn allows_the_right_way_round_and_an_untranslated_copy() {
        let settings = Settings::default();
        assert!(check_direction(&settings, &record(ID, EN, (None, None))).is_ok());
        // A copy is untranslated (a finding), not swapped: both texts are Indonesian.
        assert!(check_direction(&settings, &record(ID, ID, (None, Some(Lang::En)))).is_ok());
        // A French source with an Indonesian "translation" stated as English: the source is
        // not the stated target language, so it is not taken for the translation of the other.
        let fr =
            "Le gouvernement de Surabaya a ouvert 25 nouveaux parcs cette année, a dit le maire.";
        assert!(check_direction(&settings, &record(fr, ID, (None, Some(Lang::En)))).is_ok());
    }

    #[test]
    fn a_translation_detected_in_the_source_language_keeps_it() {
        // No target stated and the text is Indonesian: the record is "id -> id", which
        // untranslated/copied reports as untranslated, rather than an English edition.
        let r = check_record(&Settings::default(), record(ID, ID, (None, None)));
        assert_eq!((r.src_lang, r.tgt_lang), (Lang::Id, Lang::Id));
        assert_eq!(r.max_severity(), Some(Severity::Critical));
    }
}
