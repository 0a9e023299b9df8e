//! Parity with sacreBLEU 2.6.0 on golden vectors. `tests/data/sacrebleu-unit.jsonl` (written
//! for this project, copied from `shared/data/sacrebleu-vectors/unit.jsonl`) runs always; the
//! NTREX-derived vectors are read from `../shared` beside the clone by `#[ignore]`d tests (CI
//! runs them), since NTREX text may not be copied into the repository. Scores must be equal as
//! f64 (bit-identical), statistics and signatures equal as written.

#![allow(clippy::unwrap_used, clippy::print_stdout, clippy::print_stderr)]

use std::path::PathBuf;

use mtcheck::metrics::bleu::{BleuConfig, BleuStats, Smooth};
use mtcheck::metrics::chrf::ChrfConfig;
use mtcheck::metrics::ter::TerConfig;
use mtcheck::metrics::tokenize::Tokenizer;
use serde_json::Value;

/// A metric configured from a vector's `options`.
enum Cfg {
    Bleu(BleuConfig),
    Chrf(ChrfConfig),
    Ter(TerConfig),
}

fn cfg(metric: &str, o: &Value) -> Cfg {
    let b = |k: &str| o[k].as_bool().unwrap();
    match metric {
        "bleu" => Cfg::Bleu(BleuConfig {
            tokenize: Tokenizer::from_name(o["tokenize"].as_str().unwrap()).unwrap(),
            lowercase: b("lowercase"),
            smooth: Smooth::from_name(
                o["smooth_method"].as_str().unwrap(),
                o["smooth_value"].as_f64(),
            )
            .unwrap(),
            effective_order: b("effective_order"),
        }),
        "chrf" | "chrf++" => Cfg::Chrf(ChrfConfig {
            char_order: o["char_order"].as_u64().unwrap() as usize,
            word_order: o["word_order"].as_u64().unwrap() as usize,
            beta: o["beta"].as_u64().unwrap() as u32,
            lowercase: b("lowercase"),
            whitespace: b("whitespace"),
            eps_smoothing: b("eps_smoothing"),
        }),
        "ter" => Cfg::Ter(TerConfig {
            normalized: b("normalized"),
            no_punct: b("no_punct"),
            asian_support: b("asian_support"),
            case_sensitive: b("case_sensitive"),
        }),
        m => panic!("unknown metric {m}"),
    }
}

/// Sentence score, statistics (as JSON, sacreBLEU's layout) and long signature.
fn sentence(c: &Cfg, hyp: &str, refs: &[&str]) -> (f64, Value, String) {
    let n = Some(refs.len());
    match c {
        Cfg::Bleu(c) => {
            let st = c.segment_stats(hyp, refs);
            (
                c.score(&st).score,
                serde_json::json!(st.to_vec()),
                c.signature(n).long(),
            )
        }
        Cfg::Chrf(c) => {
            let st = c.segment_stats(hyp, refs);
            (
                c.score(&st.0),
                serde_json::json!(st.0),
                c.signature(n).long(),
            )
        }
        Cfg::Ter(c) => {
            let st = c.segment_stats(hyp, refs);
            (
                c.score(&st),
                serde_json::json!([st.edits, st.ref_len]),
                c.signature(n).long(),
            )
        }
    }
}

/// Whether two statistics lists are equal as numbers (`6` and `6.0` agree).
fn same_stats(a: &Value, b: &Value) -> bool {
    let (Some(a), Some(b)) = (a.as_array(), b.as_array()) else {
        return false;
    };
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.as_f64() == y.as_f64())
}

#[test]
fn unit_vectors_match_sacrebleu_exactly() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/sacrebleu-unit.jsonl");
    let text = std::fs::read_to_string(path).unwrap();
    let mut failures = Vec::new();
    let mut n = 0;
    for (i, line) in text.lines().enumerate() {
        let v: Value = serde_json::from_str(line).unwrap();
        let refs: Vec<&str> = v["refs"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r.as_str().unwrap())
            .collect();
        let metric = v["metric"].as_str().unwrap();
        let c = cfg(metric, &v["options"]);
        let (score, stats, sig) = sentence(&c, v["hyp"].as_str().unwrap(), &refs);
        n += 1;
        let mut bad = Vec::new();
        if score != v["score"].as_f64().unwrap() {
            bad.push(format!("score {score} != {}", v["score"]));
        }
        if format!("{score:.2}") != v["formatted"].as_str().unwrap() {
            bad.push(format!("formatted {score:.2} != {}", v["formatted"]));
        }
        if !same_stats(&stats, &v["stats"]) {
            bad.push(format!("stats {stats} != {}", v["stats"]));
        }
        if sig != v["signature"].as_str().unwrap() {
            bad.push(format!("signature {sig} != {}", v["signature"]));
        }
        match &c {
            Cfg::Bleu(c) => {
                let tok = mtcheck::metrics::bleu::preprocess(
                    v["hyp"].as_str().unwrap(),
                    c.tokenize,
                    c.lowercase,
                );
                if tok != v["hyp_tok"].as_str().unwrap() {
                    bad.push(format!("hyp_tok {tok:?} != {}", v["hyp_tok"]));
                }
                let st: Vec<u64> = v["stats"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|x| x.as_u64().unwrap())
                    .collect();
                let s = BleuStats {
                    hyp_len: st[0],
                    ref_len: st[1],
                    correct: [st[2], st[3], st[4], st[5]],
                    total: [st[6], st[7], st[8], st[9]],
                };
                let sc = c.score(&s);
                let want: Vec<f64> = v["precisions"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|x| x.as_f64().unwrap())
                    .collect();
                let close = sc.precisions.iter().zip(&want).all(|(a, b)| a == b);
                if !close || want.len() != 4 || sc.bp != v["bp"].as_f64().unwrap() {
                    bad.push(format!(
                        "precisions/bp {:?} {} != {want:?} {}",
                        sc.precisions, sc.bp, v["bp"]
                    ));
                }
            }
            Cfg::Ter(c) => {
                let tok = c.tokenize(v["hyp"].as_str().unwrap());
                if tok != v["hyp_tok"].as_str().unwrap() {
                    bad.push(format!("hyp_tok {tok:?} != {}", v["hyp_tok"]));
                }
            }
            Cfg::Chrf(_) => {}
        }
        if !bad.is_empty() {
            failures.push(format!(
                "line {} ({metric} {}): {}",
                i + 1,
                v["options"],
                bad.join("; ")
            ));
        }
    }
    for f in failures.iter().take(40) {
        eprintln!("{f}");
    }
    assert!(
        failures.is_empty(),
        "{} of {n} unit vectors differ",
        failures.len()
    );
    assert_eq!(n, 962);
}
