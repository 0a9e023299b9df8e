//! `--format json`: one JSON document for the whole run, written at the end:
//!
//! ```text
//! {"tool": {"name": "mtcheck", "version": "..."},
//!  "settings"?: {"metrics": [...], "fingerprint": "..."},
//!  "input"?: {"path", "first_line"?, "lines"?},
//!  "summary": {"articles", "units", "findings", "by_severity": {"minor", "major", "critical"},
//!              "by_kind": {<kind>: n}, "quality", "penalty_points", "src_words",
//!              "penalty_per_1000_words", "reference"?: {"chrf"?, ...},
//!              "corpus_reference"?: {"chrf"?, ...}, "reference_stats"?: {<metric>: ...},
//!              "input_errors", "below_min_quality"},
//!  "articles": [{"id", "line"?, "src_lang", "tgt_lang", "units", "findings", "by_severity", "by_kind",
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
//! quality (`ArticleSummary::worse_first`); it is derived from the articles, so `mtcheck merge`
//! computes it again for the merged ones. The corpus quality is the articles' quality weighted by their
//! source words; `reference` holds each reference metric's mean over the articles that have
//! it, and `corpus_reference` the metric over the whole run, from the summed statistics of all
//! records (as sacreBLEU's corpus scores).
//! Spans are code points of the record's text and `unit` counts from 1, as in the JSONL contract
//! (`jsonl.rs`).
//!
//! The document is also what `mtcheck merge` reads back: `settings` says what the run was made
//! with (its reference metrics and a fingerprint of every setting that changes a figure), so
//! that documents made otherwise are refused; `input` names the input and, for JSONL, the
//! lines read (blank ones included), so that line numbers continue across shards; an
//! article's `line` is its line in a JSONL input; `reference_stats` are the summed integer
//! statistics `corpus_reference` is computed from. Every corpus figure is computed from
//! integer sums ([`CorpusTotals`]), so a merge of shards gives the one-run document byte for
//! byte. Articles are written to a spill file as they come (memory stays flat on a long run)
//! and copied into the document at the end.

use std::collections::BTreeMap;
use std::io::{self, Seek, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::{
    ArticleSummary, CorpusSummary, CorpusTotals, RankKey, Reporter, RunSummary, diag,
    error_location, ranking_of,
};
use crate::checks::{Kind, Severity};
use crate::error::{InputError, InputWarning};
use crate::input::display_path;
use crate::metrics::{Metric, Stats};
use crate::result::{Finding, RecordResult, UnitResult};

/// The wire form of a finding: its unit, the unit's texts, then the JSONL flag fields.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FlagNote {
    pub unit: usize,
    pub src: String,
    pub hyp: String,
    pub rule: String,
    pub kind: Kind,
    pub category: String,
    pub severity: Severity,
    pub hyp_span: Option<[usize; 2]>,
    pub src_span: Option<[usize; 2]>,
    pub message: String,
    pub suggestion: Option<String>,
}

impl FlagNote {
    fn new(u: &UnitResult, f: &Finding) -> Self {
        FlagNote {
            unit: u.number(),
            src: u.src.clone(),
            hyp: u.hyp.clone(),
            rule: f.rule.id.to_string(),
            kind: f.rule.kind,
            category: f.rule.category.as_str().to_string(),
            severity: f.severity,
            hyp_span: f.hyp_span,
            src_span: f.src_span,
            message: f.message.clone(),
            suggestion: f.suggestion.clone(),
        }
    }
}

/// One article of the document: its summary and its findings.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ArticleEntry {
    #[serde(flatten)]
    pub summary: ArticleSummary,
    pub flags: Vec<FlagNote>,
}

/// A record that could not be read or checked.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ErrorNote {
    pub message: String,
    /// The JSONL record's id, when it could be read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
}

/// Something in the input that was not read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WarningNote {
    pub message: String,
    pub path: String,
}

/// The tool that wrote a document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ToolNote {
    pub name: String,
    pub version: String,
}

impl ToolNote {
    /// This program.
    pub fn this() -> Self {
        ToolNote {
            name: "mtcheck".to_string(),
            version: env!("CARGO_PKG_VERSION").to_string(),
        }
    }
}

