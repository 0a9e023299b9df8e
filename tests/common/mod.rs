//! Shared by the integration tests: run the `mtcheck` binary, and read its JSONL output back
//! into typed structs that reject unknown fields, so the tests check the data contract
//! (`src/report/jsonl.rs`) rather than whatever the reporter happens to print.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde::Deserialize;

/// The `kind` values of the data contract, the families that scripts and scorers match on.
pub const KINDS: &[&str] = &[
    "entity",
    "number",
    "negation",
    "omission",
    "addition",
    "untranslated",
    "wrong-language",
    "repetition",
    "length",
    "watchlist",
    "glossary",
    "punctuation",
    "fluency",
];

/// One output line: one aligned unit.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Unit {
    pub id: String,
    pub unit: usize,
    pub src_range: Option<[usize; 2]>,
    pub hyp_range: Option<[usize; 2]>,
    pub src: String,
    pub hyp: String,
    pub scores: BTreeMap<String, f64>,
    pub flags: Vec<Flag>,
}

/// One finding.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Flag {
    pub rule: String,
    pub kind: String,
    pub category: String,
    pub severity: String,
    pub hyp_span: Option<[usize; 2]>,
    pub src_span: Option<[usize; 2]>,
    pub message: String,
    pub suggestion: Option<String>,
}

impl Flag {
    /// Whether the finding is serious enough to count (major or critical).
    pub fn is_serious(&self) -> bool {
        self.severity == "major" || self.severity == "critical"
    }
}

/// The repository's root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A command running the binary under test, in the repository's root.
pub fn mtcheck() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_mtcheck"));
    c.current_dir(root());
    c.env_remove("NO_COLOR");
    c
}

/// Runs the binary with `args` and `stdin`.
pub fn run(args: &[&str], stdin: &[u8]) -> Output {
    run_in(&root(), args, stdin)
}

/// Runs the binary with `args` and `stdin` in the folder `dir`.
pub fn run_in(dir: &Path, args: &[&str], stdin: &[u8]) -> Output {
    let mut child = mtcheck()
        .current_dir(dir)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the mtcheck binary runs");
    let mut pipe = child.stdin.take().expect("stdin is piped");
    let data = stdin.to_vec();
    // Written from a thread so a large input cannot deadlock against a full stdout pipe.
    let writer = std::thread::spawn(move || {
        let _ = pipe.write_all(&data);
    });
    let out = child.wait_with_output().expect("mtcheck finishes");
    writer.join().expect("the stdin writer ends");
    out
}

/// The exit code (panics on a signal, which is itself a failure).
pub fn code(out: &Output) -> i32 {
    out.status
        .code()
        .unwrap_or_else(|| panic!("mtcheck was killed: {:?}\n{}", out.status, stderr(out)))
}

/// Standard error as text.
pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Parses JSONL output into units; any line that does not fit the contract fails the test.
pub fn units(stdout: &[u8]) -> Vec<Unit> {
    let text = std::str::from_utf8(stdout).expect("the output is UTF-8");
    text.lines()
        .enumerate()
        .map(|(i, line)| {
            serde_json::from_str(line)
                .unwrap_or_else(|e| panic!("output line {}: {e}\n{line}", i + 1))
        })
        .collect()
}

/// The code points `range` of `text`.
pub fn slice(text: &str, range: [usize; 2]) -> String {
    text.chars()
        .skip(range[0])
        .take(range[1].saturating_sub(range[0]))
        .collect()
}

