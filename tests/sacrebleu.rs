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

/// `../shared/data/...` beside the clone.
fn shared(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/data")
        .join(rel)
}

#[test]
#[ignore = "reads ../shared (NTREX-derived vectors may not be copied into the repository)"]
fn ntrex_sentence_vectors_match_sacrebleu_exactly() {
    let corpus: Value = serde_json::from_str(
        &std::fs::read_to_string(shared("sacrebleu-vectors/ntrex-corpus.json")).unwrap(),
    )
    .unwrap();
    let text = std::fs::read_to_string(shared("sacrebleu-vectors/ntrex-sentence.jsonl")).unwrap();
    let (mut n, mut failures) = (0, Vec::new());
    for (i, line) in text.lines().enumerate() {
        let v: Value = serde_json::from_str(line).unwrap();
        let refs: Vec<&str> = v["refs"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r.as_str().unwrap())
            .collect();
        let sl = &corpus["pairs"][v["pair"].as_str().unwrap()]["sentence_level"];
        for metric in ["bleu", "chrf", "chrf++", "ter"] {
            let c = cfg(metric, &sl[metric]["options"]);
            let (score, stats, sig) = sentence(&c, v["hyp"].as_str().unwrap(), &refs);
            n += 1;
            let want = &v[metric];
            if score != want["score"].as_f64().unwrap()
                || !same_stats(&stats, &want["stats"])
                || sig != sl[metric]["signature"].as_str().unwrap()
            {
                failures.push(format!(
                    "line {} {metric}: {score} {stats} {sig} != {} {}",
                    i + 1,
                    want["score"],
                    want["stats"]
                ));
            }
        }
    }
    for f in failures.iter().take(20) {
        eprintln!("{f}");
    }
    assert!(
        failures.is_empty(),
        "{} of {n} NTREX sentence scores differ",
        failures.len()
    );
    assert_eq!(n, 2212 * 4);
}

#[test]
#[ignore = "reads ../shared (NTREX text may not be copied into the repository)"]
fn ntrex_corpus_figures_match_sacrebleu_exactly() {
    use mtcheck::metrics::{MetricConfig, Stats, text_line};
    let corpus: Value = serde_json::from_str(
        &std::fs::read_to_string(shared("sacrebleu-vectors/ntrex-corpus.json")).unwrap(),
    )
    .unwrap();
    let read = |file: &str| {
        let name = file.trim_start_matches("NTREX-128/newstest2019-ref.");
        mtcheck::cli::score::read_segments(&shared(&format!("ntrex/{name}"))).unwrap()
    };
    let mut checked = 0;
    for (pair, p) in corpus["pairs"].as_object().unwrap() {
        let hyps = read(p["hyp_file"].as_str().unwrap());
        let refs: Vec<Vec<String>> = p["ref_files"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| read(f.as_str().unwrap()))
            .collect();
        assert_eq!(
            hyps.len(),
            p["n_segments"].as_u64().unwrap() as usize,
            "{pair}"
        );
        for (key, m) in p["metrics"].as_object().unwrap() {
            let c = match cfg(m["metric"].as_str().unwrap(), &m["options"]) {
                Cfg::Bleu(c) => MetricConfig::Bleu(c),
                Cfg::Chrf(c) => MetricConfig::Chrf(c),
                Cfg::Ter(c) => MetricConfig::Ter(c),
            };
            let mut sum = c.zero();
            for (i, h) in hyps.iter().enumerate() {
                let r: Vec<&str> = refs.iter().map(|s| s[i].as_str()).collect();
                sum.add(&c.segment_stats(h, &r));
            }
            let what = format!("{pair} {key}");
            let score = c.score(&sum);
            let sig = c.signature(Some(refs.len()));
            assert_eq!(score, m["score"].as_f64().unwrap(), "{what} score");
            assert_eq!(
                format!("{score:.1}"),
                m["formatted_w1"].as_str().unwrap(),
                "{what}"
            );
            assert_eq!(
                format!("{score:.2}"),
                m["formatted_w2"].as_str().unwrap(),
                "{what}"
            );
            assert_eq!(sig.long(), m["signature"].as_str().unwrap(), "{what}");
            assert_eq!(
                sig.short(),
                m["signature_short"].as_str().unwrap(),
                "{what}"
            );
            let verbose = match (&c, &sum) {
                (MetricConfig::Bleu(b), Stats::Bleu(s)) => {
                    let sc = b.score(s);
                    let ints = |k: &str| -> Vec<u64> {
                        m[k].as_array()
                            .unwrap()
                            .iter()
                            .map(|x| x.as_u64().unwrap())
                            .collect()
                    };
                    assert_eq!(s.correct.to_vec(), ints("counts"), "{what}");
                    assert_eq!(s.total.to_vec(), ints("totals"), "{what}");
                    assert_eq!(s.hyp_len, m["sys_len"].as_u64().unwrap(), "{what}");
                    assert_eq!(s.ref_len, m["ref_len"].as_u64().unwrap(), "{what}");
                    assert_eq!(sc.bp, m["bp"].as_f64().unwrap(), "{what}");
                    assert_eq!(sc.ratio, m["ratio"].as_f64().unwrap(), "{what}");
                    let want: Vec<f64> = m["precisions"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|x| x.as_f64().unwrap())
                        .collect();
                    assert_eq!(sc.precisions.to_vec(), want, "{what}");
                    sc.verbose()
                }
                (MetricConfig::Chrf(_), Stats::Chrf(s)) => {
                    let want: Vec<u64> = m["stats"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .flat_map(|t| t.as_array().unwrap().iter().map(|x| x.as_u64().unwrap()))
                        .collect();
                    assert_eq!(s.0, want, "{what}");
                    String::new()
                }
                (MetricConfig::Ter(_), Stats::Ter(s)) => {
                    assert_eq!(s.edits, m["num_edits"].as_u64().unwrap(), "{what}");
                    assert_eq!(s.ref_len, m["ref_length"].as_f64().unwrap(), "{what}");
                    String::new()
                }
                _ => unreachable!(),
            };
            let line = text_line(&c.name(), &sig.long(), score, 2, &verbose);
            assert_eq!(line, m["text"].as_str().unwrap(), "{what}");
            checked += 1;
        }
    }
    assert_eq!(checked, 15);
}