/// What a run was made with: documents made with other settings do not merge.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SettingsNote {
    /// The reference metrics computed, by their `--metrics` names.
    pub metrics: Vec<String>,
    /// A hash (64-bit FNV-1a, in hex) of every setting that changes a finding or a figure:
    /// the rules and their severities, the languages given, the penalties, `min-quality`,
    /// the boilerplate patterns and the contents of the watchlist and glossary files. Not
    /// the threads, the batch size or `--fail-on`, which change no figure (made by
    /// `cli::check::settings_note`).
    pub fingerprint: String,
}

/// The input a document is about.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InputNote {
    /// As messages name it (`<stdin>` for standard input).
    pub path: String,
    /// The number of the input's first line, when not 1 (`check --first-line`: a shard that
    /// numbers its lines as in the whole input).
    #[serde(default = "one", skip_serializing_if = "is_one")]
    pub first_line: usize,
    /// Lines read from a JSONL input, blank ones included.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lines: Option<usize>,
}

fn one() -> usize {
    1
}

fn is_one(n: &usize) -> bool {
    *n == 1
}

/// The input of a run as the reporter learns it: its name, and for JSONL a counter of the
/// lines read so far, which the reader's side increments.
#[derive(Debug, Clone)]
pub struct InputSource {
    pub path: String,
    pub first_line: usize,
    pub lines: Option<Arc<AtomicUsize>>,
}

impl InputSource {
    fn note(&self) -> InputNote {
        InputNote {
            path: self.path.clone(),
            first_line: self.first_line,
            lines: self.lines.as_ref().map(|l| l.load(Ordering::SeqCst)),
        }
    }
}

/// The summed reference statistics as the document holds them, by metric key: BLEU
/// `{"hyp_len", "ref_len", "correct": [..], "total": [..]}`, chrF and chrF++ their per-order
/// counts, TER `{"edits", "ref_len"}`.
pub fn stats_to_json(stats: &BTreeMap<Metric, Stats>) -> Option<BTreeMap<String, Value>> {
    let out: BTreeMap<String, Value> = stats
        .iter()
        .map(|(m, st)| {
            let v = match st {
                Stats::Bleu(b) => serde_json::json!({
                    "hyp_len": b.hyp_len,
                    "ref_len": b.ref_len,
                    "correct": b.correct,
                    "total": b.total,
                }),
                Stats::Chrf(c) => serde_json::json!(c.0),
                Stats::Ter(t) => serde_json::json!({"edits": t.edits, "ref_len": t.ref_len}),
            };
            (m.key().to_string(), v)
        })
        .collect();
    (!out.is_empty()).then_some(out)
}

/// Reads back what [`stats_to_json`] wrote; `None` when it is not that.
pub fn stats_from_json(v: &BTreeMap<String, Value>) -> Option<BTreeMap<Metric, Stats>> {
    use crate::metrics::{bleu, chrf, ter};
    let ints =
        |v: &Value| -> Option<Vec<u64>> { v.as_array()?.iter().map(Value::as_u64).collect() };
    let mut out = BTreeMap::new();
    for (key, v) in v {
        let m = Metric::from_key(key).filter(|m| m.key() == key)?;
        let st = match m {
            Metric::Bleu => Stats::Bleu(bleu::BleuStats {
                hyp_len: v.get("hyp_len")?.as_u64()?,
                ref_len: v.get("ref_len")?.as_u64()?,
                correct: ints(v.get("correct")?)?.try_into().ok()?,
                total: ints(v.get("total")?)?.try_into().ok()?,
            }),
            Metric::Chrf | Metric::ChrfPlusPlus => Stats::Chrf(chrf::ChrfStats(ints(v)?)),
            Metric::Ter => Stats::Ter(ter::TerStats {
                edits: v.get("edits")?.as_u64()?,
                ref_len: v.get("ref_len")?.as_f64()?,
            }),
        };
        out.insert(m, st);
    }
    Some(out)
}

/// Holds the articles already written in their place in the document: in memory up to
/// `SPILL_AT` bytes, then in a temporary file, so a long run does not grow.
struct Spill {
    mem: Vec<u8>,
    file: Option<io::BufWriter<std::fs::File>>,
    /// Bytes kept in memory before the rest goes to the file (`SPILL_AT`).
    at: usize,
}

