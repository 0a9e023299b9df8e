//! Reporters: they turn checked records into output and never compute anything themselves.
//! Streaming reporters (`jsonl`, `human`) write each record as it arrives; whole-run ones keep
//! what they need and write it in `finish`. Also the serde output model (the JSONL wire format,
//! documented in `jsonl.rs`) and `diag`, the one place that writes messages to standard error.

#[cfg(test)]
mod fixtures;
pub mod html;
pub mod human;
pub mod json;
pub mod jsonl;
pub mod markdown;
pub mod merge;
pub mod progress;
pub mod sarif;

use std::collections::BTreeMap;
use std::io;

use serde::{Deserialize, Serialize};

use crate::checks::{Kind, Severity};
use crate::error::{InputError, InputWarning};
use crate::metrics::{Metric, Stats};
use crate::result::Scores;
use crate::result::{BelowMinQuality, Finding, RecordResult, UnitResult};

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Readable findings for a terminal.
    Human,
    /// One JSON object per aligned unit (the data contract).
    Jsonl,
    /// One JSON document: per-article and corpus summaries and the findings.
    Json,
    /// SARIF 2.1.0 for code-scanning services and CI.
    Sarif,
    /// One self-contained HTML page for editors: source and translation side by side.
    Html,
    /// A short summary for a pull-request comment.
    Markdown,
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

    /// Something in the input that is not read (a stray file in a corpus folder), before the
    /// records. The message also goes to standard error; the exit code does not change.
    fn warning(&mut self, warning: &InputWarning) -> io::Result<()> {
        diag::warning(&warning.to_string());
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
    /// Records that had a reference.
    pub reference_records: usize,
    /// Each reference metric's statistics summed over those records, in input order (the
    /// order `add` sees them, whatever the number of threads), so the corpus scores are exact.
    pub reference_stats: BTreeMap<Metric, Stats>,
    /// Records below `[thresholds] min-quality`.
    pub below_min_quality: usize,
}

impl RunSummary {
    /// Counts one record.
    pub fn add(&mut self, r: &RecordResult) {
        self.records += 1;
        self.units += r.units.len();
        self.below_min_quality += usize::from(r.below_min_quality.is_some());
        for f in r.findings() {
            *self.by_severity.entry(f.severity).or_default() += 1;
            *self.by_kind.entry(f.rule.kind).or_default() += 1;
        }
        if !r.reference_stats.is_empty() {
            self.reference_records += 1;
        }
        for (m, st) in &r.reference_stats {
            self.reference_stats
                .entry(*m)
                .and_modify(|sum| sum.add(st))
                .or_insert_with(|| st.clone());
        }
    }

    /// The run's reference scores, from the summed statistics of every record with a
    /// reference (as sacreBLEU's corpus scores; not a mean of record scores).
    pub fn reference_scores(&self) -> Option<RefScores> {
        let mut r = RefScores::default();
        for (m, st) in &self.reference_stats {
            let v = Some(crate::score::reference::corpus_score(*m, st));
            match m {
                Metric::Chrf => r.chrf = v,
                Metric::ChrfPlusPlus => r.chrf_pp = v,
                Metric::Bleu => r.bleu = v,
                Metric::Ter => r.ter = v,
            }
        }
        (r != RefScores::default()).then_some(r)
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
            unit: unit.number(),
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

    /// Prints an error message.
    pub fn error(message: &str) {
        let _ = writeln!(std::io::stderr().lock(), "mtcheck: {message}");
    }

    /// Prints a warning: something not read or not as expected, which does not stop the run.
    pub fn warning(message: &str) {
        let _ = writeln!(std::io::stderr().lock(), "mtcheck: warning: {message}");
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
        Format::Json => Box::new(json::Json::new(out)),
        Format::Sarif => Box::new(sarif::Sarif::new(out)),
        Format::Html => Box::new(html::Html::new(out)),
        Format::Markdown => Box::new(markdown::Markdown::new(out)),
    }
}

/// Hands everything to two reporters: the run's output and a second one (`check --summary`:
/// the JSON document beside a JSONL stream). Messages on standard error are the first one's.
pub struct Tee<'w> {
    first: Box<dyn Reporter + 'w>,
    second: Box<dyn Reporter + 'w>,
}

