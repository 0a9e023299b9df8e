//! The HTML report in a real browser (headless Chromium): the page renders the findings, its
//! script runs to the end without a JavaScript error, `j`/`k` move between findings, hostile
//! article text stays text, and a screenshot is written to `target/report-screenshot.png`.
//!
//! Ignored by default (it needs Chromium): `cargo test --test browser -- --ignored`. CI installs
//! Debian's `chromium` package; `MTCHECK_CHROMIUM` names another binary. The corpus is
//! `corpora/` when it exists, and always a small built-in one with an omission, an addition,
//! Arabic, Chinese and hostile markup.

#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const SRC: &str = "Banjir merendam tiga desa di Kabupaten Garut pada Selasa pagi. Sebanyak empat ratus warga dari tiga desa itu terpaksa mengungsi ke masjid, sekolah, dan balai desa terdekat karena air terus naik hingga setinggi dada orang dewasa sepanjang malam. Hujan diperkirakan berlanjut hingga akhir pekan.";
const EN: &str = "Floods submerged three villages in Garut Regency on Tuesday morning. Rain is expected to continue until the weekend. <script>document.title='pwned'</script><img src=x onerror=\"document.title='pwned'\">";
const AR: &str = "غمرت الفيضانات ثلاث قرى في منطقة غاروت صباح الثلاثاء. ومن المتوقع أن يستمر هطول الأمطار حتى نهاية الأسبوع.";
const ZH: &str = "周二上午，洪水淹没了加鲁特县的三个村庄。预计降雨将持续到周末。";

fn chromium() -> PathBuf {
    std::env::var_os("MTCHECK_CHROMIUM")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/bin/chromium"))
}

fn built_in_corpus(dir: &Path) -> PathBuf {
    let art = dir.join("corpus/banjir");
    std::fs::create_dir_all(&art).unwrap();
    for (name, text) in [
        ("id.txt", SRC),
        ("en.txt", EN),
        ("ar.txt", AR),
        ("zh.txt", ZH),
    ] {
        std::fs::write(art.join(name), text).unwrap();
    }
    dir.join("corpus")
}

fn report(corpus: &Path, out: &Path) {
    let o = Command::new(env!("CARGO_BIN_EXE_mtcheck"))
        .args(["check", "--format", "html", "--quiet", "--output"])
        .arg(out)
        .arg(corpus)
        .output()
        .unwrap();
    assert!(
        matches!(o.status.code(), Some(0 | 1)),
        "mtcheck failed: {}",
        String::from_utf8_lossy(&o.stderr)
    );
}

fn chrome(profile: &Path, extra: &[&str], url: &str) -> Output {
    let bin = chromium();
    assert!(
        bin.exists(),
        "{} not found: install Debian's chromium package or set MTCHECK_CHROMIUM",
        bin.display()
    );
    Command::new(bin)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--enable-logging=stderr",
            "--v=0",
            "--virtual-time-budget=2000",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(extra)
        .arg(url)
        .output()
        .unwrap()
}

/// Console messages in Chromium's log (`INFO:CONSOLE` lines, uncaught exceptions among them):
/// the report's script writes none, so any is an error.
fn js_errors(stderr: &str) -> Vec<&str> {
    stderr
        .lines()
        .filter(|l| l.contains(":CONSOLE") || l.contains("Uncaught"))
        .collect()
}

fn check_page(page: &Path, profile: &Path) -> String {
    let url = format!("file://{}#selftest-keys", page.display());
    let out = chrome(profile, &["--dump-dom"], &url);
    let dom = String::from_utf8_lossy(&out.stdout).into_owned();
    let log = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(
        js_errors(&log).is_empty(),
        "JavaScript errors: {:#?}",
        js_errors(&log)
    );
    assert!(
        dom.contains("data-ready=\"1\""),
        "the report's script did not finish:\n{log}"
    );
    assert!(dom.contains("class=\"finding"), "no finding in the page");
    assert!(
        dom.contains("data-selftest=\"f1\""),
        "j/k did not move to the first finding"
    );
    assert!(!dom.contains("<title>pwned"), "article text ran as script");
    dom
}

#[test]
#[ignore = "needs headless Chromium (CI installs Debian's chromium package)"]
fn report_renders_in_chromium() {
    let dir = tempfile::tempdir().unwrap();
    let profile = dir.path().join("profile");
    let corpus = built_in_corpus(dir.path());
    let page = dir.path().join("report.html");
    report(&corpus, &page);
    let dom = check_page(&page, &profile);
    assert!(dom.contains("dir=\"rtl\""), "Arabic is not right to left");
    assert!(
        dom.contains("&lt;script&gt;document.title"),
        "hostile text not shown as text"
    );

    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let corpora = root.join("corpora");
    let shown = if corpora.is_dir() {
        let page = dir.path().join("corpora.html");
        report(&corpora, &page);
        check_page(&page, &profile);
        page
    } else {
        page
    };
    let shot = root.join("target/report-screenshot.png");
    std::fs::create_dir_all(shot.parent().unwrap()).unwrap();
    let _ = std::fs::remove_file(&shot);
    let out = chrome(
        &profile,
        &[
            &format!("--screenshot={}", shot.display()),
            "--window-size=1400,1800",
            "--hide-scrollbars",
        ],
        &format!("file://{}", shown.display()),
    );
    assert!(
        shot.is_file(),
        "no screenshot: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}