/// Bytes of articles kept in memory before they go to a temporary file.
const SPILL_AT: usize = 4 << 20;

impl Spill {
    fn new(at: usize) -> Self {
        Spill {
            mem: Vec::new(),
            file: None,
            at,
        }
    }

    fn write(&mut self, bytes: &[u8]) -> io::Result<()> {
        if self.file.is_none() && self.mem.len() + bytes.len() > self.at {
            let mut f = io::BufWriter::new(tempfile::tempfile()?);
            f.write_all(&self.mem)?;
            self.mem = Vec::new();
            self.file = Some(f);
        }
        match &mut self.file {
            Some(f) => f.write_all(bytes),
            None => {
                self.mem.extend_from_slice(bytes);
                Ok(())
            }
        }
    }

    /// Copies everything written into `out`.
    fn copy_to(&mut self, out: &mut dyn Write) -> io::Result<()> {
        match self.file.take() {
            Some(f) => {
                let mut f = f.into_inner().map_err(io::IntoInnerError::into_error)?;
                f.rewind()?;
                // Piece by piece: the spilled articles may be larger than memory should hold.
                io::copy(&mut f, out).map(|_| ())
            }
            None => out.write_all(&self.mem),
        }
    }
}

/// Builds the document: articles as they come, errors and warnings, then the whole document
/// at the end. A run (`Json`) and `mtcheck merge` both write through it, so a merged
/// document is computed by the code a single run uses.
pub struct DocWriter {
    totals: CorpusTotals,
    articles: Spill,
    /// What the ranking needs of each article, in input order.
    ranks: Vec<RankKey>,
    errors: Vec<ErrorNote>,
    warnings: Vec<WarningNote>,
}

impl Default for DocWriter {
    fn default() -> Self {
        DocWriter {
            totals: CorpusTotals::default(),
            articles: Spill::new(SPILL_AT),
            ranks: Vec::new(),
            errors: Vec::new(),
            warnings: Vec::new(),
        }
    }
}

/// The document's `summary`: the corpus figures of `totals`, `input_errors` records skipped,
/// and the reference metrics of the summed statistics.
pub fn document_summary(
    totals: &CorpusTotals,
    input_errors: usize,
    reference_stats: &BTreeMap<Metric, Stats>,
) -> CorpusSummary {
    let mut summary = totals.summary(input_errors);
    let run = RunSummary {
        reference_stats: reference_stats.clone(),
        ..RunSummary::default()
    };
    summary.corpus_reference = run.reference_scores();
    summary.reference_stats = stats_to_json(reference_stats);
    summary
}

/// `value` pretty-printed as serde_json does, its lines after the first indented by `indent`
/// (its place in the document).
fn pretty(value: &impl Serialize, indent: &str) -> io::Result<String> {
    let text = serde_json::to_string_pretty(value)?;
    // Strings escape their line breaks, so every line break here is the printer's.
    Ok(text.replace('\n', &format!("\n{indent}")))
}

impl DocWriter {
    /// Adds one article (its summary's derived fields already computed).
    pub fn article(&mut self, a: &ArticleEntry) -> io::Result<()> {
        let sep: &[u8] = if self.totals.articles == 0 {
            b""
        } else {
            b",\n"
        };
        self.articles.write(sep)?;
        self.articles.write(b"    ")?;
        self.articles.write(pretty(a, "    ")?.as_bytes())?;
        self.totals.add(&a.summary);
        self.ranks.push(RankKey::of(&a.summary));
        Ok(())
    }

    /// Adds a record that could not be read or checked.
    pub fn error(&mut self, e: ErrorNote) {
        self.errors.push(e);
    }

    /// Adds a warning.
    pub fn warning(&mut self, w: WarningNote) {
        self.warnings.push(w);
    }

    /// The corpus summary of what was added, with the run's summed reference statistics.
    pub fn summary(&self, reference_stats: &BTreeMap<Metric, Stats>) -> CorpusSummary {
        document_summary(&self.totals, self.errors.len(), reference_stats)
    }

