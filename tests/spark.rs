//! The Spark driver (`examples/spark/mtcheck_spark.py`) in local mode over a few thousand
//! records of our own in several partitions: every record's units come back exactly once, the
//! merged summary is byte for byte the one a single run writes (bad records included), and a
//! tool that dies fails the job with its message. Ignored by default: it needs pyspark and a
//! JDK, which `.ci/run` installs (pyspark from PyPI, OpenJDK 17 where java is missing).

#![allow(clippy::unwrap_used)]

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::{code, paragraph_records, root, run, stderr};

const METRICS: &str = "chrf,bleu,ter";

/// `spark-submit` of the pyspark that `python3` imports.
fn spark_submit() -> PathBuf {
    let out = Command::new("python3")
        .args([
            "-c",
            "import os, pyspark; print(os.path.dirname(pyspark.__file__))",
        ])
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "pyspark is not installed (.ci/run installs it): {}",
        stderr(&out)
    );
    PathBuf::from(String::from_utf8(out.stdout).unwrap().trim()).join("bin/spark-submit")
}

/// Runs the driver over `input` into `out` with `binary` shipped as mtcheck.
fn driver(binary: &Path, input: &Path, out: &Path, partitions: usize) -> Output {
    let python = Command::new("python3")
        .args(["-c", "import sys; print(sys.executable)"])
        .output()
        .unwrap();
    let python = String::from_utf8(python.stdout).unwrap().trim().to_string();
    Command::new(spark_submit())
        .env("SPARK_LOCAL_IP", "127.0.0.1")
        .env("PYSPARK_PYTHON", &python)
        .env("PYSPARK_DRIVER_PYTHON", &python)
        .args(["--master", "local[2]", "--conf", "spark.ui.enabled=false"])
        .args(["--conf", "spark.log.level=WARN", "--files"])
        .arg(binary)
        .arg(root().join("examples/spark/mtcheck_spark.py"))
        .arg(input)
        .arg(out)
        .args(["--partitions", &partitions.to_string(), "--mtcheck"])
        .arg(binary)
        .args(["--", "--metrics", METRICS])
        .output()
        .expect("spark-submit runs")
}

fn part_files(dir: &Path) -> Vec<PathBuf> {
    let mut parts: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("part-"))
        })
        .collect();
    parts.sort();
    parts
}

#[test]
#[ignore = "needs pyspark and a JDK (.ci/run installs them)"]
fn spark_run_gives_the_units_and_the_summary_of_one_run() {
    let dir = tempfile::tempdir().unwrap();
    let text = paragraph_records(3000);
    let input = dir.path().join("records.jsonl");
    std::fs::write(&input, &text).unwrap();
    let one_doc = dir.path().join("one.json");
    let one = run(
        &[
            "check",
            "--input",
            "-",
            "--format",
            "jsonl",
            "--metrics",
            METRICS,
            "--summary",
            one_doc.to_str().unwrap(),
        ],
        text.as_bytes(),
    );
    assert_eq!(code(&one), 2, "bad records make the run exit 2");

    let out = dir.path().join("out");
    let bin = PathBuf::from(env!("CARGO_BIN_EXE_mtcheck"));
    let job = driver(&bin, &input, &out, 5);
    assert!(job.status.success(), "driver failed:\n{}", stderr(&job));

    // The merged summary is the single run's, byte for byte: figures, articles, and the bad
    // records with the lines they have in the whole input.
    let merged = std::fs::read_to_string(out.join("summary.json")).unwrap();
    let single = std::fs::read_to_string(&one_doc).unwrap();
    let doc: serde_json::Value = serde_json::from_str(&single).unwrap();
    let errors = doc["errors"].as_array().unwrap();
    assert!(errors.len() >= 60, "{} errors", errors.len());
    assert!(errors.iter().any(|e| e["line"].as_u64() > Some(2500)));
    assert!(
        merged == single,
        "the merged summary differs from one run's"
    );

    // Several partitions, and every record's units exactly once, in input order.
    let parts = part_files(&out.join("units"));
    assert!(parts.len() >= 4, "{} partitions", parts.len());
    let units: Vec<String> = parts
        .iter()
        .flat_map(|p| {
            std::fs::read_to_string(p)
                .unwrap()
                .lines()
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect();
    let single_units: Vec<String> = String::from_utf8(one.stdout)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect();
    assert_eq!(units.len(), single_units.len());
    // Records without an id are named by their line in the whole input, as one run names them.
    assert!(
        single_units
            .iter()
            .any(|l| l.starts_with("{\"id\":\"<stdin>:"))
    );
    let mut seen = std::collections::BTreeSet::new();
    for (a, b) in units.iter().zip(&single_units) {
        assert_eq!(a, b);
        let v: serde_json::Value = serde_json::from_str(a).unwrap();
        let key = (
            v["id"].as_str().unwrap().to_string(),
            v["unit"].as_u64().unwrap(),
        );
        assert!(seen.insert(key), "a unit twice: {a}");
    }
}

/// A wrapper around mtcheck that fails as `how` says once it has read some input.
fn failing_tool(dir: &Path, how: &str) -> PathBuf {
    let path = dir.join(format!("mtcheck-{how}"));
    let body = match how {
        "killed" => {
            "head -c 2000 >/dev/null\necho 'mtcheck-wrapper: about to be killed' >&2\nkill -9 $$\n"
        }
        _ => "head -c 2000 >/dev/null\necho 'mtcheck-wrapper: out of disk space' >&2\nexit 3\n",
    };
    let script = format!(
        "#!/bin/sh\n# mtcheck merge runs on the driver: pass it through.\nif [ \"$1\" = merge ]; then exec {} \"$@\"; fi\n{body}",
        env!("CARGO_BIN_EXE_mtcheck")
    );
    std::fs::write(&path, script).unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    path
}

#[test]
#[ignore = "needs pyspark and a JDK (.ci/run installs them)"]
fn a_tool_that_dies_fails_the_job_with_its_message() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("records.jsonl");
    std::fs::write(&input, paragraph_records(400)).unwrap();
    for (how, says) in [("exit3", "exit code 3"), ("killed", "killed by signal 9")] {
        let tool = failing_tool(dir.path(), how);
        let out = dir.path().join(format!("out-{how}"));
        let job = driver(&tool, &input, &out, 3);
        let err = stderr(&job);
        assert!(!job.status.success(), "{how}: the job succeeded");
        assert!(err.contains("mtcheck failed on partition"), "{how}: {err}");
        assert!(err.contains(says), "{how}: {err}");
        let message = if how == "killed" {
            "about to be killed"
        } else {
            "out of disk space"
        };
        assert!(
            err.contains(message),
            "{how}: the tool's message is lost: {err}"
        );
        assert!(
            !out.join("summary.json").exists(),
            "{how}: a summary was written"
        );
    }
}
