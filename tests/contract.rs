//! The JSONL data contract (`src/report/jsonl.rs`), checked on real runs of the binary:
//! field names and types (unknown fields rejected), ranges and spans in code points of the
//! record's own text (`src[range]` is the unit's `src`), `kind` from the contract's list, units in
//! input order, and every record present. Like ripgrep's `tests/json.rs`, it reads the output
//! back into typed structs instead of comparing strings.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use common::{KINDS, Unit, code, run, sample_records, slice, stderr, units, write_jsonl};

/// Checks every unit of one record against its source and translation text.
#[track_caller]
fn check_record(id: &str, src: &str, hyp: &str, record_units: &[&Unit]) {
    assert!(!record_units.is_empty(), "{id}: no units");
    let (mut src_end, mut hyp_end) = (0, 0);
    let (src_len, hyp_len) = (src.chars().count(), hyp.chars().count());
    for (n, u) in record_units.iter().enumerate() {
        let at = format!("{id} unit {}", u.unit);
        assert_eq!(u.unit, n + 1, "{at}: units are numbered from 1 in order");
        assert!(
            u.src_range.is_some() || u.hyp_range.is_some(),
            "{at}: a unit has text on at least one side"
        );
        match u.src_range {
            Some(r) => {
                assert!(
                    r[0] <= r[1] && r[1] <= src_len,
                    "{at}: src_range {r:?} out of the text"
                );
                assert!(
                    r[0] >= src_end,
                    "{at}: src_range {r:?} overlaps or goes back"
                );
                assert_eq!(
                    slice(src, r),
                    u.src,
                    "{at}: src[src_range] is the unit's src"
                );
                src_end = r[1];
            }
            None => assert_eq!(u.src, "", "{at}: no src_range, so no src text"),
        }
        match u.hyp_range {
            Some(r) => {
                assert!(
                    r[0] <= r[1] && r[1] <= hyp_len,
                    "{at}: hyp_range {r:?} out of the text"
                );
                assert!(
                    r[0] >= hyp_end,
                    "{at}: hyp_range {r:?} overlaps or goes back"
                );
                assert_eq!(
                    slice(hyp, r),
                    u.hyp,
                    "{at}: hyp[hyp_range] is the unit's hyp"
                );
                hyp_end = r[1];
            }
            None => assert_eq!(u.hyp, "", "{at}: no hyp_range, so no hyp text"),
        }
        let quality = u.scores.get("quality").copied();
        assert!(
            quality.is_some_and(|q| (0.0..=100.0).contains(&q)),
            "{at}: scores.quality {quality:?} is a number from 0 to 100"
        );
        for f in &u.flags {
            let at = format!("{at} {}", f.rule);
            assert!(
                KINDS.contains(&f.kind.as_str()),
                "{at}: kind {:?} is not in the contract's list",
                f.kind
            );
            assert!(
                f.rule.starts_with(&format!("{}/", f.kind)),
                "{at}: the rule id starts with its kind"
            );
            assert!(
                ["minor", "major", "critical"].contains(&f.severity.as_str()),
                "{at}: severity {:?}",
                f.severity
            );
            assert!(
                f.category.contains('/'),
                "{at}: MQM category {:?}",
                f.category
            );
            assert!(!f.message.trim().is_empty(), "{at}: a message");
            assert!(
                f.suggestion.as_ref().is_none_or(|s| !s.is_empty()),
                "{at}: empty suggestion"
            );
            for (side, span, range, len) in [
                ("hyp", f.hyp_span, u.hyp_range, hyp_len),
                ("src", f.src_span, u.src_range, src_len),
            ] {
                let Some(s) = span else { continue };
                assert!(
                    s[0] <= s[1] && s[1] <= len,
                    "{at}: {side}_span {s:?} out of the text"
                );
                if let Some(r) = range {
                    assert!(
                        r[0] <= s[0] && s[1] <= r[1],
                        "{at}: {side}_span {s:?} lies inside the unit's range {r:?}"
                    );
                }
            }
        }
    }
}

/// Groups units by record id, keeping the order in which records first appear.
fn by_record(all: &[Unit]) -> Vec<(String, Vec<&Unit>)> {
    let mut out: Vec<(String, Vec<&Unit>)> = Vec::new();
    for u in all {
        match out.last_mut() {
            Some((id, list)) if *id == u.id => list.push(u),
            _ => {
                assert!(
                    out.iter().all(|(id, _)| *id != u.id),
                    "the units of record {} are not together",
                    u.id
                );
                out.push((u.id.clone(), vec![u]));
            }
        }
    }
    out
}