    /// Writes the whole document to `out`.
    pub fn write(
        &mut self,
        out: &mut dyn Write,
        settings: Option<&SettingsNote>,
        input: Option<&InputNote>,
        reference_stats: &BTreeMap<Metric, Stats>,
    ) -> io::Result<()> {
        let summary = self.summary(reference_stats);
        // The layout of serde_json's pretty printer, member by member, so that the articles
        // can be copied in from where they wait.
        out.write_all(b"{\n  \"tool\": ")?;
        out.write_all(pretty(&ToolNote::this(), "  ")?.as_bytes())?;
        if let Some(s) = settings {
            out.write_all(b",\n  \"settings\": ")?;
            out.write_all(pretty(s, "  ")?.as_bytes())?;
        }
        if let Some(i) = input {
            out.write_all(b",\n  \"input\": ")?;
            out.write_all(pretty(i, "  ")?.as_bytes())?;
        }
        out.write_all(b",\n  \"summary\": ")?;
        out.write_all(pretty(&summary, "  ")?.as_bytes())?;
        if self.totals.articles == 0 {
            out.write_all(b",\n  \"articles\": []")?;
        } else {
            out.write_all(b",\n  \"articles\": [\n")?;
            self.articles.copy_to(out)?;
            out.write_all(b"\n  ]")?;
        }
        out.write_all(b",\n  \"ranking\": ")?;
        out.write_all(pretty(&ranking_of(&self.ranks), "  ")?.as_bytes())?;
        out.write_all(b",\n  \"errors\": ")?;
        out.write_all(pretty(&self.errors, "  ")?.as_bytes())?;
        out.write_all(b",\n  \"warnings\": ")?;
        out.write_all(pretty(&self.warnings, "  ")?.as_bytes())?;
        out.write_all(b"\n}\n")?;
        out.flush()
    }
}

/// Writes the document at the end of a run (articles wait in a spill file, not in memory).
pub struct Json<'w> {
    out: Box<dyn Write + 'w>,
    doc: DocWriter,
    settings: Option<SettingsNote>,
    input: Option<InputSource>,
    /// Whether input errors and warnings are also printed on standard error (not when
    /// another reporter of the same run prints them: `check --summary`).
    echo: bool,
}

impl<'w> Json<'w> {
    /// Writes to `out`.
    pub fn new(out: Box<dyn Write + 'w>) -> Self {
        Json {
            out,
            doc: DocWriter::default(),
            settings: None,
            input: None,
            echo: true,
        }
    }

    /// Notes the run's settings and input in the document (what `mtcheck merge` needs).
    pub fn with_run(mut self, settings: SettingsNote, input: InputSource) -> Self {
        self.settings = Some(settings);
        self.input = Some(input);
        self
    }

    /// Sends the articles to the spill file once they hold more than `bytes` (tests).
    #[cfg(test)]
    fn spill_at(mut self, bytes: usize) -> Self {
        self.doc.articles.at = bytes;
        self
    }

    /// Prints nothing on standard error: another reporter of the run does.
    pub fn silent(mut self) -> Self {
        self.echo = false;
        self
    }
}

impl Reporter for Json<'_> {
    fn record(&mut self, r: &RecordResult) -> io::Result<()> {
        let flags = r
            .units
            .iter()
            .flat_map(|u| u.findings.iter().map(move |f| FlagNote::new(u, f)))
            .collect();
        self.doc.article(&ArticleEntry {
            summary: ArticleSummary::new(r),
            flags,
        })
    }

    fn input_error(&mut self, error: &InputError) -> io::Result<()> {
        if self.echo {
            diag::error(&error.to_string());
        }
        let (path, line) = error_location(error);
        self.doc.error(ErrorNote {
            message: error.to_string(),
            id: error.record_id().map(str::to_string),
            path: path.map(display_path),
            line,
        });
        Ok(())
    }

    fn warning(&mut self, warning: &InputWarning) -> io::Result<()> {
        if self.echo {
            diag::warning(&warning.to_string());
        }
        self.doc.warning(WarningNote {
            message: warning.to_string(),
            path: display_path(warning.path()),
        });
        Ok(())
    }

    fn finish(&mut self, run: &RunSummary) -> io::Result<()> {
        let input = self.input.as_ref().map(InputSource::note);
        self.doc.write(
            &mut self.out,
            self.settings.as_ref(),
            input.as_ref(),
            &run.reference_stats,
        )
    }
}

#[cfg(test)]
mod tests;
