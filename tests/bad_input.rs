//! Bad input never panics and never hangs: each case gets one message on standard error that
//! names the file (and the line, for JSONL), says what is wrong and what to do, and exits 2.
//! In a batch the bad record is skipped, every other record is still checked and written, and
//! the run exits 2 at the end. Texts with CRLF, a BOM, NBSP or zero-width characters keep
//! their spans exact.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::Path;

use common::{code, run, run_in, slice, stderr, units};

const SRC: &str = "Harga beras di Pasar Cipinang turun 5 persen pekan ini.\n";
const HYP: &str = "The price of rice at Cipinang Market fell 5 percent this week.\n";

/// Runs `args` in `dir` and returns (exit code, stdout, stderr); fails on a panic message.
fn check_in(dir: &Path, args: &[&str], stdin: &[u8]) -> (i32, String, String) {
    let out = run_in(dir, args, stdin);
    let err = stderr(&out);
    assert!(
        !err.contains("panicked") && !err.contains("RUST_BACKTRACE"),
        "mtcheck panicked:\n{err}"
    );
    (
        code(&out),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        err,
    )
}

/// Asserts one fatal message: exit 2, `mtcheck: ` first, the file named, a remedy in brackets.
#[track_caller]
fn assert_message(result: &(i32, String, String), file: &str, what: &str) {
    let (status, _, err) = result;
    assert_eq!(*status, 2, "exit 2 for unusable input; stderr:\n{err}");
    let line = err
        .lines()
        .find(|l| l.contains(what))
        .unwrap_or_else(|| panic!("no message saying {what:?}:\n{err}"));
    assert!(
        line.starts_with(&format!("mtcheck: {file}")),
        "the message names the file first: {line}"
    );
    assert!(
        line.contains('(') && line.ends_with(')') || line.ends_with(" skipped"),
        "the message says what to do: {line}"
    );
}

fn pair_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("id.txt"), SRC).unwrap();
    std::fs::write(dir.path().join("en.txt"), HYP).unwrap();
    dir
}

#[test]
fn missing_file_is_named() {
    let dir = pair_dir();
    let r = check_in(dir.path(), &["check", "id.txt", "nowhere.txt"], b"");
    assert_message(&r, "nowhere.txt", "no such file");
    let r = check_in(dir.path(), &["check", "--input", "nowhere.jsonl"], b"");
    assert_message(&r, "nowhere.jsonl", "no such file");
    let r = check_in(dir.path(), &["check", "no-corpus/"], b"");
    assert_message(&r, "no-corpus", "no such file");
}

#[test]
fn folder_where_a_file_is_expected_is_named() {
    let dir = pair_dir();
    std::fs::create_dir(dir.path().join("folder")).unwrap();
    let r = check_in(dir.path(), &["check", "id.txt", "folder"], b"");
    assert_message(&r, "folder", "is a folder, not a file");
    let r = check_in(dir.path(), &["check", "--input", "folder"], b"");
    assert_message(&r, "folder", "is a folder, not a file");
}

#[test]
fn empty_files_are_reported() {
    let dir = pair_dir();
    std::fs::write(dir.path().join("empty.txt"), "").unwrap();
    std::fs::write(dir.path().join("blank.txt"), "\u{feff}\r\n  \n").unwrap();
    std::fs::write(dir.path().join("empty.jsonl"), "\n\n").unwrap();
    let r = check_in(dir.path(), &["check", "id.txt", "empty.txt"], b"");
    assert_message(&r, "empty.txt", "empty");
    let r = check_in(dir.path(), &["check", "blank.txt", "en.txt"], b"");
    assert_message(&r, "blank.txt", "empty");
    let r = check_in(dir.path(), &["check", "--input", "empty.jsonl"], b"");
    assert_message(&r, "empty.jsonl", "empty");
    let r = check_in(dir.path(), &["check", "--input", "-"], b"");
    assert_message(&r, "<stdin>", "empty");
}

#[test]
fn binary_files_are_reported_once() {
    let dir = pair_dir();
    let mut bytes = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    bytes.extend((0..20_000u32).flat_map(|i| [(i % 251) as u8, b'\n']));
    std::fs::write(dir.path().join("image.png"), &bytes).unwrap();
    let r = check_in(dir.path(), &["check", "id.txt", "image.png"], b"");
    assert_message(&r, "image.png", "binary");
    let r = check_in(dir.path(), &["check", "--input", "image.png"], b"");
    assert_message(&r, "image.png", "binary");
    assert_eq!(
        r.2.lines().count(),
        1,
        "one message for a binary file, not one per line:\n{}",
        r.2
    );
}

