//! Runs every article in `corpora/` and compares its findings with a committed expected file
//! per translation, `tests/corpora/<article>.<lang>.expected` (harper's `.snap.yml` files do
//! the same for its linters): a change in what mtcheck reports on the sample corpus shows up
//! as a reviewable diff. Each line of an expected file is one finding: its unit, severity, rule
//! and the text it flags on each side.
//!
//! After an intended change, regenerate the files and read the diff before committing:
//!
//! ```text
//! MTCHECK_BLESS=1 cargo test --test corpora
//! git diff tests/corpora/
//! ```
//!
//! `corpora/README.md` says which findings each file must and must not have.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::PathBuf;

use common::{Unit, code, root, run, slice, stderr, units};

/// The folder of expected files.
fn expected_dir() -> PathBuf {
    root().join("tests").join("corpora")
}

/// The expected-file name of a record id such as `corpora/suku-bunga-bi/en.txt`.
fn expected_name(id: &str) -> String {
    let mut parts = id.rsplit('/');
    let file = parts.next().unwrap();
    let article = parts.next().unwrap();
    let lang = file.strip_suffix(".txt").unwrap();
    format!("{article}.{lang}.expected")
}

/// Quotes text on one line, so findings on whitespace or across lines stay visible.
fn quoted(text: &str) -> String {
    format!("{text:?}")
}

/// The findings of one record, one line each.
fn render(id: &str, src: &str, hyp: &str, record_units: &[&Unit]) -> String {
    let mut out = format!(
        "# mtcheck check corpora/: findings on {id} (unit, severity, rule, flagged text)\n\
         # regenerate with MTCHECK_BLESS=1 cargo test --test corpora; see corpora/README.md\n"
    );
    let mut n = 0;
    for u in record_units {
        for f in &u.flags {
            n += 1;
            let _ = write!(out, "unit {:>2}  {:<8}  {}", u.unit, f.severity, f.rule);
            if let Some(s) = f.hyp_span {
                let _ = write!(out, "  hyp {}", quoted(&slice(hyp, s)));
            }
            if let Some(s) = f.src_span {
                let _ = write!(out, "  src {}", quoted(&slice(src, s)));
            }
            out.push('\n');
        }
    }
    if n == 0 {
        out.push_str("(no findings)\n");
    }
    out
}

#[test]
fn corpora_findings_match_the_expected_files() {
    let out = run(
        &["check", "corpora", "--format", "jsonl", "--threads", "2"],
        b"",
    );
    assert!(
        code(&out) <= 1,
        "exit code {}: {}",
        code(&out),
        stderr(&out)
    );
    let all = units(&out.stdout);
    let mut records: BTreeMap<String, Vec<&Unit>> = BTreeMap::new();
    for u in &all {
        records.entry(u.id.clone()).or_default().push(u);
    }
    let bless = std::env::var_os("MTCHECK_BLESS").is_some_and(|v| !v.is_empty() && v != "0");
    let dir = expected_dir();
    if bless {
        std::fs::create_dir_all(&dir).unwrap();
    }
    let mut failures = Vec::new();
    let mut wanted = Vec::new();
    for (id, list) in &records {
        let hyp = std::fs::read_to_string(root().join(id)).unwrap();
        let src_id = format!("{}/id.txt", id.rsplit_once('/').unwrap().0);
        let src = std::fs::read_to_string(root().join(src_id)).unwrap();
        let got = render(id, &src, &hyp, list);
        let name = expected_name(id);
        let path = dir.join(&name);
        wanted.push(name.clone());
        if bless {
            std::fs::write(&path, &got).unwrap();
            continue;
        }
        match std::fs::read_to_string(&path) {
            Ok(want) if want == got => {}
            Ok(want) => failures.push(format!(
                "{name} differs:\n--- expected\n{want}--- got\n{got}"
            )),
            Err(_) => failures.push(format!("{name} is missing; it would hold:\n{got}")),
        }
    }
    // An expected file for a translation that no longer exists is stale.
    for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.ends_with(".expected") && !wanted.contains(&name) {
            if bless {
                std::fs::remove_file(entry.path()).unwrap();
            } else {
                failures.push(format!("{name} has no translation in corpora/ any more"));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{}\n\nIf the change is intended: MTCHECK_BLESS=1 cargo test --test corpora, then read git diff tests/corpora/",
        failures.join("\n")
    );
}
