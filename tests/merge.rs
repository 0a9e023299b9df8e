//! `mtcheck merge`: shards of a JSONL input, each checked alone, merge into the document one
//! run over the whole input writes, byte for byte; documents that do not fit are refused,
//! naming the file, with exit 2.

#![allow(clippy::unwrap_used)]

mod common;

use std::path::Path;

use common::{code, paragraph_records, run, run_in, split_lines, stderr};

const METRICS: &str = "chrf,bleu,ter";

fn write(dir: &Path, name: &str, text: &str) -> String {
    std::fs::write(dir.join(name), text).unwrap();
    name.to_string()
}

/// Checks `input` (a file in `dir`) into a JSON document, returning its name.
fn check_json(dir: &Path, input: &str, extra: &[&str]) -> String {
    let doc = format!("{input}.json");
    let mut args = vec!["check", "--input", input, "--format", "json", "-o", &doc];
    if !extra.contains(&"--metrics") {
        args.extend_from_slice(&["--metrics", METRICS]);
    }
    args.extend_from_slice(extra);
    let out = run_in(dir, &args, b"");
    assert!(matches!(code(&out), 0..=2), "{}", stderr(&out));
    doc
}

fn merge(dir: &Path, args: &[&str]) -> std::process::Output {
    let mut all = vec!["merge"];
    all.extend_from_slice(args);
    run_in(dir, &all, b"")
}

#[test]
fn shards_checked_alone_merge_into_the_one_run_document() {
    let dir = tempfile::tempdir().unwrap();
    let text = paragraph_records(240);
    write(dir.path(), "all.jsonl", &text);
    let whole = check_json(dir.path(), "all.jsonl", &[]);
    let mut docs = Vec::new();
    for (i, part) in split_lines(&text, 3).iter().enumerate() {
        let name = write(dir.path(), &format!("part-{i}.jsonl"), part);
        docs.push(check_json(dir.path(), &name, &[]));
    }
    let mut args: Vec<&str> = docs.iter().map(String::as_str).collect();
    args.extend_from_slice(&["--input-name", "all.jsonl", "-o", "merged.json"]);
    let out = merge(dir.path(), &args);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let one = std::fs::read_to_string(dir.path().join(&whole)).unwrap();
    let merged = std::fs::read_to_string(dir.path().join("merged.json")).unwrap();
    // The input holds what makes a merge hard: bad records in later shards (their lines move
    // down), records named by their line, reference statistics.
    let v: serde_json::Value = serde_json::from_str(&one).unwrap();
    assert!(v["errors"].as_array().unwrap().len() >= 4, "{one}");
    assert!(
        one.contains("\"id\": \"all.jsonl:"),
        "no record named by its line"
    );
    assert!(v["summary"]["corpus_reference"]["bleu"].is_number());
    assert!(merged == one, "merged document differs from the one run's");

    // Without --input-name, the merged input is named as the first shard names it.
    let out = merge(
        dir.path(),
        &docs.iter().map(String::as_str).collect::<Vec<_>>(),
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let named = String::from_utf8(out.stdout).unwrap();
    assert_eq!(named.replace("part-0.jsonl", "all.jsonl"), one);
}

#[test]
fn streamed_shards_report_their_summary_and_the_lines_they_read() {
    let dir = tempfile::tempdir().unwrap();
    let text = paragraph_records(150);
    let one = run(
        &["check", "--input", "-", "--format", "json"],
        text.as_bytes(),
    );
    let one_units = run(
        &["check", "--input", "-", "--format", "jsonl"],
        text.as_bytes(),
    );
    let mut summaries = Vec::new();
    let mut units = Vec::new();
    for (i, part) in split_lines(&text, 4).iter().enumerate() {
        let summary = dir.path().join(format!("part-{i}.json"));
        let s = summary.to_str().unwrap();
        let out = run(
            &["check", "--input", "-", "--format", "jsonl", "--summary", s],
            part.as_bytes(),
        );
        assert!(matches!(code(&out), 0..=2), "{}", stderr(&out));
        units.extend_from_slice(&out.stdout);
        let doc: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&summary).unwrap()).unwrap();
        // Every line fed, blank ones included, is counted: a tool that stopped early shows.
        assert_eq!(doc["input"]["lines"], part.lines().count(), "part {i}");
        assert_eq!(doc["input"]["path"], "<stdin>");
        summaries.push(s.to_string());
    }
    let out = merge(
        dir.path(),
        &summaries.iter().map(String::as_str).collect::<Vec<_>>(),
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(
        out.stdout == one.stdout,
        "merged summaries differ from the one run's"
    );
    // The units of records with an id are the one run's (records without one are named by
    // their line in the shard).
    let keep = |b: &[u8]| -> Vec<String> {
        String::from_utf8_lossy(b)
            .lines()
            .filter(|l| !l.starts_with("{\"id\":\"<stdin>"))
            .map(str::to_string)
            .collect()
    };
    assert_eq!(keep(&units), keep(&one_units.stdout));
}

#[test]
fn counts_a_last_line_without_a_line_break() {
    let dir = tempfile::tempdir().unwrap();
    let text = paragraph_records(3);
    let cut = text.trim_end_matches('\n');
    let s = dir.path().join("s.json");
    let out = run(
        &[
            "check",
            "-i",
            "-",
            "-f",
            "jsonl",
            "--summary",
            s.to_str().unwrap(),
        ],
        format!("\n{cut}").as_bytes(),
    );
    assert!(matches!(code(&out), 0..=2), "{}", stderr(&out));
    let doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&s).unwrap()).unwrap();
    assert_eq!(doc["input"]["lines"], 4);
    assert_eq!(doc["summary"]["articles"], 3);
}

