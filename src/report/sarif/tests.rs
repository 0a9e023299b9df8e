//! Tests of `sarif`.

use super::super::{assert_snapshot, fixtures};
use super::*;

fn fixture() -> String {
    fixtures::render_to_string(|w| Box::new(Sarif::new(w)))
}

#[test]
fn renders_the_fixture() {
    assert_snapshot("fixture.sarif", &fixture());
}

#[test]
fn validates_against_the_official_schema() {
    // The official schema writes one pattern with a bare `]`, which JavaScript's regex
    // syntax reads as a literal and Rust's rejects: escape it, which means the same.
    let text = include_str!("../../../tests/schema/sarif-schema-2.1.0.json")
        .replace("{2}]?$", "{2}\\\\]?$");
    let schema: Value = serde_json::from_str(&text).unwrap();
    let validator = jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap();
    // A broken log is caught (the validator is not vacuous).
    assert!(
        !validator.is_valid(&serde_json::json!({"version": "2.1.0", "runs": [{"results": []}]}))
    );
    let log: Value = serde_json::from_str(&fixture()).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&log)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

#[test]
fn points_at_the_translation_and_the_source() {
    let log: Value = serde_json::from_str(&fixture()).unwrap();
    let results = log["runs"][0]["results"].as_array().unwrap();
    // Five findings and the first article's min-quality verdict.
    assert_eq!(results.len(), 6);
    let name = &results[0];
    assert_eq!(name["ruleId"], "entity/name-altered");
    let loc = &name["locations"][0]["physicalLocation"];
    assert_eq!(loc["artifactLocation"]["uri"], "corpus/banjir/en.txt");
    assert_eq!(loc["region"]["startLine"], 1);
    assert_eq!(loc["region"]["startColumn"], 34);
    assert_eq!(loc["region"]["snippet"]["text"], "Garrut");
    let rel = &name["relatedLocations"][0]["physicalLocation"];
    assert_eq!(rel["artifactLocation"]["uri"], "corpus/banjir/id.txt");
    assert_eq!(rel["region"]["snippet"]["text"], "Garut");
    assert_eq!(
        name["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"],
        "Garut"
    );
    // The addition sits on line 3 of the translation (after a blank line).
    assert_eq!(
        results[2]["locations"][0]["physicalLocation"]["region"]["startLine"],
        3
    );
    let notes = &log["runs"][0]["invocations"][0]["toolExecutionNotifications"];
    // The warning (a file not read) comes first, as the reporter gets it before the records.
    assert_eq!(notes[0]["level"], "warning");
    assert_eq!(
        notes[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "corpus/banjir/notes.md"
    );
    assert_eq!(notes[1]["level"], "error");
    assert_eq!(
        notes[1]["locations"][0]["physicalLocation"]["region"]["startLine"],
        4
    );
    assert_eq!(notes[1]["properties"]["record"], "cuaca-5");
}

#[test]
fn fingerprints_do_not_depend_on_position() {
    let mut recs = fixtures::records();
    let a = recs[0].clone();
    // The same text with a paragraph inserted above: the finding moves, its fingerprint not.
    let r = &mut recs[0];
    r.record.hyp = format!("Breaking.\n\n{}", r.record.hyp);
    for u in &mut r.units {
        for f in &mut u.findings {
            if let Some(s) = &mut f.hyp_span {
                s[0] += 11;
                s[1] += 11;
            }
        }
    }
    let fp = |rec: &RecordResult| {
        let buf = fixtures::SharedBuf::default();
        let mut s = Sarif::new(Box::new(buf.clone()));
        s.record(rec).unwrap();
        s.finish(&RunSummary::default()).unwrap();
        let v: Value = serde_json::from_slice(&buf.0.lock().unwrap()).unwrap();
        v["runs"][0]["results"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["partialFingerprints"].clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(fp(&a), fp(&recs[0]));
}

#[test]
fn encodes_paths_as_uris() {
    assert_eq!(uri(Path::new("a b/é.txt")), "a%20b/%C3%A9.txt");
    assert_eq!(uri(Path::new("/tmp/x.txt")), "file:///tmp/x.txt");
}

#[test]
fn a_warning_alone_leaves_the_run_successful() {
    let buf = fixtures::SharedBuf::default();
    let mut s = Sarif::new(Box::new(buf.clone()));
    s.warning(&fixtures::stray_file()).unwrap();
    s.record(&fixtures::records()[3]).unwrap();
    s.finish(&RunSummary::default()).unwrap();
    drop(s);
    let out = String::from_utf8(buf.0.lock().unwrap().clone()).unwrap();
    let log: serde_json::Value = serde_json::from_str(&out).unwrap();
    let inv = &log["runs"][0]["invocations"][0];
    assert_eq!(inv["executionSuccessful"], true);
    assert_eq!(inv["toolExecutionNotifications"][0]["level"], "warning");
}

#[test]
fn says_which_article_is_below_min_quality_and_by_how_much() {
    let log: Value = serde_json::from_str(&fixture()).unwrap();
    let run = &log["runs"][0];
    let below: Vec<&Value> = run["results"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["ruleId"] == MIN_QUALITY_RULE)
        .collect();
    assert_eq!(below.len(), 1);
    let r = below[0];
    assert_eq!(r["level"], "error");
    assert_eq!(
        r["message"]["text"],
        "corpus/banjir/en.txt: quality 38.5 is 11.5 below min-quality 50: the article fails the gate"
    );
    assert_eq!(r["properties"]["by"], 11.5);
    assert_eq!(
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "corpus/banjir/en.txt"
    );
    let i = r["ruleIndex"].as_u64().unwrap() as usize;
    assert_eq!(run["tool"]["driver"]["rules"][i]["id"], MIN_QUALITY_RULE);
}
