//! One shared set of checked records that every format's snapshot test renders: an omission
//! and an addition (with markup-like text that must be escaped), right-to-left Arabic, CJK, a
//! clean record with a reference score, a record below min-quality, one bad record and one
//! warning. Sentences are our own.

use std::path::PathBuf;

use super::{Reporter, RunSummary};
use crate::analyse::Lang;
use crate::checks::registry;
use crate::checks::{RuleMeta, Severity};
use crate::error::{InputError, InputWarning};
use crate::input::{Origin, Record};
use crate::metrics::{Metric, MetricConfig};
use crate::result::Scores;
use crate::result::{BelowMinQuality, Finding, RecordResult, UnitResult};

/// The reference of the fixture records that have one.
const REFERENCE: &str = "The stock market closed higher on Friday.";

fn meta(id: &str) -> &'static RuleMeta {
    registry::find(id)
        .expect("fixture uses a registered rule")
        .meta()
}

/// Code-point range of `part` in `whole`.
fn range(whole: &str, part: &str) -> [usize; 2] {
    let b = whole.find(part).expect("fixture part is in the text");
    let s = whole[..b].chars().count();
    [s, s + part.chars().count()]
}

/// (rule, severity, flagged source text, flagged translation text, message, suggestion).
type FixtureFinding<'a> = (
    &'static RuleMeta,
    Severity,
    Option<&'a str>,
    Option<&'a str>,
    &'a str,
    Option<&'a str>,
);

struct Unit<'a> {
    src: Option<&'a str>,
    hyp: Option<&'a str>,
    quality: f64,
    findings: Vec<FixtureFinding<'a>>,
}

fn record(
    id: &str,
    (src_lang, src): (Lang, &str),
    (tgt_lang, hyp): (Lang, &str),
    origin: Origin,
    units: Vec<Unit<'_>>,
    quality: f64,
    chrf: Option<f64>,
) -> RecordResult {
    let penalties = [1.0, 5.0, 25.0];
    let units: Vec<UnitResult> = units
        .into_iter()
        .enumerate()
        .map(|(index, u)| {
            let findings: Vec<Finding> = u
                .findings
                .iter()
                .map(|&(rule, severity, s, h, message, suggestion)| Finding {
                    rule,
                    severity,
                    src_span: s.map(|p| range(src, p)),
                    hyp_span: h.map(|p| range(hyp, p)),
                    message: message.to_string(),
                    suggestion: suggestion.map(str::to_string),
                })
                .collect();
            let mqm = crate::score::mqm::penalty_points(&findings, &penalties);
            UnitResult {
                index,
                src_range: u.src.map(|p| range(src, p)),
                hyp_range: u.hyp.map(|p| range(hyp, p)),
                src: u.src.unwrap_or("").to_string(),
                hyp: u.hyp.unwrap_or("").to_string(),
                scores: Scores {
                    quality: u.quality,
                    mqm,
                    ..Scores::default()
                },
                findings,
                src_words: u.src.map_or(0, |t| t.split_whitespace().count().max(1)),
            }
        })
        .collect();
    let mqm = units.iter().fold(0.0, |a, u| a + u.scores.mqm);
    RecordResult {
        record: Record {
            id: id.to_string(),
            src: src.to_string(),
            hyp: hyp.to_string(),
            reference: chrf.map(|_| REFERENCE.to_string()),
            src_lang: Some(src_lang),
            tgt_lang: Some(tgt_lang),
            allow: Vec::new(),
            origin,
        },
        src_lang,
        tgt_lang,
        units,
        scores: Scores {
            quality,
            mqm,
            chrf,
            ..Scores::default()
        },
        // Real statistics of the translation against the reference, for the run's corpus chrF.
        reference_stats: chrf
            .map(|_| {
                let c = MetricConfig::default_for(Metric::Chrf, true);
                vec![(Metric::Chrf, c.segment_stats(hyp, &[REFERENCE]))]
            })
            .unwrap_or_default(),
        below_min_quality: None,
    }
}

fn files(dir: &str, lang: &str) -> Origin {
    Origin {
        hyp_path: PathBuf::from(format!("corpus/{dir}/{lang}.txt")),
        src_path: Some(PathBuf::from(format!("corpus/{dir}/id.txt"))),
        line: None,
    }
}