#[test]
fn invalid_utf8_names_the_byte_or_line() {
    let dir = pair_dir();
    std::fs::write(
        dir.path().join("latin1.txt"),
        b"Presiden tiba di Bogor pada pukul 10.00 WIB, caf\xe9 tutup.\n",
    )
    .unwrap();
    let r = check_in(dir.path(), &["check", "latin1.txt", "en.txt"], b"");
    let at = "Presiden tiba di Bogor pada pukul 10.00 WIB, caf".len();
    assert_message(&r, "latin1.txt", &format!("not valid UTF-8 at byte {at}"));
    let mut jsonl = Vec::new();
    jsonl.extend_from_slice(b"{\"id\":\"a\",\"src\":\"Harga naik.\",\"hyp\":\"Prices rose.\"}\n");
    jsonl.extend_from_slice(b"{\"id\":\"b\",\"src\":\"Harga caf\xe9.\",\"hyp\":\"Price.\"}\n");
    jsonl.extend_from_slice(b"{\"id\":\"c\",\"src\":\"Harga turun.\",\"hyp\":\"Prices fell.\"}\n");
    std::fs::write(dir.path().join("mixed.jsonl"), jsonl).unwrap();
    let r = check_in(
        dir.path(),
        &["check", "--input", "mixed.jsonl", "--format", "jsonl"],
        b"",
    );
    assert_message(&r, "mixed.jsonl:2:", "not valid UTF-8");
    let ids: Vec<String> = units(r.1.as_bytes()).into_iter().map(|u| u.id).collect();
    assert!(
        ids.contains(&"a".to_string()) && ids.contains(&"c".to_string()),
        "{ids:?}"
    );
}

#[test]
fn bad_records_are_skipped_and_the_rest_written() {
    let lines = [
        r#"{"id": "ok-1", "src": "Hujan deras mengguyur Jakarta sejak pagi.", "hyp": "Heavy rain has fallen on Jakarta since the morning."}"#,
        r#"{"id": "broken", "src": "Kalimat tanpa penutup.", "hyp": "#,
        r#"{"id": "no-hyp", "src": "Banjir merendam 200 rumah."}"#,
        r#"{"id": "no-src", "hyp": "Floods submerged 200 houses."}"#,
        r#"{"id": "wrong-type", "src": ["Banjir."], "hyp": "Floods."}"#,
        r#"["not", "an", "object"]"#,
        r#"{"id": "both-empty", "src": "", "hyp": "  "}"#,
        r#"{"id": "bad-lang", "src": "Banjir.", "hyp": "Floods.", "tgt_lang": "xx"}"#,
        r#"{"id": "ok-2", "src": "Sekolah diliburkan selama dua hari.", "hyp": "Schools were closed for two days.", "extra": {"ignored": true}}"#,
    ];
    let input = lines.join("\r\n") + "\n";
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("batch.jsonl"), &input).unwrap();
    for format in ["jsonl", "human"] {
        let (status, out, err) = check_in(
            dir.path(),
            &["check", "--input", "batch.jsonl", "--format", format],
            b"",
        );
        assert_eq!(
            status, 2,
            "bad records make the run exit 2 at the end:\n{err}"
        );
        for (line, what) in [
            (2, "not a JSON record"),
            (3, "field \"hyp\" is missing"),
            (4, "field \"src\" is missing"),
            (5, "field \"src\" must be a string"),
            (6, "not an object"),
            (7, "both empty"),
            (8, "unsupported language \"xx\""),
        ] {
            let prefix = format!("mtcheck: batch.jsonl:{line}: ");
            let msg = err
                .lines()
                .find(|l| l.starts_with(&prefix))
                .unwrap_or_else(|| panic!("no message for line {line}:\n{err}"));
            assert!(msg.contains(what), "line {line}: {msg}");
            assert!(msg.ends_with("record skipped"), "line {line}: {msg}");
        }
        assert_eq!(err.lines().count(), 7, "one message per bad line:\n{err}");
        if format == "jsonl" {
            let ids: Vec<String> = units(out.as_bytes()).into_iter().map(|u| u.id).collect();
            let mut seen = ids.clone();
            seen.dedup();
            assert_eq!(
                seen,
                ["ok-1", "ok-2"],
                "the good records are checked and written"
            );
        } else {
            assert!(out.contains("ok-1") && out.contains("ok-2"), "{out}");
            assert!(
                out.contains("7 skipped"),
                "the summary counts the skipped records:\n{out}"
            );
        }
    }
}

