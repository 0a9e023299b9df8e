//! `--format json`: one JSON document for the whole run, written at the end:
//!
//! ```text
//! {"tool": {"name": "mtcheck", "version": "..."},
//!  "summary": {"articles", "units", "findings", "by_severity": {"minor", "major", "critical"},
//!              "by_kind": {<kind>: n}, "quality", "penalty_points", "src_words",
//!              "penalty_per_1000_words", "reference"?: {"chrf"?, ...},
//!              "corpus_reference"?: {"chrf"?, ...}, "input_errors", "below_min_quality"},
//!  "articles": [{"id", "src_lang", "tgt_lang", "units", "findings", "by_severity", "by_kind",
//!                "quality", "penalty_points", "src_words", "penalty_per_1000_words",
//!                "reference"?, "below_min_quality"?: {"quality", "min_quality", "by"},
//!                "flags": [{"unit", "src", "hyp", <the JSONL flag fields>}]}],
//!  "ranking": [<position in articles, from 0>, ...],
//!  "errors": [{"message", "id"?, "path"?, "line"?}],
//!  "warnings": [{"message", "path"}]}
//! ```
//!
//! `below_min_quality` is present on an article whose quality is below `[thresholds]
//! min-quality` (it fails the gate, exit 1): the quality, the threshold and how far below it
//! is; the summary counts those articles. `errors` are the records that could not be read or checked (exit 2); `warnings` name what
//! was not read (a stray file in a corpus folder), which does not change the exit code.
//! Articles are in input order; `ranking` lists their positions in `articles` (from 0) worst
//! first, as every report ranks them: more critical findings, then more major ones, then lower
//! quality (`ArticleSummary::worse_first`). The corpus quality is the articles' quality weighted by their
//! source words; `reference` holds each reference metric's mean over the articles that have
//! it, and `corpus_reference` the metric over the whole run, from the summed statistics of all
//! records (as sacreBLEU's corpus scores).
//! Spans are code points of the record's text and `unit` counts from 1, as in the JSONL contract
//! (`jsonl.rs`).

use std::io::{self, Write};

use serde::Serialize;

use super::{ArticleSummary, CorpusSummary, FlagOut, Reporter, RunSummary, diag, error_location};
use crate::error::{InputError, InputWarning};
use crate::input::display_path;
use crate::result::{Finding, RecordResult};

/// One finding with the unit it belongs to, as kept until the end of the run.
#[derive(Debug)]
struct Flag {
    unit: usize,
    src: String,
    hyp: String,
    finding: Finding,
}

#[derive(Debug)]
struct Article {
    summary: ArticleSummary,
    flags: Vec<Flag>,
}

/// The wire form of a finding: its unit, the unit's texts, then the JSONL flag fields.
#[derive(Debug, Serialize)]
struct FlagRef<'a> {
    unit: usize,
    src: &'a str,
    hyp: &'a str,
    #[serde(flatten)]
    flag: FlagOut<'a>,
}

#[derive(Debug, Serialize)]
struct ArticleRef<'a> {
    #[serde(flatten)]
    summary: &'a ArticleSummary,
    flags: Vec<FlagRef<'a>>,
}

#[derive(Debug, Serialize)]
struct ErrorNote {
    message: String,
    /// The JSONL record's id, when it could be read.
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    path: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<usize>,
}

#[derive(Debug, Serialize)]
struct Tool {
    name: &'static str,
    version: &'static str,
}

#[derive(Debug, Serialize)]
struct Document<'a> {
    tool: Tool,
    summary: CorpusSummary,
    articles: Vec<ArticleRef<'a>>,
    /// Positions in `articles`, worst first (`super::ranking`).
    ranking: Vec<usize>,
    errors: &'a [ErrorNote],
    warnings: &'a [WarningNote],
}

#[derive(Debug, Serialize)]
struct WarningNote {
    message: String,
    path: String,
}

/// Keeps every article's summary and findings, writes one document at the end.
pub struct Json<'w> {
    out: Box<dyn Write + 'w>,
    articles: Vec<Article>,
    errors: Vec<ErrorNote>,
    warnings: Vec<WarningNote>,
}

impl<'w> Json<'w> {
    /// Writes to `out`.
    pub fn new(out: Box<dyn Write + 'w>) -> Self {
        Json {
            out,
            articles: Vec::new(),
            errors: Vec::new(),
            warnings: Vec::new(),
        }
    }
}

impl Reporter for Json<'_> {
    fn record(&mut self, r: &RecordResult) -> io::Result<()> {
        let mut flags = Vec::new();
        for u in &r.units {
            for f in &u.findings {
                flags.push(Flag {
                    unit: u.number(),
                    src: u.src.clone(),
                    hyp: u.hyp.clone(),
                    finding: f.clone(),
                });
            }
        }
        self.articles.push(Article {
            summary: ArticleSummary::new(r),
            flags,
        });
        Ok(())
    }

    fn input_error(&mut self, error: &InputError) -> io::Result<()> {
        diag::error(&error.to_string());
        let (path, line) = error_location(error);
        self.errors.push(ErrorNote {
            message: error.to_string(),
            id: error.record_id().map(str::to_string),
            path: path.map(display_path),
            line,
        });
        Ok(())
    }

    fn warning(&mut self, warning: &InputWarning) -> io::Result<()> {
        diag::warning(&warning.to_string());
        self.warnings.push(WarningNote {
            message: warning.to_string(),
            path: display_path(warning.path()),
        });
        Ok(())
    }

    fn finish(&mut self, run: &RunSummary) -> io::Result<()> {
        let summaries: Vec<ArticleSummary> =
            self.articles.iter().map(|a| a.summary.clone()).collect();
        let mut summary = CorpusSummary::new(&summaries, self.errors.len());
        summary.corpus_reference = run.reference_scores();
        let doc = Document {
            tool: Tool {
                name: "mtcheck",
                version: env!("CARGO_PKG_VERSION"),
            },
            summary,
            ranking: super::ranking(&summaries),
            articles: self
                .articles
                .iter()
                .map(|a| ArticleRef {
                    summary: &a.summary,
                    flags: a
                        .flags
                        .iter()
                        .map(|f| FlagRef {
                            unit: f.unit,
                            src: &f.src,
                            hyp: &f.hyp,
                            flag: FlagOut::from(&f.finding),
                        })
                        .collect(),
                })
                .collect(),
            errors: &self.errors,
            warnings: &self.warnings,
        };
        serde_json::to_writer_pretty(&mut self.out, &doc)?;
        self.out.write_all(b"\n")?;
        self.out.flush()
    }
}

#[cfg(test)]
mod tests;
