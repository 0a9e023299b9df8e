//! Tests of `json`.

use super::super::{assert_snapshot, fixtures};
use super::*;

#[test]
fn renders_the_fixture() {
    let out = fixtures::render_to_string(|w| Box::new(Json::new(w)));
    assert_snapshot("fixture.json", &out);
}

#[test]
fn summarises_counts_quality_and_penalty_per_1000_words() {
    let out = fixtures::render_to_string(|w| Box::new(Json::new(w)));
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let s = &v["summary"];
    assert_eq!(s["articles"], 4);
    assert_eq!(s["findings"], 5);
    assert_eq!(s["by_severity"]["critical"], 1);
    assert_eq!(s["by_kind"]["omission"], 1);
    assert_eq!(s["input_errors"], 1);
    assert_eq!(s["reference"]["chrf"], 71.25);
    assert_eq!(v["errors"][0]["line"], 4);
    let first = &v["articles"][0];
    assert_eq!(first["penalty_points"], 35.0);
    let words = first["src_words"].as_f64().unwrap();
    let per = first["penalty_per_1000_words"].as_f64().unwrap();
    assert!((per - 35.0 * 1000.0 / words).abs() < 1e-9);
    assert_eq!(first["flags"][1]["hyp_span"], serde_json::Value::Null);
}

#[test]
fn articles_spilled_to_a_file_come_back_in_the_same_document() {
    let kept = fixtures::render_to_string(|w| Box::new(Json::new(w)));
    for at in [0, 200, 5000] {
        let spilled = fixtures::render_to_string(|w| Box::new(Json::new(w).spill_at(at)));
        assert!(spilled == kept, "spilled after {at} bytes: {spilled}");
    }
    // The document is what serde_json prints for it, member by member.
    let v: serde_json::Value = serde_json::from_str(&kept).unwrap();
    assert_eq!(v["articles"].as_array().unwrap().len(), 4);
    assert!(kept.starts_with("{\n  \"tool\": {\n    \"name\": \"mtcheck\","));
    assert!(kept.ends_with("\n}\n"));
}

#[test]
fn reads_back_what_it_writes() {
    let out = fixtures::render_to_string(|w| Box::new(Json::new(w)));
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let mut doc = DocWriter::default();
    for a in v["articles"].as_array().unwrap() {
        let entry: ArticleEntry = serde_json::from_value(a.clone()).unwrap();
        doc.article(&entry).unwrap();
    }
    for e in v["errors"].as_array().unwrap() {
        doc.error(serde_json::from_value(e.clone()).unwrap());
    }
    for w in v["warnings"].as_array().unwrap() {
        doc.warning(serde_json::from_value(w.clone()).unwrap());
    }
    let stats = v["summary"]["reference_stats"]
        .as_object()
        .map(|m| stats_from_json(&m.clone().into_iter().collect()).unwrap())
        .unwrap_or_default();
    let mut again = Vec::new();
    doc.write(&mut again, None, None, &stats).unwrap();
    assert_eq!(String::from_utf8(again).unwrap(), out);
}