impl<'w> Tee<'w> {
    /// Sends to `first` and `second` (which should print nothing on standard error).
    pub fn new(first: Box<dyn Reporter + 'w>, second: Box<dyn Reporter + 'w>) -> Self {
        Tee { first, second }
    }
}

impl Reporter for Tee<'_> {
    fn record(&mut self, result: &RecordResult) -> io::Result<()> {
        self.first.record(result)?;
        self.second.record(result)
    }

    fn input_error(&mut self, error: &InputError) -> io::Result<()> {
        self.first.input_error(error)?;
        self.second.input_error(error)
    }

    fn warning(&mut self, warning: &InputWarning) -> io::Result<()> {
        self.first.warning(warning)?;
        self.second.warning(warning)
    }

    fn finish(&mut self, summary: &RunSummary) -> io::Result<()> {
        self.first.finish(summary)?;
        self.second.finish(summary)
    }
}

/// What the whole-run reporters keep of one record: its summary, in input order. It reads
/// back from a `--format json` document (`mtcheck merge`): the fields derived from others are
/// not read but computed again, by the code a run uses ([`ArticleSummary::derive`]).
#[derive(Debug, Clone, Serialize)]
pub struct ArticleSummary {
    /// The record's id (JSONL) or the translation file's path.
    pub id: String,
    /// The record's line in a JSONL input (counted from 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    pub src_lang: &'static str,
    pub tgt_lang: &'static str,
    pub units: usize,
    pub findings: usize,
    /// Findings per severity, every severity present (0 when none), most serious first.
    pub by_severity: BTreeMap<Severity, usize>,
    /// Findings per kind (only the kinds found).
    pub by_kind: BTreeMap<Kind, usize>,
    /// The record's reference-free quality, 0-100.
    pub quality: f64,
    /// MQM penalty points of the record's findings.
    pub penalty_points: f64,
    /// Words of the source.
    pub src_words: usize,
    /// MQM penalty points per 1,000 source words (derived).
    pub penalty_per_1000_words: f64,
    /// Reference metrics, when the record has a reference.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<RefScores>,
    /// Set when the quality is below `[thresholds] min-quality`: the article fails the gate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub below_min_quality: Option<BelowMinQuality>,
}

/// An [`ArticleSummary`] as read from a JSON document: the fields that are not derived.
#[derive(Debug, Deserialize)]
struct ArticleSummaryIn {
    id: String,
    #[serde(default)]
    line: Option<usize>,
    src_lang: String,
    tgt_lang: String,
    units: usize,
    findings: usize,
    by_severity: BTreeMap<Severity, usize>,
    by_kind: BTreeMap<Kind, usize>,
    quality: f64,
    penalty_points: f64,
    src_words: usize,
    #[serde(default)]
    reference: Option<RefScores>,
    #[serde(default)]
    below_min_quality: Option<BelowMinQuality>,
}

impl<'de> Deserialize<'de> for ArticleSummary {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        ArticleSummaryIn::deserialize(d)?
            .try_into()
            .map_err(serde::de::Error::custom)
    }
}

impl TryFrom<ArticleSummaryIn> for ArticleSummary {
    type Error = String;

    fn try_from(a: ArticleSummaryIn) -> Result<Self, String> {
        let lang = |code: &str| {
            crate::analyse::Lang::from_code(code)
                .map(|l| l.code())
                .ok_or_else(|| format!("unknown language \"{code}\""))
        };
        let mut s = ArticleSummary {
            src_lang: lang(&a.src_lang)?,
            tgt_lang: lang(&a.tgt_lang)?,
            id: a.id,
            line: a.line,
            units: a.units,
            findings: a.findings,
            by_severity: a.by_severity,
            by_kind: a.by_kind,
            quality: a.quality,
            penalty_points: a.penalty_points,
            src_words: a.src_words,
            penalty_per_1000_words: 0.0,
            reference: a.reference,
            below_min_quality: a.below_min_quality,
        };
        s.derive();
        Ok(s)
    }
}

/// Reference metrics of one record (each present when computed).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RefScores {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chrf: Option<f64>,
    #[serde(default, rename = "chrf++", skip_serializing_if = "Option::is_none")]
    pub chrf_pp: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bleu: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ter: Option<f64>,
}

