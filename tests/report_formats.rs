//! The whole-run formats end to end through the binary: HTML escapes hostile article text,
//! JSON and Markdown summarise, and `| head` ends quietly.

#![allow(clippy::unwrap_used)]

use std::io::Read;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

/// An article whose middle sentence the translation drops (our own sentences): the
/// alignment leaves it with no translation, a major `omission/sentence` finding.
const SRC: &str = "Banjir merendam tiga desa di Kabupaten Garut pada Selasa pagi. Sebanyak empat ratus warga dari tiga desa itu terpaksa mengungsi ke masjid, sekolah, dan balai desa terdekat karena air terus naik hingga setinggi dada orang dewasa sepanjang malam. Hujan diperkirakan berlanjut hingga akhir pekan.";
const HYP: &str = "Floods submerged three villages in Garut Regency on Tuesday morning. Rain is expected to continue until the weekend.";

fn corpus(dir: &Path, hyp_extra: &str) {
    let art = dir.join("corpus/banjir");
    std::fs::create_dir_all(&art).unwrap();
    std::fs::write(art.join("id.txt"), SRC).unwrap();
    std::fs::write(art.join("en.txt"), format!("{HYP}{hyp_extra}")).unwrap();
}

fn run(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_mtcheck"))
        .current_dir(dir)
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn html_shows_hostile_text_as_text() {
    let dir = tempfile::tempdir().unwrap();
    corpus(
        dir.path(),
        " <script>alert('x')</script> <img src=x onerror=alert(1)> \"quoted\" & more.",
    );
    let out = run(dir.path(), &["check", "corpus", "--format", "html"]);
    assert_eq!(out.status.code(), Some(1));
    let page = String::from_utf8(out.stdout).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(!page.contains("<script>alert"), "article script left raw");
    assert!(!page.contains("<img"), "article img left raw");
    assert!(page.contains("&lt;script&gt;alert('x')&lt;/script&gt;"));
    assert!(page.contains("&lt;img src=x onerror=alert(1)&gt;"));
    assert_eq!(
        page.matches("<script").count(),
        1,
        "only the report's own script"
    );
    assert!(
        !page.contains("http://") && !page.contains("https://"),
        "loads nothing"
    );
    assert!(page.contains("class=\"finding sev-major\""));
}

#[test]
fn json_has_article_and_corpus_summaries() {
    let dir = tempfile::tempdir().unwrap();
    corpus(dir.path(), "");
    let out = run(dir.path(), &["check", "corpus", "--format", "json"]);
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["summary"]["articles"], 1);
    assert_eq!(doc["summary"]["by_kind"]["omission"], 1);
    assert!(doc["summary"]["penalty_per_1000_words"].as_f64().unwrap() > 0.0);
    let a = &doc["articles"][0];
    assert_eq!(a["id"], "corpus/banjir/en.txt");
    assert_eq!(a["flags"][0]["rule"], "omission/sentence");
    assert!(a["quality"].as_f64().unwrap() < 100.0);
}

#[test]
fn markdown_is_a_short_summary() {
    let dir = tempfile::tempdir().unwrap();
    corpus(dir.path(), "");
    let out = run(dir.path(), &["check", "corpus", "--format", "markdown"]);
    let md = String::from_utf8(out.stdout).unwrap();
    assert!(
        md.starts_with("## mtcheck: 1 finding in 1 of 1 article"),
        "{md}"
    );
    assert!(md.contains("`omission/sentence`"));
    assert!(md.contains("*Suggestion:*"));
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let dir = tempfile::tempdir().unwrap();
    corpus(dir.path(), "");
    let records: String = (0..3000)
        .map(|i| {
            format!(
                "{{\"id\": \"r{i}\", \"src\": \"Harga beras naik.\", \"hyp\": \"Rice prices rose.\"}}\n"
            )
        })
        .collect();
    std::fs::write(dir.path().join("r.jsonl"), records).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_mtcheck"))
        .current_dir(dir.path())
        .args(["check", "--input", "r.jsonl", "--format", "jsonl"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 16];
    stdout.read_exact(&mut first).unwrap();
    drop(stdout);
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(out.status.code(), Some(0), "{err}");
}

#[test]
fn whole_run_formats_do_not_depend_on_threads() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..6 {
        let art = dir.path().join(format!("corpus/a{i}"));
        std::fs::create_dir_all(&art).unwrap();
        std::fs::write(art.join("id.txt"), SRC).unwrap();
        std::fs::write(art.join("en.txt"), HYP).unwrap();
        std::fs::write(art.join("fr.txt"), "Des inondations ont submergé trois villages mardi matin. La pluie devrait continuer jusqu'au week-end.").unwrap();
    }
    for format in ["html", "sarif", "json", "markdown"] {
        let one = run(dir.path(), &["check", "corpus", "-f", format, "-j", "1"]);
        let four = run(dir.path(), &["check", "corpus", "-f", format, "-j", "4"]);
        assert!(!one.stdout.is_empty());
        assert!(
            one.stdout == four.stdout,
            "--format {format} differs with -j 4"
        );
    }
}

/// The repository's own corpus (`corpora/`) as every whole-run format ranks it.
fn corpora(format: &str) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = run(root, &["check", "corpora", "--format", format, "--quiet"]);
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn every_report_ranks_an_article_with_a_critical_finding_first() {
    // JSON keeps the articles in input order and gives the ranking beside them.
    let doc: Value = serde_json::from_str(&corpora("json")).unwrap();
    let articles = doc["articles"].as_array().unwrap();
    let ids: Vec<&str> = articles.iter().map(|a| a["id"].as_str().unwrap()).collect();
    let mut streamed: Vec<String> = Vec::new();
    for line in corpora("jsonl").lines() {
        let id = serde_json::from_str::<Value>(line).unwrap()["id"]
            .as_str()
            .unwrap()
            .to_string();
        if streamed.last() != Some(&id) {
            streamed.push(id);
        }
    }
    assert_eq!(
        ids, streamed,
        "articles in input order, as JSONL streams them"
    );
    let first = doc["ranking"][0].as_u64().unwrap() as usize;
    assert!(articles[first]["by_severity"]["critical"].as_u64().unwrap() > 0);
    let first_id = ids[first];
    // The Markdown table and the HTML summary open with the same article.
    let md = corpora("markdown");
    let table = md.split("### Worst articles").nth(1).unwrap();
    let row = table.lines().find(|l| l.starts_with("| corpora/")).unwrap();
    assert!(row.starts_with(&format!("| {first_id} |")), "{row}");
    let html = corpora("html");
    let summary = html.split("Articles, worst first").nth(1).unwrap();
    let first_row = summary.split("<tr>").nth(2).unwrap();
    assert!(first_row.contains(first_id), "{first_row}");
}
