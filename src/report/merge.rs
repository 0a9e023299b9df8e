//! `mtcheck merge`: combines the JSON documents of shards (`check --format json`, or
//! `check --summary`) into the document one run over the concatenated input would write.
//!
//! Each document is read back into the structs a run writes from ([`ArticleEntry`],
//! [`ErrorNote`], the summed reference statistics), checked, and handed to the same
//! [`DocWriter`] a run uses, so every corpus figure (and anything derived from the articles) is
//! computed by the same code from the same exact integer sums. Line numbers continue across
//! shards: a shard's articles, errors and the ids of records without one (`<path>:<line>`)
//! move down by the lines of the shards before it, unless the shard was checked with
//! `--first-line` and already numbers them so (then its first line must follow on from the
//! shards before it, else a shard is missing or out of order). The merged input is named
//! `input_name`, or as the first shard names it.
//!
//! Refused, naming the file: what is not a JSON document of this version of mtcheck, a
//! document made with other settings or metrics than the first, a JSONL shard beside a
//! corpus one, and a document whose summary does not add up to its own articles (edited or
//! cut short).

use std::collections::BTreeMap;
use std::io::Write;

use serde::Deserialize;
use serde_json::Value;

use super::CorpusTotals;
use super::json::{
    ArticleEntry, DocWriter, ErrorNote, InputNote, SettingsNote, ToolNote, WarningNote,
    document_summary, stats_from_json,
};
use crate::metrics::{Metric, Stats};

/// Why documents were refused.
#[derive(Debug, thiserror::Error)]
pub enum MergeError {
    /// A document that cannot be merged, and why.
    #[error("{path}: {message}")]
    Refused { path: String, message: String },
    /// Writing the merged document failed.
    #[error("cannot write the merged document: {0}")]
    Write(#[from] std::io::Error),
}

/// A JSON document as read back.
#[derive(Debug, Deserialize)]
struct DocIn {
    settings: Option<SettingsNote>,
    input: Option<InputNote>,
    summary: Value,
    articles: Vec<ArticleEntry>,
    errors: Vec<ErrorNote>,
    warnings: Vec<WarningNote>,
}

/// What the first document fixed, which every other must match.
struct First {
    path: String,
    settings: SettingsNote,
    jsonl: bool,
}

/// Merges documents one at a time (each is dropped once added: only the articles' spill
/// file and the errors grow).
pub struct Merger {
    input_name: Option<String>,
    first: Option<First>,
    doc: DocWriter,
    stats: BTreeMap<Metric, Stats>,
    /// The number of the merged input's first line (the first document's).
    first_line: usize,
    /// The last line the documents merged so far cover.
    lines: usize,
    /// Whether the documents number their lines as in the whole input (`--first-line`).
    numbered: bool,
    input_path: Option<String>,
}

impl Merger {
    /// A merge naming the merged input `input_name` (else as the first document does).
    pub fn new(input_name: Option<&str>) -> Self {
        Merger {
            input_name: input_name.map(str::to_string),
            first: None,
            doc: DocWriter::default(),
            stats: BTreeMap::new(),
            first_line: 1,
            lines: 0,
            numbered: false,
            input_path: None,
        }
    }