impl RefScores {
    /// The reference metrics among `scores`, or `None` when there are none.
    pub fn from_scores(s: &Scores) -> Option<RefScores> {
        let r = RefScores {
            chrf: s.chrf,
            chrf_pp: s.chrf_pp,
            bleu: s.bleu,
            ter: s.ter,
        };
        (r != RefScores::default()).then_some(r)
    }

    /// `(name, value)` of each metric present, in a fixed order.
    pub fn items(&self) -> Vec<(&'static str, f64)> {
        [
            ("chrF", self.chrf),
            ("chrF++", self.chrf_pp),
            ("BLEU", self.bleu),
            ("TER", self.ter),
        ]
        .into_iter()
        .filter_map(|(n, v)| v.map(|v| (n, v)))
        .collect()
    }
}

/// Counts per severity with every severity present, so tables have fixed columns.
pub fn severity_counts<'a>(
    findings: impl Iterator<Item = &'a Finding>,
) -> BTreeMap<Severity, usize> {
    let mut m: BTreeMap<Severity, usize> = [Severity::Minor, Severity::Major, Severity::Critical]
        .into_iter()
        .map(|s| (s, 0))
        .collect();
    for f in findings {
        *m.entry(f.severity).or_default() += 1;
    }
    m
}

impl ArticleSummary {
    /// Summarises one checked record.
    pub fn new(r: &RecordResult) -> Self {
        let mut by_kind = BTreeMap::new();
        for f in r.findings() {
            *by_kind.entry(f.rule.kind).or_default() += 1;
        }
        let src_words: usize = r.units.iter().map(|u| u.src_words).sum();
        let mut a = ArticleSummary {
            id: r.record.id.clone(),
            line: r
                .record
                .origin
                .line
                .filter(|_| r.record.origin.src_path.is_none()),
            src_lang: r.src_lang.code(),
            tgt_lang: r.tgt_lang.code(),
            units: r.units.len(),
            findings: r.findings().count(),
            by_severity: severity_counts(r.findings()),
            by_kind,
            quality: r.scores.quality,
            penalty_points: r.scores.mqm,
            src_words,
            penalty_per_1000_words: 0.0,
            reference: RefScores::from_scores(&r.scores),
            below_min_quality: r.below_min_quality,
        };
        a.derive();
        a
    }

    /// Computes the fields derived from the others (after `new`, and after reading an
    /// article back from a JSON document).
    pub fn derive(&mut self) {
        self.penalty_per_1000_words = per_1000(self.penalty_points, self.src_words);
        if let Some(b) = &mut self.below_min_quality {
            b.by = b.min_quality - b.quality;
        }
    }

    /// What an editor must act on first: more critical findings, then more major ones, then
    /// the lower quality, then more penalty points; equal ones stay in input order. Every
    /// report ranks articles by it (`ranking`).
    pub fn worse_first(&self, other: &ArticleSummary) -> std::cmp::Ordering {
        RankKey::of(self).worse_first(&RankKey::of(other))
    }
}

/// What `ArticleSummary::worse_first` compares, kept alone: a writer that does not keep its
/// articles (the JSON document's, whose articles wait on disk) ranks them by these.
#[derive(Debug, Clone, PartialEq)]
pub struct RankKey {
    critical: usize,
    major: usize,
    quality: f64,
    penalty_points: f64,
}

impl RankKey {
    /// The key of an article.
    pub fn of(a: &ArticleSummary) -> Self {
        let count = |s: Severity| a.by_severity.get(&s).copied().unwrap_or(0);
        RankKey {
            critical: count(Severity::Critical),
            major: count(Severity::Major),
            quality: a.quality,
            penalty_points: a.penalty_points,
        }
    }

    /// See `ArticleSummary::worse_first`.
    pub fn worse_first(&self, other: &RankKey) -> std::cmp::Ordering {
        other
            .critical
            .cmp(&self.critical)
            .then(other.major.cmp(&self.major))
            .then(self.quality.total_cmp(&other.quality))
            .then(other.penalty_points.total_cmp(&self.penalty_points))
    }
}

/// The positions of `keys` (input order), worst first; ties keep input order (not the ids:
/// the names of records without an id change with the input's name, and a ranking must not).
pub fn ranking_of(keys: &[RankKey]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..keys.len()).collect();
    order.sort_by(|a, b| keys[*a].worse_first(&keys[*b]));
    order
}

