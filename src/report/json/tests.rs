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
