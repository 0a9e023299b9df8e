//! Reporters: they turn checked records into output and never compute anything themselves.
//! Streaming reporters (`jsonl`, `human`) write each record as it arrives; whole-run ones keep
//! what they need and write it in `finish`. Also the serde output model (the JSONL wire format,
//! documented in `jsonl.rs`) and `diag`, the one place that writes messages to standard error.

pub mod human;
pub mod jsonl;

use std::collections::BTreeMap;
use std::io;

use serde::Serialize;

use crate::checks::{Kind, Severity};
use crate::error::InputError;
use crate::pipeline::{Finding, RecordResult, UnitResult};
use crate::score::Scores;

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Readable findings for a terminal.
    Human,
    /// One JSON object per aligned unit (the data contract).
    Jsonl,
}

/// Receives checked records in input order.
pub trait Reporter {
    /// One checked record.
    fn record(&mut self, result: &RecordResult) -> io::Result<()>;

    /// A record that could not be read or checked. The message also goes to standard error.
    fn input_error(&mut self, error: &InputError) -> io::Result<()> {
        diag::error(&error.to_string());
        Ok(())
    }

    /// The end of the run.
    fn finish(&mut self, summary: &RunSummary) -> io::Result<()>;
}

/// Totals over a run, gathered as records pass (integer counts, so they merge exactly).
#[derive(Debug, Clone, Default)]
pub struct RunSummary {
    pub records: usize,
    pub units: usize,
    pub by_severity: BTreeMap<Severity, usize>,
    pub by_kind: BTreeMap<Kind, usize>,
    /// Messages of the records that were skipped.
    pub errors: Vec<String>,
}

impl RunSummary {
    /// Counts one record.
    pub fn add(&mut self, r: &RecordResult) {
        self.records += 1;
        self.units += r.units.len();
        for f in r.findings() {
            *self.by_severity.entry(f.severity).or_default() += 1;
            *self.by_kind.entry(f.rule.kind).or_default() += 1;
        }
    }

    /// Findings in all.
    pub fn findings(&self) -> usize {
        self.by_severity.values().sum()
    }
}

/// The wire form of one finding.
#[derive(Debug, Serialize)]
pub struct FlagOut<'a> {
    pub rule: &'a str,
    pub kind: Kind,
    pub category: &'a str,
    pub severity: Severity,
    pub hyp_span: Option<[usize; 2]>,
    pub src_span: Option<[usize; 2]>,
    pub message: &'a str,
    pub suggestion: Option<&'a str>,
}

impl<'a> From<&'a Finding> for FlagOut<'a> {
    fn from(f: &'a Finding) -> Self {
        FlagOut {
            rule: f.rule.id,
            kind: f.rule.kind,
            category: f.rule.category.as_str(),
            severity: f.severity,
            hyp_span: f.hyp_span,
            src_span: f.src_span,
            message: &f.message,
            suggestion: f.suggestion.as_deref(),
        }
    }
}

/// The wire form of one unit: one JSONL line.
#[derive(Debug, Serialize)]
pub struct UnitOut<'a> {
    pub id: &'a str,
    pub unit: usize,
    pub src_range: Option<[usize; 2]>,
    pub hyp_range: Option<[usize; 2]>,
    pub src: &'a str,
    pub hyp: &'a str,
    pub scores: &'a Scores,
    pub flags: Vec<FlagOut<'a>>,
}

impl<'a> UnitOut<'a> {
    /// The wire form of `unit` of record `id`.
    pub fn new(id: &'a str, unit: &'a UnitResult) -> Self {
        UnitOut {
            id,
            unit: unit.index,
            src_range: unit.src_range,
            hyp_range: unit.hyp_range,
            src: &unit.src,
            hyp: &unit.hyp,
            scores: &unit.scores,
            flags: unit.findings.iter().map(FlagOut::from).collect(),
        }
    }
}

/// Messages to standard error, `mtcheck: ` first.
pub mod diag {
    use std::io::Write;

    /// Prints an error or warning message.
    pub fn error(message: &str) {
        let _ = writeln!(std::io::stderr().lock(), "mtcheck: {message}");
    }
}

/// Makes the reporter for `format` writing to `out`.
pub fn reporter<'w>(
    format: Format,
    out: Box<dyn io::Write + 'w>,
    color: bool,
) -> Box<dyn Reporter + 'w> {
    match format {
        Format::Human => Box::new(human::Human::new(out, color)),
        Format::Jsonl => Box::new(jsonl::Jsonl::new(out)),
    }
}