/// Merges `a.json` with `name`, expecting a refusal that names `name` and says `why`.
fn assert_refused(dir: &Path, name: &str, why: &str) {
    let out = merge(dir, &["a.json", name]);
    assert_eq!(code(&out), 2, "{name}: {}", stderr(&out));
    assert!(out.stdout.is_empty(), "{name}: wrote output");
    let err = stderr(&out);
    assert!(
        err.starts_with(&format!("mtcheck: {name}: ")) && err.contains(why),
        "{name}: {err}"
    );
}

#[test]
fn refuses_documents_that_do_not_fit() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "a.jsonl", &paragraph_records(12));
    let a = check_json(d, "a.jsonl", &[]);
    std::fs::rename(d.join(&a), d.join("a.json")).unwrap();
    let good = std::fs::read_to_string(d.join("a.json")).unwrap();

    write(
        d,
        "units.jsonl",
        "{\"id\": \"x\", \"unit\": 1}\n{\"id\": \"y\"}\n",
    );
    assert_refused(d, "units.jsonl", "not a JSON document");
    write(d, "other.json", "{\"tool\": {\"name\": \"sacrebleu\"}}");
    assert_refused(d, "other.json", "not an mtcheck JSON document");
    write(d, "cut.json", &good[..good.len() / 2]);
    assert_refused(d, "cut.json", "not a JSON document");
    write(
        d,
        "old.json",
        &good.replacen(
            &format!("\"version\": \"{}\"", env!("CARGO_PKG_VERSION")),
            "\"version\": \"0.0.1\"",
            1,
        ),
    );
    assert_refused(d, "old.json", "written by mtcheck 0.0.1");
    let edited = good.replacen("\"findings\": ", "\"findings\": 1", 1);
    write(d, "edited.json", &edited);
    assert_refused(d, "edited.json", "does not add up");
    let v: serde_json::Value = serde_json::from_str(&good).unwrap();
    let mut bare = v.clone();
    bare.as_object_mut().unwrap().remove("settings");
    write(
        d,
        "bare.json",
        &serde_json::to_string_pretty(&bare).unwrap(),
    );
    assert_refused(d, "bare.json", "holds no \"settings\"");

    write(d, "b.jsonl", &paragraph_records(12));
    let b = check_json(d, "b.jsonl", &["--metrics", "chrf"]);
    assert_refused(d, &b, "other reference metrics (chrf)");
    let c = check_json(d, "b.jsonl", &["--tgt-lang", "fr"]);
    assert_refused(d, &c, "other settings than a.json");
    write(d, "mtcheck.toml", "[rules]\n\"length/ratio\" = \"off\"\n");
    let e = check_json(d, "b.jsonl", &[]);
    assert_refused(d, &e, "other settings than a.json");
    std::fs::remove_file(d.join("mtcheck.toml")).unwrap();
    // The same settings merge (the threads and --fail-on change no figure).
    let f = check_json(d, "b.jsonl", &["--threads", "1", "--fail-on", "minor"]);
    let out = merge(d, &["a.json", &f]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));

    let out = merge(d, &["a.json", "missing.json"]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).starts_with("mtcheck: missing.json: cannot be read"));
}

#[test]
fn shards_numbered_as_the_whole_input_give_its_units_and_merge_in_order_only() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let text = paragraph_records(150);
    let whole = d.join("one.json");
    let one = run(
        &[
            "check",
            "-i",
            "-",
            "-f",
            "jsonl",
            "--summary",
            whole.to_str().unwrap(),
        ],
        text.as_bytes(),
    );
    let (mut units, mut docs, mut first) = (Vec::new(), Vec::new(), 1);
    for (i, part) in split_lines(&text, 3).iter().enumerate() {
        let doc = d.join(format!("part-{i}.json"));
        let n = first.to_string();
        let out = run(
            &[
                "check",
                "-i",
                "-",
                "-f",
                "jsonl",
                "--first-line",
                &n,
                "--summary",
                doc.to_str().unwrap(),
            ],
            part.as_bytes(),
        );
        assert!(matches!(code(&out), 0..=2), "{}", stderr(&out));
        // Messages name the line in the whole input.
        for line in stderr(&out).lines() {
            let at: usize = line.split(':').nth(2).unwrap().parse().unwrap();
            assert!(at >= first, "{line}");
        }
        units.extend_from_slice(&out.stdout);
        docs.push(doc.to_str().unwrap().to_string());
        first += part.lines().count();
    }
    // Every unit as one run writes it, records without an id included.
    assert!(String::from_utf8_lossy(&one.stdout).contains("{\"id\":\"<stdin>:"));
    assert!(
        units == one.stdout,
        "the shards' units differ from one run's"
    );
    let out = merge(d, &docs.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(
        out.stdout == std::fs::read(&whole).unwrap(),
        "merged differs"
    );
    // A shard missing, or out of order.
    for order in [[0, 2], [1, 0]] {
        let out = merge(d, &[docs[order[0]].as_str(), docs[order[1]].as_str()]);
        assert_eq!(code(&out), 2, "{order:?}");
        let err = stderr(&out);
        assert!(err.contains("a shard missing, or out of order"), "{err}");
        assert!(
            err.starts_with(&format!("mtcheck: {}: starts at line", docs[order[1]])),
            "{err}"
        );
    }
}