/// The positions of `articles` (input order), worst first by `ArticleSummary::worse_first`:
/// the one ranking of the HTML and Markdown summaries, the human summary line and the JSON
/// `ranking`.
pub fn ranking(articles: &[ArticleSummary]) -> Vec<usize> {
    ranking_of(&articles.iter().map(RankKey::of).collect::<Vec<_>>())
}

/// Penalty points per 1,000 words (0 for no words).
pub fn per_1000(points: f64, words: usize) -> f64 {
    if words == 0 {
        0.0
    } else {
        points * 1000.0 / words as f64
    }
}

/// Totals over articles, for the corpus line of every whole-run format.
#[derive(Debug, Clone, Serialize)]
pub struct CorpusSummary {
    pub articles: usize,
    pub units: usize,
    pub findings: usize,
    pub by_severity: BTreeMap<Severity, usize>,
    pub by_kind: BTreeMap<Kind, usize>,
    /// Mean of the articles' quality weighted by their source words.
    pub quality: f64,
    pub penalty_points: f64,
    pub src_words: usize,
    pub penalty_per_1000_words: f64,
    /// Mean of each reference metric over the articles that have it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference: Option<RefScores>,
    /// Each reference metric over the whole run, from the records' summed statistics
    /// ([`RunSummary::reference_scores`]); set by reporters that have the run summary.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub corpus_reference: Option<RefScores>,
    /// The summed statistics `corpus_reference` is computed from, by metric key, so that
    /// summaries merge exactly (`json::stats_to_json`); set by the JSON document.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference_stats: Option<BTreeMap<String, serde_json::Value>>,
    /// Records that could not be read or checked.
    pub input_errors: usize,
    /// Articles below `[thresholds] min-quality` (each fails the gate).
    pub below_min_quality: usize,
}

/// Fixed-point scale of the sums behind the corpus figures: each article's quality, penalty
/// points and reference scores are rounded to millionths before they are added.
const FIXED: f64 = 1e6;

/// A float in millionths, so that sums of them are exact integers.
fn fixed(v: f64) -> i128 {
    (v * FIXED).round() as i128
}

/// The sums behind [`CorpusSummary`]: integers only, so they add up to the same totals in any
/// order and any grouping (one run, or shards merged by `mtcheck merge`), where float sums
/// would not (floating-point addition is not associative).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CorpusTotals {
    pub articles: usize,
    pub units: usize,
    pub findings: usize,
    pub by_severity: BTreeMap<Severity, usize>,
    pub by_kind: BTreeMap<Kind, usize>,
    /// Sum of each article's quality (in millionths) times its weight.
    pub quality_weighted: i128,
    /// Sum of the weights: each article's source words, at least 1.
    pub quality_weight: u64,
    /// Penalty points in millionths.
    pub penalty_points: i128,
    pub src_words: usize,
    /// Per reference metric (chrF, chrF++, BLEU, TER): the sum in millionths and the count.
    pub reference: [(i128, usize); 4],
    pub below_min_quality: usize,
}

impl CorpusTotals {
    /// Adds one article.
    pub fn add(&mut self, a: &ArticleSummary) {
        self.articles += 1;
        self.units += a.units;
        self.findings += a.findings;
        for (s, n) in &a.by_severity {
            *self.by_severity.entry(*s).or_default() += n;
        }
        for (k, n) in &a.by_kind {
            *self.by_kind.entry(*k).or_default() += n;
        }
        let w = a.src_words.max(1) as u64;
        self.quality_weighted += fixed(a.quality) * i128::from(w);
        self.quality_weight += w;
        self.penalty_points += fixed(a.penalty_points);
        self.src_words += a.src_words;
        if let Some(r) = &a.reference {
            for (slot, v) in self
                .reference
                .iter_mut()
                .zip([r.chrf, r.chrf_pp, r.bleu, r.ter])
            {
                if let Some(v) = v {
                    slot.0 += fixed(v);
                    slot.1 += 1;
                }
            }
        }
        self.below_min_quality += usize::from(a.below_min_quality.is_some());
    }