/// Writes a JSONL file of `(id, src, hyp, tgt_lang)` records into `dir`.
pub fn write_jsonl(dir: &Path, name: &str, records: &[(&str, &str, &str, &str)]) -> PathBuf {
    let mut text = String::new();
    for (id, src, hyp, tgt) in records {
        let v = serde_json::json!({"id": id, "src": src, "hyp": hyp, "src_lang": "id", "tgt_lang": tgt});
        text.push_str(&v.to_string());
        text.push('\n');
    }
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

/// A few short records of our own, clean and with planted errors, for batch tests.
pub fn sample_records() -> Vec<(&'static str, &'static str, &'static str, &'static str)> {
    vec![
        (
            "r1",
            "Harga cabai di Pasar Induk Kramat Jati naik 20 persen. Pedagang menyebut pasokan dari Garut berkurang.",
            "The price of chillies at Kramat Jati Main Market rose 20 percent. Traders said supply from Garut had fallen.",
            "en",
        ),
        (
            "r2",
            "Gempa berkekuatan 5,6 mengguncang Cianjur pada Senin siang. Warga berhamburan keluar rumah. Belum ada laporan korban jiwa.",
            "Un séisme de magnitude 5,6 a secoué Cianjur lundi midi. Les habitants se sont précipités hors de chez eux.",
            "fr",
        ),
        (
            "r3",
            "Kereta cepat Jakarta-Bandung mengangkut 18.000 penumpang pada akhir pekan lalu.",
            "雅加达—万隆高铁上周末运送了18000名乘客。",
            "zh",
        ),
        (
            "r4",
            "Menteri Kesehatan meresmikan rumah sakit baru di Kupang. Rumah sakit itu memiliki 300 tempat tidur.",
            "保健大臣はクパンで新しい病院の開院式を行った。病院には300床がある。この病院は日本の支援で建てられた。",
            "ja",
        ),
        (
            "r5",
            "Pemerintah tidak akan menaikkan harga bahan bakar tahun ini.",
            "لن ترفع الحكومة أسعار الوقود هذا العام.",
            "ar",
        ),
    ]
}

/// `n` JSONL lines built from the paragraphs of `corpora/` (each translation keeps its
/// source's paragraphs, so paragraph `i` of `en.txt` translates paragraph `i` of `id.txt`),
/// cycled with fresh ids, the human reference where there is one, and some lines a batch must
/// report and skip: broken JSON, a record without "hyp", blank lines, and records without an
/// id (named by their line). Text of our own, for the shard and merge tests.
pub fn paragraph_records(n: usize) -> String {
    let mut pairs: Vec<(String, String, String, Option<String>)> = Vec::new();
    let corpora = root().join("corpora");
    let mut articles: Vec<PathBuf> = std::fs::read_dir(&corpora)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    articles.sort();
    let paragraphs = |p: &Path| -> Vec<String> {
        std::fs::read_to_string(p)
            .unwrap()
            .trim()
            .split("\n\n")
            .map(str::to_string)
            .collect()
    };
    for dir in &articles {
        let src = paragraphs(&dir.join("id.txt"));
        let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        files.sort();
        for f in files {
            let name = f.file_name().unwrap().to_string_lossy().into_owned();
            let Some(lang) = name.strip_suffix(".txt") else {
                continue;
            };
            if lang == "id" || lang.contains('.') {
                continue;
            }
            let refs = dir.join(format!("{lang}.ref.txt"));
            let refs = refs.exists().then(|| paragraphs(&refs));
            for (i, (s, h)) in src.iter().zip(paragraphs(&f)).enumerate() {
                let r = refs.as_ref().and_then(|r| r.get(i).cloned());
                pairs.push((s.clone(), h, lang.to_string(), r));
            }
        }
    }
    let mut out = String::new();
    for i in 0..n {
        let (s, h, lang, r) = &pairs[i % pairs.len()];
        let line = match i % 97 {
            13 => format!("{{\"id\": \"broken-{i}\", \"src\": \"{s}\"\n"),
            29 => format!(
                "{}\n",
                serde_json::json!({"id": format!("nohyp-{i}"), "src": s})
            ),
            41 => "\n".to_string(),
            _ => {
                let mut v = serde_json::json!({"src": s, "hyp": h, "tgt_lang": lang});
                if i % 97 != 53 {
                    v["id"] = format!("p{i}").into();
                }
                if let Some(r) = r {
                    v["ref"] = r.clone().into();
                }
                format!("{v}\n")
            }
        };
        out.push_str(&line);
    }
    out
}

/// `text`'s lines cut into `parts` runs of about equal length (each ending in a line break).
pub fn split_lines(text: &str, parts: usize) -> Vec<String> {
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let per = lines.len().div_ceil(parts);
    lines.chunks(per).map(|c| c.concat()).collect()
}
