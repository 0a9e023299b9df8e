//! `--threads 1` and `--threads 4` print the same bytes, in every streaming format, on the
//! sample corpus and on a JSONL batch larger than one parallel batch (records are checked in
//! parallel and written in input order; see `pipeline::run`).

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{code, run, sample_records, stderr, write_jsonl};

/// Runs `args` with 1 and with 4 threads and asserts byte-identical output and exit codes.
#[track_caller]
fn assert_same_for_any_thread_count(args: &[&str]) {
    let mut outputs = Vec::new();
    for threads in ["1", "4"] {
        let mut full = args.to_vec();
        full.extend(["--threads", threads]);
        let out = run(&full, b"");
        assert!(
            code(&out) <= 1,
            "{full:?}: exit {}: {}",
            code(&out),
            stderr(&out)
        );
        assert!(!out.stdout.is_empty(), "{full:?}: no output");
        outputs.push((code(&out), out.stdout, out.stderr));
    }
    let (one, four) = (&outputs[0], &outputs[1]);
    assert_eq!(one.0, four.0, "{args:?}: exit codes differ");
    if one.1 != four.1 {
        let a = String::from_utf8_lossy(&one.1);
        let b = String::from_utf8_lossy(&four.1);
        let line = a.lines().zip(b.lines()).position(|(x, y)| x != y);
        panic!("{args:?}: output differs between 1 and 4 threads, first at line {line:?}");
    }
    assert_eq!(one.2, four.2, "{args:?}: standard error differs");
}

#[test]
fn corpus_output_does_not_depend_on_threads() {
    for format in ["jsonl", "human"] {
        assert_same_for_any_thread_count(&["check", "corpora", "--format", format]);
    }
}

#[test]
fn batch_output_does_not_depend_on_threads() {
    let dir = tempfile::tempdir().unwrap();
    let samples = sample_records();
    // 260 records: more than one parallel batch of 256.
    let ids: Vec<String> = (0..260).map(|i| format!("b{i}")).collect();
    let records: Vec<(&str, &str, &str, &str)> = ids
        .iter()
        .enumerate()
        .map(|(i, id)| {
            let (_, s, h, l) = samples[i % samples.len()];
            (id.as_str(), s, h, l)
        })
        .collect();
    let path = write_jsonl(dir.path(), "batch.jsonl", &records);
    let path = path.to_str().unwrap();
    for format in ["jsonl", "human"] {
        assert_same_for_any_thread_count(&["check", "--input", path, "--format", format]);
    }
}