#[test]
fn corpus_output_fits_the_contract() {
    let out = run(&["check", "corpora", "--format", "jsonl"], b"");
    assert!(
        code(&out) <= 1,
        "exit code {}: {}",
        code(&out),
        stderr(&out)
    );
    let all = units(&out.stdout);
    let records = by_record(&all);
    // Every translation file of every article is a record, articles in name order.
    let mut expected: Vec<String> = Vec::new();
    let mut dirs: Vec<_> = std::fs::read_dir(common::root().join("corpora"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    for d in &dirs {
        for lang in ["en", "fr", "zh", "ja", "ar"] {
            if d.join(format!("{lang}.txt")).is_file() {
                let name = d.file_name().unwrap().to_string_lossy().into_owned();
                expected.push(format!("corpora/{name}/{lang}.txt"));
            }
        }
    }
    let mut got: Vec<String> = records.iter().map(|(id, _)| id.clone()).collect();
    let article = |id: &String| id.rsplit_once('/').map(|(a, _)| a.to_string()).unwrap();
    let order: Vec<String> = got.iter().map(article).collect();
    let mut sorted = order.clone();
    sorted.sort();
    assert_eq!(order, sorted, "articles come in name order");
    got.sort();
    expected.sort();
    assert_eq!(got, expected, "every translation in corpora/ is reported");
    for (id, list) in &records {
        // chrF needs a human reference: present exactly where `<lang>.ref.txt` exists.
        let has_ref = common::root()
            .join(id.replace(".txt", ".ref.txt"))
            .is_file();
        for u in list {
            let chrf = u.scores.get("chrf");
            assert_eq!(chrf.is_some(), has_ref, "{id} unit {}: scores.chrf", u.unit);
            assert!(
                chrf.is_none_or(|c| (0.0..=100.0).contains(c)),
                "{id}: chrF {chrf:?}"
            );
        }
        let hyp = std::fs::read_to_string(common::root().join(id)).unwrap();
        let src_path = Path::new(id).with_file_name("id.txt");
        let src = std::fs::read_to_string(common::root().join(src_path)).unwrap();
        check_record(id, &src, &hyp, list);
    }
}

#[test]
fn jsonl_batch_keeps_input_order_and_every_id() {
    let dir = tempfile::tempdir().unwrap();
    let samples = sample_records();
    // More records than one parallel batch holds, so the order is tested across batches.
    let ids: Vec<String> = (0..260).map(|i| format!("rec-{:03}", 259 - i)).collect();
    let records: Vec<(&str, &str, &str, &str)> = ids
        .iter()
        .enumerate()
        .map(|(i, id)| {
            let (_, s, h, l) = samples[i % samples.len()];
            (id.as_str(), s, h, l)
        })
        .collect();
    let path = write_jsonl(dir.path(), "batch.jsonl", &records);
    let out = run(
        &[
            "check",
            "--input",
            path.to_str().unwrap(),
            "--format",
            "jsonl",
            "--threads",
            "2",
        ],
        b"",
    );
    assert!(
        code(&out) <= 1,
        "exit code {}: {}",
        code(&out),
        stderr(&out)
    );
    let all = units(&out.stdout);
    let grouped = by_record(&all);
    let got: Vec<&str> = grouped.iter().map(|(id, _)| id.as_str()).collect();
    let want: Vec<&str> = ids.iter().map(String::as_str).collect();
    assert_eq!(got, want, "one record per input line, in input order");
    let texts: BTreeMap<&str, (&str, &str)> =
        records.iter().map(|(i, s, h, _)| (*i, (*s, *h))).collect();
    for (id, list) in &grouped {
        let (src, hyp) = texts[id.as_str()];
        check_record(id, src, hyp, list);
    }
}

#[test]
fn numeric_ids_and_missing_ids_are_strings() {
    let input = concat!(
        "{\"id\": 42, \"src\": \"Banjir merendam 300 rumah.\", \"hyp\": \"Floods submerged 300 houses.\"}\n",
        "{\"src\": \"Hujan turun sejak pagi.\", \"hyp\": \"Rain has fallen since the morning.\"}\n",
    );
    let out = run(
        &["check", "--input", "-", "--format", "jsonl"],
        input.as_bytes(),
    );
    assert!(code(&out) <= 1, "{}", stderr(&out));
    let all = units(&out.stdout);
    let records = by_record(&all);
    assert_eq!(records.len(), 2);
    assert_eq!(records[0].0, "42");
    assert!(
        records[1].0.ends_with(":2"),
        "a record without an id is named by its line: {}",
        records[1].0
    );
}

#[test]
fn one_sided_units_have_empty_text_on_the_missing_side() {
    // A long sentence dropped from the translation and another one added: whatever the
    // aligner makes of it, a unit with no range on one side has no text there.
    let src = "Polisi menangkap tiga tersangka pencurian kabel listrik di Medan pada Jumat. \
               Kerugian PLN akibat pencurian itu ditaksir mencapai Rp 450 juta selama enam bulan terakhir. \
               Ketiga tersangka kini ditahan di Polrestabes Medan.";
    let hyp = "Police arrested three suspects in the theft of power cables in Medan on Friday. \
               The three suspects are now being held at the Medan police headquarters. \
               The mayor of Medan thanked the police and promised new lighting for every street in the city by next year.";
    let dir = tempfile::tempdir().unwrap();
    let path = write_jsonl(dir.path(), "one.jsonl", &[("cables", src, hyp, "en")]);
    let out = run(
        &[
            "check",
            "--input",
            path.to_str().unwrap(),
            "--format",
            "jsonl",
        ],
        b"",
    );
    assert!(code(&out) <= 1, "{}", stderr(&out));
    let all = units(&out.stdout);
    check_record("cables", src, hyp, &all.iter().collect::<Vec<_>>());
}