    /// Adds the document `bytes`, named `name` in messages.
    pub fn add(&mut self, name: &str, bytes: &[u8]) -> Result<(), MergeError> {
        let no = |message: String| MergeError::Refused {
            path: name.to_string(),
            message,
        };
        // Say what the file is before what is wrong inside it.
        let value: Value = serde_json::from_slice(bytes).map_err(|e| {
            no(format!(
                "not a JSON document ({e}); give the output of mtcheck check --format json or --summary"
            ))
        })?;
        let tool = value.get("tool").cloned().unwrap_or(Value::Null);
        if tool.get("name").and_then(Value::as_str) != Some("mtcheck") {
            return Err(no("not an mtcheck JSON document (no \"tool\": {\"name\": \"mtcheck\"}); give the output of mtcheck check --format json or --summary".into()));
        }
        let ours = ToolNote::this();
        let version = tool.get("version").and_then(Value::as_str).unwrap_or("?");
        if version != ours.version {
            return Err(no(format!(
                "written by mtcheck {version}, this is {}: check every shard with the version that merges them",
                ours.version
            )));
        }
        let d: DocIn = serde_json::from_value(value)
            .map_err(|e| no(format!("not a complete mtcheck JSON document: {e}")))?;
        if d.input.as_ref().is_some_and(|i| i.first_line == 0) {
            return Err(no("\"input.first_line\" is 0: lines count from 1".into()));
        }
        let (Some(settings), Some(input)) = (d.settings, d.input) else {
            return Err(no(
                "holds no \"settings\" or \"input\" (a document made by mtcheck check --format json or --summary has both)"
                    .into(),
            ));
        };
        let stats = match &d.summary.get("reference_stats") {
            None | Some(Value::Null) => BTreeMap::new(),
            Some(v) => serde_json::from_value::<BTreeMap<String, Value>>((*v).clone())
                .ok()
                .as_ref()
                .and_then(stats_from_json)
                .ok_or_else(|| no("\"summary.reference_stats\" is malformed".into()))?,
        };
        // The document's own summary must be what its articles add up to.
        let mut totals = CorpusTotals::default();
        for a in &d.articles {
            totals.add(&a.summary);
        }
        let own = serde_json::to_value(document_summary(&totals, d.errors.len(), &stats))
            .map_err(|e| no(e.to_string()))?;
        if own != d.summary {
            return Err(no(
                "its summary does not add up to its articles and errors (edited, or cut short?)"
                    .into(),
            ));
        }
        match &self.first {
            None => {
                // The merged input starts where the first document does.
                self.first_line = input.first_line;
                self.lines = input.first_line - 1;
                self.first = Some(First {
                    path: name.to_string(),
                    settings: settings.clone(),
                    jsonl: input.lines.is_some(),
                });
                self.input_path = Some(
                    self.input_name
                        .clone()
                        .unwrap_or_else(|| input.path.clone()),
                );
            }
            Some(first) => {
                if settings.metrics != first.settings.metrics {
                    return Err(no(format!(
                        "checked with other reference metrics ({}) than {} ({}): check every shard with the same --metrics",
                        settings.metrics.join(","),
                        first.path,
                        first.settings.metrics.join(","),
                    )));
                }
                if settings != first.settings {
                    return Err(no(format!(
                        "checked with other settings than {} (rules, severities, languages, penalties, min-quality, boilerplate, watchlist or glossary differ): check every shard with the same mtcheck.toml and flags",
                        first.path
                    )));
                }
                if input.lines.is_some() != first.jsonl {
                    return Err(no(format!(
                        "{} JSONL input, unlike {}: shards of one input are all JSONL or all not",
                        if input.lines.is_some() { "a" } else { "not a" },
                        first.path
                    )));
                }
            }
        }
        // Shards number their lines from 1, or (`check --first-line`) as in the whole input,
        // going on from where the shards before them end.
        let next = self.lines + 1;
        // Numbered as the whole input once a document says so (`first_line` other than 1).
        self.numbered |= input.first_line != 1;
        let offset = if input.first_line == next {
            0
        } else if input.first_line == 1 && !self.numbered {
            self.lines
        } else {
            return Err(no(format!(
                "starts at line {} (--first-line), but the documents before it end at line {}: a shard missing, or out of order",
                input.first_line,
                next - 1
            )));
        };
        let new_path = self.input_path.clone().unwrap_or_default();
        let old = &input.path;
        for mut a in d.articles {
            if let Some(l) = a.summary.line {
                if a.summary.id == format!("{old}:{l}") {
                    // A record without an id is named by its place in the input.
                    a.summary.id = format!("{new_path}:{}", l + offset);
                }
                a.summary.line = Some(l + offset);
            }
            self.doc.article(&a)?;
        }
        for mut e in d.errors {
            if e.path.as_deref() == Some(old.as_str()) {
                let (from, to) = match e.line {
                    Some(l) => (format!("{old}:{l}"), format!("{new_path}:{}", l + offset)),
                    None => (old.clone(), new_path.clone()),
                };
                if let Some(rest) = e.message.strip_prefix(&from) {
                    e.message = format!("{to}{rest}");
                }
                e.path = Some(new_path.clone());
                e.line = e.line.map(|l| l + offset);
            }
            self.doc.error(e);
        }
        for w in d.warnings {
            self.doc.warning(w);
        }
        for (m, st) in stats {
            self.stats
                .entry(m)
                .and_modify(|sum| sum.add(&st))
                .or_insert(st);
        }
        self.lines += input.lines.unwrap_or(0);
        Ok(())
    }

    /// Writes the merged document.
    pub fn finish(mut self, out: &mut dyn Write) -> Result<(), MergeError> {
        let Some(first) = &self.first else {
            return Err(MergeError::Refused {
                path: String::new(),
                message: "nothing to merge".into(),
            });
        };
        let input = InputNote {
            path: self.input_path.clone().unwrap_or_default(),
            first_line: self.first_line,
            lines: first.jsonl.then_some(self.lines + 1 - self.first_line),
        };
        let settings = first.settings.clone();
        self.doc
            .write(out, Some(&settings), Some(&input), &self.stats)?;
        Ok(())
    }
}