#[test]
fn bad_file_in_a_corpus_skips_only_that_translation() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("corpus").join("harga-beras");
    std::fs::create_dir_all(&article).unwrap();
    std::fs::write(article.join("id.txt"), SRC).unwrap();
    std::fs::write(article.join("en.txt"), HYP).unwrap();
    std::fs::write(
        article.join("fr.txt"),
        b"Le prix du riz a baiss\xe9 de 5 %.\n",
    )
    .unwrap();
    std::fs::write(article.join("ja.txt"), "").unwrap();
    let (status, out, err) = check_in(dir.path(), &["check", "corpus", "--format", "jsonl"], b"");
    assert_eq!(status, 2, "{err}");
    assert!(
        err.contains("corpus/harga-beras/fr.txt: not valid UTF-8"),
        "{err}"
    );
    assert!(
        err.contains("corpus/harga-beras/ja.txt: the file is empty"),
        "{err}"
    );
    let ids: Vec<String> = units(out.as_bytes()).into_iter().map(|u| u.id).collect();
    assert!(
        !ids.is_empty() && ids.iter().all(|i| i == "corpus/harga-beras/en.txt"),
        "{ids:?}"
    );
}

#[test]
fn ten_megabyte_line_is_skipped_quickly_with_a_message() {
    // A whole feed pasted into one record: ~5 MB of source and of translation on one line.
    let src_sentence =
        "Pemerintah kota membagikan 1.200 paket sembako kepada warga di 14 kelurahan. ";
    let hyp_sentence =
        "The city government handed out 1,200 food parcels to residents in 14 wards. ";
    let n = 5 * 1024 * 1024 / src_sentence.len() + 1;
    let big = serde_json::json!({
        "id": "huge",
        "src": src_sentence.repeat(n),
        "hyp": hyp_sentence.repeat(n),
    });
    let small = |id: &str| {
        serde_json::json!({"id": id, "src": "Warga antre sejak subuh.", "hyp": "Residents queued from dawn."})
            .to_string()
    };
    let input = format!("{}\n{big}\n{}\n", small("before"), small("after"));
    assert!(input.len() > 10_000_000);
    let started = std::time::Instant::now();
    let out = run(
        &["check", "--input", "-", "--format", "jsonl"],
        input.as_bytes(),
    );
    let elapsed = started.elapsed();
    let err = stderr(&out);
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(code(&out), 2, "{err}");
    assert!(
        err.contains("<stdin>:2: record \"huge\": field \"src\" holds 5")
            && err.contains("split the article into several records"),
        "{err}"
    );
    let ids: Vec<String> = units(&out.stdout).into_iter().map(|u| u.id).collect();
    assert_eq!(ids, ["before", "after"]);
    assert!(elapsed.as_secs() < 30, "took {elapsed:?}");
}

#[test]
fn oversized_file_is_reported() {
    let dir = pair_dir();
    let big = "Warga antre sejak subuh di depan kantor kelurahan. ".repeat(25_000);
    std::fs::write(dir.path().join("big.txt"), big).unwrap();
    let r = check_in(dir.path(), &["check", "big.txt", "en.txt"], b"");
    assert_message(&r, "big.txt", "more than the 1 MB one article may hold");
}

/// Each unit's ranges slice the record's text to exactly the unit's text, and each flagged
/// span lies inside it: nothing shifts for CRLF, a BOM, NBSP or zero-width characters.
#[track_caller]
fn assert_spans_exact(src: &str, hyp: &str, out: &[u8]) -> Vec<common::Unit> {
    let all = units(out);
    assert!(!all.is_empty());
    for u in &all {
        if let Some(r) = u.src_range {
            assert_eq!(slice(src, r), u.src, "unit {}", u.unit);
        }
        if let Some(r) = u.hyp_range {
            assert_eq!(slice(hyp, r), u.hyp, "unit {}", u.unit);
        }
    }
    all
}

const ODD_SRC: &str = "\u{feff}Presiden\u{a0}Prabowo tiba di Bandung pada Senin pagi.\r\nIa\u{200b} bertemu 12 bupati dari Jawa\u{a0}Barat.\r\n\r\nRapat berlangsung tiga jam di Gedung\u{a0}Sate.\r\n";
const ODD_HYP: &str = "\u{feff}President\u{a0}Prabowo arrived in Bandung on Monday morning.\r\nHe\u{200b} met 12 regents from West\u{a0}Java.\r\n\r\nThe meeting lasted three hours at Gedung\u{a0}Sate.\r\nThe police said nobody was hurt in the crowd of protesters outside the building.\r\n";
const ADDED: &str =
    "The police said nobody was hurt in the crowd of protesters outside the building.";

/// The added sentence is flagged on exactly its own code points.
#[track_caller]
fn assert_addition_span(hyp: &str, all: &[common::Unit]) {
    let spans: Vec<String> = all
        .iter()
        .flat_map(|u| &u.flags)
        .filter(|f| f.kind == "addition")
        .filter_map(|f| f.hyp_span.map(|s| slice(hyp, s)))
        .collect();
    assert!(
        spans.iter().any(|s| s.trim_end() == ADDED),
        "the added sentence is flagged on its own text: {spans:?}"
    );
}

