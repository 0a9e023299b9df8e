//! Helpers shared by every check's tests: run one check over a sentence pair through the real
//! pipeline (segmentation, alignment, analysis) and assert on what it reports.

use super::{Check, RawFinding};
use crate::analyse::Lang;
use crate::pipeline::{self, Settings};

fn lang(code: &str) -> Lang {
    Lang::from_code(code).expect("test uses a supported language code")
}

/// Runs `check` alone over the pair, through segmentation and alignment.
pub fn run(check: &'static dyn Check, src: (&str, &str), hyp: (&str, &str)) -> Vec<RawFinding> {
    let mut settings = Settings::for_checks(vec![check]);
    settings.lists = crate::lexicon::watchlist::example_lists();
    pipeline::raw_findings(&settings, src.1, hyp.1, lang(src.0), lang(hyp.0))
}

/// Runs a rule's own example `(src_lang, src, tgt_lang, hyp)`.
pub fn run_example(check: &'static dyn Check, ex: (&str, &str, &str, &str)) -> Vec<RawFinding> {
    run(check, (ex.0, ex.1), (ex.2, ex.3))
}

/// Asserts that `check` reports `rule` on the pair.
#[track_caller]
pub fn assert_flags(check: &'static dyn Check, src: (&str, &str), hyp: (&str, &str), rule: &str) {
    let found = run(check, src, hyp);
    assert!(
        found.iter().any(|f| f.rule.id == rule),
        "expected {rule} on\n  src: {}\n  hyp: {}\nfound: {found:#?}",
        src.1,
        hyp.1
    );
}

/// Asserts that `check` reports nothing on the pair.
#[track_caller]
pub fn assert_clean(check: &'static dyn Check, src: (&str, &str), hyp: (&str, &str)) {
    let found = run(check, src, hyp);
    assert!(
        found.is_empty(),
        "expected nothing on\n  src: {}\n  hyp: {}\nfound: {found:#?}",
        src.1,
        hyp.1
    );
}

/// Asserts that `check` reports `rule` with the suggestion `suggestion`.
#[track_caller]
pub fn assert_suggestion(
    check: &'static dyn Check,
    src: (&str, &str),
    hyp: (&str, &str),
    rule: &str,
    suggestion: &str,
) {
    let found = run(check, src, hyp);
    assert!(
        found
            .iter()
            .any(|f| f.rule.id == rule && f.suggestion.as_deref() == Some(suggestion)),
        "expected {rule} suggesting {suggestion:?} on\n  src: {}\n  hyp: {}\nfound: {found:#?}",
        src.1,
        hyp.1
    );
}