    /// The corpus figures of these totals, with `input_errors` records skipped.
    pub fn summary(&self, input_errors: usize) -> CorpusSummary {
        let mut by_severity = severity_counts(std::iter::empty());
        for (s, n) in &self.by_severity {
            *by_severity.entry(*s).or_default() += n;
        }
        let mean = |(sum, n): (i128, usize)| (n > 0).then(|| sum as f64 / FIXED / n as f64);
        let reference = RefScores {
            chrf: mean(self.reference[0]),
            chrf_pp: mean(self.reference[1]),
            bleu: mean(self.reference[2]),
            ter: mean(self.reference[3]),
        };
        let penalty_points = self.penalty_points as f64 / FIXED;
        CorpusSummary {
            articles: self.articles,
            units: self.units,
            findings: self.findings,
            by_severity,
            by_kind: self.by_kind.clone(),
            quality: if self.quality_weight == 0 {
                100.0
            } else {
                self.quality_weighted as f64 / FIXED / self.quality_weight as f64
            },
            penalty_points,
            src_words: self.src_words,
            penalty_per_1000_words: per_1000(penalty_points, self.src_words),
            reference: (reference != RefScores::default()).then_some(reference),
            corpus_reference: None,
            reference_stats: None,
            input_errors,
            below_min_quality: self.below_min_quality,
        }
    }
}

impl CorpusSummary {
    /// Adds up `articles` (through [`CorpusTotals`], as every format does).
    pub fn new(articles: &[ArticleSummary], input_errors: usize) -> Self {
        let mut totals = CorpusTotals::default();
        for a in articles {
            totals.add(a);
        }
        totals.summary(input_errors)
    }
}

/// The file and line an input error names, for SARIF and JSON notes.
pub fn error_location(e: &InputError) -> (Option<&std::path::Path>, Option<usize>) {
    use InputError as E;
    match e {
        E::LineNotUtf8 { path, line, .. }
        | E::BadJson { path, line, .. }
        | E::MissingField { path, line, .. }
        | E::BadField { path, line, .. }
        | E::RecordTooLong { path, line, .. }
        | E::EmptyRecord { path, line, .. }
        | E::NotJsonl { path, line } => (Some(path), Some(*line)),
        E::Swapped { path, line, .. } => (Some(path), *line),
        E::NotFound { path }
        | E::IsFolder { path }
        | E::FileTooLong { path, .. }
        | E::NoTranslation { path }
        | E::Unreadable { path, .. }
        | E::Binary { path }
        | E::NotUtf8 { path, .. }
        | E::Empty { path }
        | E::UnknownLang { path, .. }
        | E::EmptyCorpus { path }
        | E::NoSource { path, .. }
        | E::Other { path, .. } => (Some(path), None),
    }
}

