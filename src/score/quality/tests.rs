//! Tests of `quality`.

use super::*;
use crate::config::Settings;
use crate::input::Record;
use crate::pipeline;

fn unit(src: &str, hyp: &str) -> UnitResult {
    UnitResult {
        index: 0,
        src_range: Some([0, src.chars().count()]),
        hyp_range: Some([0, hyp.chars().count()]),
        src: src.to_string(),
        hyp: hyp.to_string(),
        scores: Default::default(),
        findings: Vec::new(),
        src_words: 0,
    }
}

const SRC: &str = "Pemerintah kota akan membangun tiga jembatan baru sebelum musim hujan tiba.";

#[test]
fn a_clean_translation_scores_high() {
    let u = unit(
        SRC,
        "The city government will build three new bridges before the rainy season arrives.",
    );
    assert!(unit_quality(&u, Lang::Id, Lang::En) >= 95.0);
}

#[test]
fn source_words_left_in_lower_it() {
    let u = unit(
        SRC,
        "The city government akan membangun tiga jembatan baru sebelum musim hujan.",
    );
    assert!(unit_quality(&u, Lang::Id, Lang::En) <= 80.0);
}

#[test]
fn a_copied_source_lowers_it() {
    let u = unit(SRC, SRC);
    assert!(unit_quality(&u, Lang::Id, Lang::En) <= 50.0);
}

#[test]
fn a_loop_lowers_it() {
    let u = unit(
        SRC,
        "The city will build three new bridges, three new bridges, three new bridges before the rains.",
    );
    assert!(unit_quality(&u, Lang::Id, Lang::En) <= 80.0);
}

#[test]
fn an_added_sentence_lowers_it() {
    let u = unit(
        SRC,
        "The city government will build three new bridges before the rainy season arrives. The opposition said the money would be better spent on schools, hospitals and the roads that connect the villages of the north.",
    );
    assert!(unit_quality(&u, Lang::Id, Lang::En) <= 70.0);
}

/// Prints the calibration table of the module docs from qa-bench dev.
#[test]
#[ignore = "reads ../shared/data/qa-bench/dev.jsonl"]
#[allow(clippy::print_stderr)]
fn calibration_on_qa_bench() {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/qa-bench/dev.jsonl");
    let text = std::fs::read_to_string(path).unwrap();
    let settings = Settings::default();
    let mut by_type: std::collections::BTreeMap<String, Vec<f64>> = Default::default();
    let mut ratios: std::collections::BTreeMap<String, Vec<f64>> = Default::default();
    let mut lines = Vec::new();
    for line in text.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let kind = v["errors"][0]["type"]
            .as_str()
            .unwrap_or("clean")
            .to_string();
        let tgt = Lang::from_code(v["tgt_lang"].as_str().unwrap()).unwrap();
        let record = Record {
            id: v["id"].as_str().unwrap().to_string(),
            src: v["src"].as_str().unwrap().to_string(),
            hyp: v["hyp"].as_str().unwrap().to_string(),
            reference: None,
            src_lang: Some(Lang::Id),
            tgt_lang: Some(tgt),
            allow: Vec::new(),
            origin: Default::default(),
        };
        if kind == "clean" {
            let (s, h) = (record.src.chars().count(), record.hyp.chars().count());
            ratios
                .entry(tgt.code().to_string())
                .or_default()
                .push(((h as f64 + 1.0) / (s as f64 + 1.0)).ln());
        }
        lines.push((kind, record));
    }
    for (kind, record) in lines {
        let r = pipeline::check_record(&settings, record);
        by_type.entry(kind).or_default().push(r.scores.quality);
    }
    for (lang, v) in &ratios {
        let n = v.len() as f64;
        let mean = v.iter().sum::<f64>() / n;
        let sd = (v.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / n).sqrt();
        eprintln!("length {lang}: mean {mean:.3} spread {sd:.3}");
    }
    for (kind, v) in &by_type {
        let mean = v.iter().sum::<f64>() / v.len() as f64;
        let low = v.iter().filter(|q| **q < 90.0).count() as f64 / v.len() as f64;
        eprintln!(
            "{kind:<15} n={:<5} mean quality {mean:.1}  below 90: {:.0}%",
            v.len(),
            low * 100.0
        );
    }
}
