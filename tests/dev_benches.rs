//! The dev benches beside the repository (`../shared/data/qa-bench`, `../shared/data/align-bench`,
//! never copied into it): runs `mtcheck check --format jsonl` over each and scores the output
//! with the benches' own scorers (`../shared/tools/score_qa.py`, `score_align.py`, Python 3), then
//! holds the figures at what they were when this was last measured, so that a change that loses
//! recall or adds false alarms fails CI instead of going unnoticed. Raise the floors when a
//! change improves them; `../shared/tools/measure --full` prints the whole tables.
//!
//! Ignored by default because it reads `../shared`; CI runs it with `cargo test -- --ignored`.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{code, run, stderr};

fn shared() -> PathBuf {
    common::root().join("..").join("shared")
}

/// Runs mtcheck over `bench` and its scorer over the output; returns the scorer's report.
fn score(bench: &str, scorer: &str) -> String {
    let input = shared().join("data").join(bench).join("dev.jsonl");
    assert!(input.is_file(), "{} not found", input.display());
    let out = run(
        &[
            "check",
            "--input",
            input.to_str().unwrap(),
            "--format",
            "jsonl",
        ],
        b"",
    );
    assert!(code(&out) <= 1, "exit {}: {}", code(&out), stderr(&out));
    let dir = tempfile::tempdir().unwrap();
    let units = dir.path().join("units.jsonl");
    std::fs::write(&units, &out.stdout).unwrap();
    scorer_report(&shared().join("tools").join(scorer), &input, &units)
}

fn scorer_report(scorer: &Path, input: &Path, units: &Path) -> String {
    let out = Command::new("python3")
        .arg(scorer)
        .arg(input)
        .arg(units)
        .output()
        .expect("python3 runs the bench scorer");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report = String::from_utf8(out.stdout).unwrap();
    println!("{report}");
    report
}

/// The number after `key` in `report` ("recall 0.915" -> 0.915).
fn figure(report: &str, key: &str) -> f64 {
    let at = report
        .find(key)
        .unwrap_or_else(|| panic!("{key:?} in {report}"))
        + key.len();
    report[at..]
        .trim_start()
        .split(|c: char| !(c.is_ascii_digit() || c == '.'))
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("a number after {key:?} in {report}"))
}

/// The `found/total` after `key` ("added sentences found 42/53" -> (42, 53)).
fn fraction(report: &str, key: &str) -> (u32, u32) {
    let at = report
        .find(key)
        .unwrap_or_else(|| panic!("{key:?} in {report}"))
        + key.len();
    let text = report[at..].trim_start();
    let end = text
        .find(|c: char| !(c.is_ascii_digit() || c == '/'))
        .unwrap_or(text.len());
    let (a, b) = text[..end].split_once('/').expect("found/total");
    (a.parse().unwrap(), b.parse().unwrap())
}

#[test]
#[ignore = "reads ../shared/data; run with --ignored"]
fn qa_bench_recall_and_false_alarms_hold() {
    let report = score("qa-bench", "score_qa.py");
    let last = report.lines().last().expect("the scorer's last line");
    let recall = figure(last, "recall ");
    let (alarms, clean) = total_false_alarms(&report);
    assert!(
        recall >= QA_RECALL_FLOOR,
        "recall {recall} < {QA_RECALL_FLOOR}"
    );
    assert!(
        alarms <= QA_FALSE_ALARMS_CEILING,
        "false alarms {alarms}/{clean} > {QA_FALSE_ALARMS_CEILING}"
    );
}

/// The scorer's total false alarms: the last `N/M` of its "false alarms" row.
fn total_false_alarms(report: &str) -> (u32, u32) {
    let row = report
        .lines()
        .find(|l| l.starts_with("false alarms ") && !l.starts_with("false alarms by"))
        .expect("the false alarms row");
    let last = row.split_whitespace().last().expect("a total");
    let (a, b) = last.split_once('/').expect("found/total");
    (a.parse().unwrap(), b.parse().unwrap())
}

#[test]
#[ignore = "reads ../shared/data; run with --ignored"]
fn align_bench_figures_hold() {
    let report = score("align-bench", "score_align.py");
    let f1_row = report
        .lines()
        .find(|l| l.starts_with("alignment F1 by target language"))
        .expect("the F1 row");
    for lang in ["ar", "en", "fr", "ja", "zh"] {
        let f1 = figure(f1_row, &format!(" {lang} "));
        assert!(f1 >= 0.97, "link F1 {lang} {f1} < 0.97");
    }
    let (dropped, all_dropped) = fraction(&report, "dropped sentences found");
    assert!(
        dropped * 10 >= all_dropped * 9,
        "dropped {dropped}/{all_dropped}"
    );
    let (added, _) = fraction(&report, "added sentences found");
    assert!(
        added >= ALIGN_ADDED_FLOOR,
        "added {added} < {ALIGN_ADDED_FLOOR}"
    );
    let (one_sided, units) = fraction(&report, "one-sided units in clean documents");
    assert!(one_sided * 100 <= units, "one-sided {one_sided}/{units}");
}

/// The figures as last measured (see the module comment). Recall fell from 0.964 when the
/// rules became major only for evidence right 19 times in 20 on news they were not tuned on
/// (precision first: a lost negation only where the negated word is kept; clause omissions,
/// length and a missing place minor); the false alarms are what holds. The eighth false alarm
/// is a Japanese NTREX line whose translation itself leaves out "tidak berbicara", seen since
/// a Japanese verb counts by its kanji stem (one lost negation more on the check bench).
/// Recall fell again, 0.795 -> 0.780, when lost negations in Chinese and Japanese became minor
/// (evidence found as substrings: right 35 times, wrong 8 on dev and check together).
const QA_RECALL_FLOOR: f64 = 0.78;
const QA_FALSE_ALARMS_CEILING: u32 = 8;
const ALIGN_ADDED_FLOOR: u32 = 48;