/// Compares `actual` with the expected file `src/report/snapshots/NAME`; with
/// `SNAPSHOTS=overwrite` in the environment, writes it instead (then read the diff).
#[cfg(test)]
#[track_caller]
pub(crate) fn assert_snapshot(name: &str, actual: &str) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("src/report/snapshots")
        .join(name);
    if std::env::var_os("SNAPSHOTS").is_some_and(|v| v == "overwrite") {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    if expected != actual {
        let diff_at = expected
            .lines()
            .zip(actual.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(expected.lines().count().min(actual.lines().count()));
        panic!(
            "snapshot {name} differs at line {} (run with SNAPSHOTS=overwrite to update, then read the diff)\nexpected: {:?}\nactual:   {:?}",
            diff_at + 1,
            expected.lines().nth(diff_at),
            actual.lines().nth(diff_at)
        );
    }
}

#[cfg(test)]
mod run_summary_tests {
    use super::*;
    use crate::analyse::Lang;
    use crate::config::Settings;
    use crate::input::Record;
    use crate::metrics::MetricConfig;
    use crate::pipeline::check_record;

    fn checked(id: &str, hyp: &str, reference: Option<&str>) -> RecordResult {
        let mut settings = Settings::for_checks(Vec::new());
        settings.metrics = vec![Metric::Chrf, Metric::Bleu, Metric::Ter];
        let record = Record {
            id: id.into(),
            src: "Gubernur meresmikan jembatan baru di pusat kota.".into(),
            hyp: hyp.into(),
            reference: reference.map(Into::into),
            src_lang: Some(Lang::Id),
            tgt_lang: Some(Lang::En),
            allow: Vec::new(),
            origin: Default::default(),
        };
        check_record(&settings, record)
    }

    fn records() -> Vec<RecordResult> {
        vec![
            checked(
                "a",
                "The governor opened a new bridge in the city centre.",
                Some("The governor opened the new bridge in the city center."),
            ),
            checked("b", "The governor opened a bridge.", None),
            checked(
                "c",
                "A new bridge was opened by the governor downtown.",
                Some("The governor inaugurated a new bridge downtown."),
            ),
        ]
    }

    #[test]
    fn sums_reference_statistics_of_records_with_a_reference() {
        let mut summary = RunSummary::default();
        for r in &records() {
            summary.add(r);
        }
        assert_eq!(summary.reference_records, 2);
        let scores = summary.reference_scores().unwrap();
        // Exactly the score of the two segments' summed statistics, as sacreBLEU's corpus
        // score, which is not the mean of the two record scores.
        let c = MetricConfig::default_for(Metric::Chrf, true);
        let mut sum = c.zero();
        sum.add(&c.segment_stats(
            "The governor opened a new bridge in the city centre.",
            &["The governor opened the new bridge in the city center."],
        ));
        sum.add(&c.segment_stats(
            "A new bridge was opened by the governor downtown.",
            &["The governor inaugurated a new bridge downtown."],
        ));
        assert_eq!(scores.chrf, Some(c.score(&sum)));
        let rs = records();
        let mean = (rs[0].scores.chrf.unwrap() + rs[2].scores.chrf.unwrap()) / 2.0;
        assert_ne!(scores.chrf, Some(mean));
        assert!(scores.bleu.is_some() && scores.ter.is_some());
        assert_eq!(scores.chrf_pp, None);
    }

    #[test]
    fn reference_scores_do_not_depend_on_how_records_are_grouped() {
        // Integer statistics merge exactly: adding the records one by one or merging the
        // sums of two halves gives the same chrF and BLEU.
        let rs = records();
        let mut whole = RunSummary::default();
        for r in &rs {
            whole.add(r);
        }
        let (mut first, mut second) = (RunSummary::default(), RunSummary::default());
        first.add(&rs[2]);
        second.add(&rs[0]);
        second.add(&rs[1]);
        for (m, st) in &first.reference_stats {
            second.reference_stats.entry(*m).and_modify(|s| s.add(st));
        }
        let (a, b) = (
            whole.reference_scores().unwrap(),
            second.reference_scores().unwrap(),
        );
        assert_eq!((a.chrf, a.bleu), (b.chrf, b.bleu));
    }

    #[test]
    fn corpus_figures_do_not_depend_on_order_or_grouping() {
        // Awkward floats: summed as floats in another order, they would differ in the last bit.
        let articles: Vec<ArticleSummary> = [0.1, 0.2, 0.3, 99.97, 33.333333, 66.7]
            .iter()
            .enumerate()
            .map(|(i, &q)| {
                let mut a =
                    ArticleSummary::new(&checked("x", "The governor opened a bridge.", None));
                a.quality = q;
                a.penalty_points = q / 7.0;
                a.src_words = 3 + i * 5;
                a.reference = Some(RefScores {
                    chrf: Some(q / 3.0),
                    ..RefScores::default()
                });
                a
            })
            .collect();
        let whole = CorpusSummary::new(&articles, 2);
        let mut reversed = articles.clone();
        reversed.reverse();
        let (mut a, mut b) = (CorpusTotals::default(), CorpusTotals::default());
        for x in &reversed[..2] {
            a.add(x);
        }
        for x in &reversed[2..] {
            b.add(x);
        }
        // Shards' totals added field by field give the same integers, so the same figures.
        let mut sum = a.clone();
        sum.quality_weighted += b.quality_weighted;
        sum.quality_weight += b.quality_weight;
        sum.penalty_points += b.penalty_points;
        sum.src_words += b.src_words;
        for (s, o) in sum.reference.iter_mut().zip(b.reference) {
            s.0 += o.0;
            s.1 += o.1;
        }
        let merged = sum.summary(2);
        let one = CorpusSummary::new(&reversed, 2);
        for other in [&merged, &one] {
            assert_eq!(whole.quality.to_bits(), other.quality.to_bits());
            assert_eq!(
                whole.penalty_points.to_bits(),
                other.penalty_points.to_bits()
            );
            assert_eq!(
                whole
                    .reference
                    .as_ref()
                    .and_then(|r| r.chrf)
                    .map(f64::to_bits),
                other
                    .reference
                    .as_ref()
                    .and_then(|r| r.chrf)
                    .map(f64::to_bits)
            );
        }
    }

    #[test]
    fn leaves_reference_scores_out_without_references() {
        let mut summary = RunSummary::default();
        summary.add(&checked("b", "The governor opened a bridge.", None));
        assert_eq!(summary.reference_records, 0);
        assert_eq!(summary.reference_scores(), None);
    }
}

#[cfg(test)]
mod unit_number_tests {
    use super::fixtures;
    use super::*;

    /// `(record, unit)` of every finding, as one format reports it.
    fn flagged_units(format: Format) -> Vec<(String, u64)> {
        let out = fixtures::render_to_string(|w| reporter(format, w, false));
        let mut found = Vec::new();
        match format {
            Format::Jsonl => {
                for line in out.lines() {
                    let u: serde_json::Value = serde_json::from_str(line).unwrap();
                    for _ in u["flags"].as_array().unwrap() {
                        found.push((
                            u["id"].as_str().unwrap().into(),
                            u["unit"].as_u64().unwrap(),
                        ));
                    }
                }
            }
            Format::Json => {
                let doc: serde_json::Value = serde_json::from_str(&out).unwrap();
                for a in doc["articles"].as_array().unwrap() {
                    for f in a["flags"].as_array().unwrap() {
                        found.push((
                            a["id"].as_str().unwrap().into(),
                            f["unit"].as_u64().unwrap(),
                        ));
                    }
                }
            }
            Format::Sarif => {
                let doc: serde_json::Value = serde_json::from_str(&out).unwrap();
                for r in doc["runs"][0]["results"].as_array().unwrap() {
                    let p = &r["properties"];
                    // An article's min-quality verdict belongs to no unit.
                    if let Some(unit) = p["unit"].as_u64() {
                        found.push((p["record"].as_str().unwrap().into(), unit));
                    }
                }
            }
            Format::Human | Format::Html | Format::Markdown => unreachable!(),
        }
        found
    }

    #[test]
    fn numbers_units_from_one_in_every_format() {
        let jsonl = flagged_units(Format::Jsonl);
        // The fixture's first record is flagged in its first unit, which is unit 1.
        assert_eq!(jsonl[0].1, 1, "{jsonl:?}");
        assert_eq!(flagged_units(Format::Json), jsonl);
        assert_eq!(flagged_units(Format::Sarif), jsonl);
        let human = fixtures::render_to_string(|w| reporter(Format::Human, w, false));
        let html = fixtures::render_to_string(|w| reporter(Format::Html, w, false));
        let markdown = fixtures::render_to_string(|w| reporter(Format::Markdown, w, false));
        for (id, unit) in &jsonl {
            assert!(
                human.contains(&format!("(unit {unit})")),
                "{id} unit {unit}: {human}"
            );
            assert!(
                html.contains(&format!("<div class=\"idx\">unit {unit}</div>")),
                "{id}"
            );
            assert!(
                markdown.contains(&format!("(unit {unit})")),
                "{id} unit {unit}"
            );
        }
        assert!(!human.contains("(unit 0)") && !markdown.contains("(unit 0)"));
    }
}

#[cfg(test)]
mod ranking_tests {
    use super::*;

    fn article(id: &str, critical: usize, major: usize, quality: f64) -> ArticleSummary {
        let mut by_severity = severity_counts(std::iter::empty());
        by_severity.insert(Severity::Critical, critical);
        by_severity.insert(Severity::Major, major);
        ArticleSummary {
            id: id.into(),
            line: None,
            src_lang: "id",
            tgt_lang: "en",
            units: 1,
            findings: critical + major,
            by_severity,
            by_kind: BTreeMap::new(),
            quality,
            penalty_points: 0.0,
            src_words: 10,
            penalty_per_1000_words: 0.0,
            reference: None,
            below_min_quality: None,
        }
    }

    #[test]
    fn criticals_then_majors_then_quality() {
        let articles = [
            article("low-quality", 0, 0, 20.0),
            article("two-major", 0, 2, 90.0),
            article("one-major", 0, 1, 40.0),
            article("critical", 1, 0, 95.0),
            article("fine", 0, 0, 99.0),
        ];
        assert_eq!(ranking(&articles), vec![3, 1, 2, 0, 4]);
    }
}