#[test]
fn crlf_bom_nbsp_and_zero_width_keep_spans_exact_in_files() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("id.txt"), ODD_SRC).unwrap();
    std::fs::write(dir.path().join("en.txt"), ODD_HYP).unwrap();
    let (status, out, err) = check_in(
        dir.path(),
        &["check", "id.txt", "en.txt", "--format", "jsonl"],
        b"",
    );
    assert!(status <= 1, "{err}");
    let all = assert_spans_exact(ODD_SRC, ODD_HYP, out.as_bytes());
    assert_addition_span(ODD_HYP, &all);
}

#[test]
fn crlf_bom_nbsp_and_zero_width_keep_spans_exact_in_jsonl() {
    let record = serde_json::json!({"id": "odd", "src": ODD_SRC, "hyp": ODD_HYP, "tgt_lang": "en"});
    // The JSONL file itself has a BOM and CRLF line ends.
    let input = format!("\u{feff}{record}\r\n");
    let out = run(
        &["check", "--input", "-", "--format", "jsonl"],
        input.as_bytes(),
    );
    assert!(code(&out) <= 1, "{}", stderr(&out));
    let all = assert_spans_exact(ODD_SRC, ODD_HYP, &out.stdout);
    assert_addition_span(ODD_HYP, &all);
}

#[test]
fn bad_command_lines_exit_2() {
    let dir = pair_dir();
    for args in [
        &["check"][..],
        &["check", "a", "b", "c"],
        &["check", "id.txt", "en.txt", "--format", "yaml"],
        &["check", "id.txt", "en.txt", "--tgt-lang", "de"],
        &["check", "id.txt", "en.txt", "--fail-on", "severe"],
        &["check", "id.txt", "en.txt", "--threads", "many"],
        &["frobnicate"],
    ] {
        let (status, _, err) = check_in(dir.path(), args, b"");
        assert_eq!(status, 2, "{args:?}: {err}");
        assert!(!err.trim().is_empty(), "{args:?}: a message");
    }
}

#[test]
fn corpus_folder_without_articles_is_named() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("corpus").join("notes")).unwrap();
    std::fs::write(dir.path().join("corpus").join("notes").join("en.txt"), HYP).unwrap();
    let r = check_in(dir.path(), &["check", "corpus"], b"");
    // A folder holding a translation but no source is an article with its source missing.
    assert_message(&r, "corpus/notes", "not an article: no source file id.txt");
}

#[test]
fn empty_corpus_folder_is_named() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("corpus")).unwrap();
    std::fs::write(dir.path().join("corpus").join("README.md"), "notes").unwrap();
    let r = check_in(dir.path(), &["check", "corpus"], b"");
    assert_message(&r, "corpus", "no article found");
}

#[test]
fn unwritable_output_is_named() {
    let dir = pair_dir();
    let (status, _, err) = check_in(
        dir.path(),
        &[
            "check",
            "id.txt",
            "en.txt",
            "--output",
            "missing-folder/units.jsonl",
        ],
        b"",
    );
    assert_eq!(status, 2, "{err}");
    assert!(
        err.starts_with("mtcheck: missing-folder/units.jsonl: "),
        "{err}"
    );
}

#[test]
fn text_file_given_as_jsonl_is_one_message() {
    let dir = pair_dir();
    let r = check_in(dir.path(), &["check", "--input", "id.txt"], b"");
    assert_message(&r, "id.txt:1:", "does not look like JSONL");
    assert_eq!(r.2.lines().count(), 1, "{}", r.2);
}

#[test]
fn article_without_translation_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    for (article, files) in [
        ("a-pending", &["id.txt"][..]),
        ("b-done", &["id.txt", "en.txt"]),
    ] {
        let d = dir.path().join("corpus").join(article);
        std::fs::create_dir_all(&d).unwrap();
        for f in files {
            std::fs::write(d.join(f), if *f == "id.txt" { SRC } else { HYP }).unwrap();
        }
    }
    let (status, out, err) = check_in(dir.path(), &["check", "corpus", "--format", "jsonl"], b"");
    assert_eq!(status, 2, "{err}");
    assert!(
        err.contains("corpus/a-pending/id.txt: has the source but no translation"),
        "{err}"
    );
    let ids: Vec<String> = units(out.as_bytes()).into_iter().map(|u| u.id).collect();
    assert!(
        !ids.is_empty() && ids.iter().all(|i| i == "corpus/b-done/en.txt"),
        "{ids:?}"
    );
}