/// The shared fixture records, in input order.
pub fn records() -> Vec<RecordResult> {
    let src1 = "Banjir merendam dua desa di Kabupaten Garut pada Selasa. Sebanyak 120 warga mengungsi ke balai desa.\n\nPetugas membagikan makanan dan selimut.";
    let hyp1 = "Floods submerged two villages in Garrut Regency on Tuesday.\n\nOfficials handed out food and blankets. The mayor promised \"new dams\" & <b>roads</b> by March.";
    let mut flood = record(
        "corpus/banjir/en.txt",
        (Lang::Id, src1),
        (Lang::En, hyp1),
        files("banjir", "en"),
        vec![
            Unit {
                src: Some("Banjir merendam dua desa di Kabupaten Garut pada Selasa."),
                hyp: Some("Floods submerged two villages in Garrut Regency on Tuesday."),
                quality: 40.0,
                findings: vec![(
                    meta("entity/name-altered"),
                    Severity::Critical,
                    Some("Garut"),
                    Some("Garrut"),
                    "“Garut” in the source became “Garrut”",
                    Some("Garut"),
                )],
            },
            Unit {
                src: Some("Sebanyak 120 warga mengungsi ke balai desa."),
                hyp: None,
                quality: 0.0,
                findings: vec![(
                    meta("omission/sentence"),
                    Severity::Major,
                    Some("Sebanyak 120 warga mengungsi ke balai desa."),
                    None,
                    "the source sentence “Sebanyak 120 warga mengungsi ke balai desa.” has no translation",
                    Some(
                        "translate the missing sentence: Sebanyak 120 warga mengungsi ke balai desa.",
                    ),
                )],
            },
            Unit {
                src: Some("Petugas membagikan makanan dan selimut."),
                hyp: Some("Officials handed out food and blankets."),
                quality: 98.0,
                findings: vec![],
            },
            Unit {
                src: None,
                hyp: Some("The mayor promised \"new dams\" & <b>roads</b> by March."),
                quality: 0.0,
                findings: vec![(
                    meta("addition/sentence"),
                    Severity::Major,
                    None,
                    Some("The mayor promised \"new dams\" & <b>roads</b> by March."),
                    "the translation adds “The mayor promised \"new dams\" & <b>roads</b> by March.”, which is not in the source",
                    Some("remove the sentence, or check the source"),
                )],
            },
        ],
        38.5,
        None,
    );
    let src2 = "Harga cabai naik 40 persen pekan ini.";
    let hyp2 = "ارتفعت أسعار الفلفل بنسبة 14 بالمئة هذا الأسبوع.";
    let chili = record(
        "corpus/cabai/ar.txt",
        (Lang::Id, src2),
        (Lang::Ar, hyp2),
        files("cabai", "ar"),
        vec![Unit {
            src: Some(src2),
            hyp: Some(hyp2),
            quality: 60.0,
            findings: vec![(
                meta("number/changed"),
                Severity::Major,
                Some("40"),
                Some("14"),
                "“40” in the source is “14” here",
                Some("40"),
            )],
        }],
        60.0,
        None,
    );
    let src3 = "Presiden meresmikan jembatan baru di Surabaya.";
    let hyp3 = "总统在泗水为新桥揭幕揭幕揭幕。";
    let bridge = record(
        "corpus/jembatan/zh.txt",
        (Lang::Id, src3),
        (Lang::Zh, hyp3),
        files("jembatan", "zh"),
        vec![Unit {
            src: Some(src3),
            hyp: Some(hyp3),
            quality: 85.0,
            findings: vec![(
                meta("repetition/phrase"),
                Severity::Minor,
                None,
                Some("揭幕揭幕"),
                "“揭幕” is repeated three times",
                Some("总统在泗水为新桥揭幕。"),
            )],
        }],
        85.0,
        None,
    );
    let src4 = "Pasar saham ditutup menguat pada Jumat.";
    let hyp4 = "The stock market closed higher on Friday.";
    let stocks = record(
        "saham-1",
        (Lang::Id, src4),
        (Lang::En, hyp4),
        Origin {
            hyp_path: PathBuf::from("records.jsonl"),
            src_path: None,
            line: Some(3),
        },
        vec![Unit {
            src: Some(src4),
            hyp: Some(hyp4),
            quality: 97.0,
            findings: vec![],
        }],
        97.0,
        Some(71.25),
    );
    // Below a min-quality of 50: the article fails the gate, and every format says why.
    flood.below_min_quality = BelowMinQuality::new(flood.scores.quality, 50.0);
    vec![flood, chili, bridge, stocks]
}

/// The fixture's bad record.
pub fn bad_record() -> InputError {
    InputError::MissingField {
        path: PathBuf::from("records.jsonl"),
        line: 4,
        id: Some("cuaca-5".into()),
        field: "hyp",
    }
}

/// The fixture's warning: a file in an article folder that is not read.
pub fn stray_file() -> InputWarning {
    InputWarning::StrayFile {
        path: PathBuf::from("corpus/banjir/notes.md"),
        src: "id.txt".into(),
        translations: "en.txt, fr.txt, zh.txt, ja.txt, ar.txt".into(),
    }
}

/// Feeds the fixture through `reporter` as the pipeline would.
pub fn render(reporter: &mut dyn Reporter) {
    let mut summary = RunSummary::default();
    reporter.warning(&stray_file()).unwrap();
    let recs = records();
    for (i, r) in recs.iter().enumerate() {
        summary.add(r);
        reporter.record(r).unwrap();
        if i == 2 {
            let e = bad_record();
            summary.errors.push(e.to_string());
            reporter.input_error(&e).unwrap();
        }
    }
    reporter.finish(&summary).unwrap();
}

/// Renders the fixture with the reporter that `make` builds over a buffer.
pub fn render_to_string(make: impl FnOnce(Box<dyn std::io::Write>) -> Box<dyn Reporter>) -> String {
    let buf = SharedBuf::default();
    {
        let mut r = make(Box::new(buf.clone()));
        render(r.as_mut());
    }
    let bytes = buf.0.lock().unwrap().clone();
    String::from_utf8(bytes).unwrap()
}

/// A buffer the test keeps a handle to while the reporter owns a writer into it.
#[derive(Clone, Default)]
pub struct SharedBuf(pub std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

impl std::io::Write for SharedBuf {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}
