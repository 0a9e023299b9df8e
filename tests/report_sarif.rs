//! `--format sarif` end to end: the binary's output validates against the vendored official
//! SARIF 2.1.0 schema, results point at the translation file (or the JSONL line), fingerprints
//! are the same on a second run, bad records are invocation notes, and the exit code follows
//! `--fail-on`.

#![allow(clippy::unwrap_used)]

use std::path::Path;
use std::process::{Command, Output};

use serde_json::Value;

/// An article whose middle sentence the translation drops (our own sentences): the
/// alignment leaves it with no translation, a major `omission/sentence` finding.
const SRC: &str = "Banjir merendam tiga desa di Kabupaten Garut pada Selasa pagi. Sebanyak empat ratus warga dari tiga desa itu terpaksa mengungsi ke masjid, sekolah, dan balai desa terdekat karena air terus naik hingga setinggi dada orang dewasa sepanjang malam. Hujan diperkirakan berlanjut hingga akhir pekan.";
const HYP: &str = "Floods submerged three villages in Garut Regency on Tuesday morning. Rain is expected to continue until the weekend.";

fn corpus(dir: &Path) {
    let art = dir.join("corpus/banjir");
    std::fs::create_dir_all(&art).unwrap();
    std::fs::write(art.join("id.txt"), format!("{SRC}\n")).unwrap();
    std::fs::write(art.join("en.txt"), format!("{HYP}\n")).unwrap();
}

fn run(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_mtcheck"))
        .current_dir(dir)
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .unwrap()
}

fn schema() -> jsonschema::Validator {
    // The official schema writes one pattern with a bare `]`, which JavaScript's regex syntax
    // reads as a literal and Rust's rejects: escape it, which means the same.
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/schema/sarif-schema-2.1.0.json"),
    )
    .unwrap()
    .replace("{2}]?$", "{2}\\\\]?$");
    let schema: Value = serde_json::from_str(&text).unwrap();
    jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap()
}

fn assert_valid(log: &Value) {
    let v = schema();
    let errors: Vec<String> = v
        .iter_errors(log)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

#[test]
fn corpus_findings_validate_and_point_at_both_files() {
    let dir = tempfile::tempdir().unwrap();
    corpus(dir.path());
    let out = run(dir.path(), &["check", "corpus", "--format", "sarif"]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let log: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_valid(&log);
    let run0 = &log["runs"][0];
    let result = &run0["results"][0];
    assert_eq!(result["ruleId"], "omission/sentence");
    assert_eq!(result["level"], "error");
    let loc = &result["locations"][0]["physicalLocation"];
    assert_eq!(loc["artifactLocation"]["uri"], "corpus/banjir/en.txt");
    assert!(loc["region"]["startLine"].as_u64().unwrap() >= 1);
    let rel = &result["relatedLocations"][0]["physicalLocation"];
    assert_eq!(rel["artifactLocation"]["uri"], "corpus/banjir/id.txt");
    assert!(
        rel["region"]["snippet"]["text"]
            .as_str()
            .unwrap()
            .starts_with("Sebanyak")
    );
    let rules = run0["tool"]["driver"]["rules"].as_array().unwrap();
    let i = result["ruleIndex"].as_u64().unwrap() as usize;
    assert_eq!(rules[i]["id"], "omission/sentence");
    assert!(
        rules[i]["help"]["text"]
            .as_str()
            .unwrap()
            .contains("What it catches:")
    );
    // The same run again: the same fingerprints.
    let again: Value =
        serde_json::from_slice(&run(dir.path(), &["check", "corpus", "-f", "sarif"]).stdout)
            .unwrap();
    assert_eq!(
        result["partialFingerprints"],
        again["runs"][0]["results"][0]["partialFingerprints"]
    );
}

#[test]
fn jsonl_findings_point_at_the_record_line_and_bad_records_are_notes() {
    let dir = tempfile::tempdir().unwrap();
    let good =
        serde_json::json!({"id": "r1", "src": SRC, "hyp": HYP, "src_lang": "id", "tgt_lang": "en"});
    let text = format!("\n{{\"id\": \"bad\", \"src\": \"x\"}}\n{good}\n");
    std::fs::write(dir.path().join("records.jsonl"), text).unwrap();
    let out = run(
        dir.path(),
        &["check", "--input", "records.jsonl", "--format", "sarif"],
    );
    assert_eq!(
        out.status.code(),
        Some(2),
        "a bad record makes the run exit 2"
    );
    let log: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_valid(&log);
    let result = &log["runs"][0]["results"][0];
    let loc = &result["locations"][0]["physicalLocation"];
    assert_eq!(loc["artifactLocation"]["uri"], "records.jsonl");
    assert_eq!(loc["region"]["startLine"], 3);
    let inv = &log["runs"][0]["invocations"][0];
    assert_eq!(inv["executionSuccessful"], false);
    let note = &inv["toolExecutionNotifications"][0];
    assert_eq!(
        note["locations"][0]["physicalLocation"]["region"]["startLine"],
        2
    );
    assert!(
        note["message"]["text"]
            .as_str()
            .unwrap()
            .contains("\"hyp\" is missing")
    );
}

#[test]
fn fail_on_sets_the_exit_code() {
    let dir = tempfile::tempdir().unwrap();
    corpus(dir.path());
    // The omission is major.
    for (level, code) in [("minor", 1), ("major", 1), ("critical", 0)] {
        let out = run(dir.path(), &["check", "corpus", "-q", "--fail-on", level]);
        assert_eq!(out.status.code(), Some(code), "--fail-on {level}");
    }
    let out = run(dir.path(), &["check", "corpus", "--fail-on", "severe"]);
    assert_eq!(out.status.code(), Some(2));
}
