//! `--format sarif`: SARIF 2.1.0 for code-scanning services and CI gates, written at the end
//! of the run (typos' SARIF printer buffers the same way).
//!
//! - one result per finding: `ruleId`/`ruleIndex`, `level` (critical and major are `error`,
//!   minor is `warning`; the exact severity is in `properties.severity`), the message with the
//!   suggestion, a physical location in the translation file (line, column, code-point
//!   offsets; `run.columnKind` is `unicodeCodePoints`) and a related location in the source
//!   file. A suggestion that is replacement text (every kind but omission and addition, whose
//!   suggestions are instructions) is also given as a `fix` replacing the flagged span.
//! - `properties.unit` is the unit's number, from 1 as in every other output (`jsonl.rs`).
//! - findings of JSONL records point at the JSONL file and the record's line (spans inside a
//!   JSON string have no useful column; they are in `properties`).
//! - an omitted sentence has no span in the translation: its location is the point in the
//!   translation where it is missing (the end of the previous translated unit).
//! - `partialFingerprints["mtcheckFinding/v1"]` hashes the rule, the record id, the flagged text
//!   and its occurrence number in the record: it does not move when lines are inserted above,
//!   so code-scanning services match results across runs.
//! - `tool.driver.rules` lists every rule with its summary and its `explain` text as help.
//! - an article below `[thresholds] min-quality` is a result of its own, rule `min-quality`,
//!   level `error`, on the translation file, saying by how much (`properties.quality`,
//!   `minQuality`, `by`); the rule is listed after the checks' when there is such a result.
//! - records that could not be read are `toolExecutionNotifications` of the invocation (with
//!   `properties.record`, the JSONL record's id, when it could be read); files not read (a
//!   stray file in a corpus folder) are notifications of level `warning`, which leave
//!   `executionSuccessful` true.

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::path::Path;

use serde_json::{Value, json};

use super::{Reporter, RunSummary, diag, error_location};
use crate::checks::{Kind, RuleMeta, Severity, registry};
use crate::error::{InputError, InputWarning};
use crate::input::display_path;
use crate::result::{Finding, RecordResult, UnitResult};

/// The schema URI written in `$schema`.
pub const SCHEMA_URI: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

/// Collects results and writes the log at the end.
pub struct Sarif<'w> {
    out: Box<dyn Write + 'w>,
    rules: BTreeMap<&'static str, &'static RuleMeta>,
    /// Results without `ruleIndex`, which is known only when every rule is.
    results: Vec<Value>,
    notifications: Vec<Value>,
    /// Notifications that are errors (records not checked), which make the run unsuccessful.
    errors: usize,
}

/// The rule id of the result for an article below `[thresholds] min-quality`; not a check
/// (no kind, never in JSONL), so it is not in the registry's `kind/slug` form.
pub const MIN_QUALITY_RULE: &str = "min-quality";

impl<'w> Sarif<'w> {
    /// Writes to `out`.
    pub fn new(out: Box<dyn Write + 'w>) -> Self {
        Sarif {
            out,
            rules: registry::metas().map(|m| (m.id, m)).collect(),
            results: Vec::new(),
            notifications: Vec::new(),
            errors: 0,
        }
    }
}

/// The SARIF level of a severity.
pub fn level(s: Severity) -> &'static str {
    match s {
        Severity::Critical | Severity::Major => "error",
        Severity::Minor => "warning",
    }
}

/// A path as a URI reference: relative paths stay relative, absolute ones become `file://`.
pub fn uri(path: &Path) -> String {
    let shown = display_path(path);
    let mut out = String::with_capacity(shown.len());
    if path.is_absolute() {
        out.push_str("file://");
        if !shown.starts_with('/') {
            out.push('/');
        }
    }
    for b in shown.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                out.push(b as char);
            }
            b':' if path.is_absolute() => out.push(':'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// A SARIF region for the code points `[s, e)` of `text`: 1-based lines and columns (columns
/// in code points) and 0-based character offsets.
pub fn region(text: &str, [s, e]: [usize; 2]) -> Value {
    let (mut line, mut col) = (1usize, 1usize);
    let (mut start, mut end) = ((1, 1), (1, 1));
    let mut snippet = String::new();
    for (i, c) in text.chars().chain(std::iter::once('\0')).enumerate() {
        if i == s {
            start = (line, col);
        }
        if i == e {
            end = (line, col);
            break;
        }
        if i >= s && c != '\0' {
            snippet.push(c);
        }
        if c == '\n' {
            line += 1;
            col = 1;
        } else {
            col += 1;
        }
    }
    let mut r = json!({
        "startLine": start.0,
        "startColumn": start.1,
        "endLine": end.0,
        "endColumn": end.1,
        "charOffset": s,
        "charLength": e.saturating_sub(s),
    });
    if !snippet.is_empty() {
        r["snippet"] = json!({ "text": snippet });
    }
    r
}

/// FNV-1a, 64 bits: a stable hash (the standard library's is seeded per process).
fn fnv1a(parts: &[&str]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for p in parts {
        for b in p.bytes().chain(std::iter::once(0xff)) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    format!("{h:016x}")
}

fn slice(text: &str, [s, e]: [usize; 2]) -> String {
    text.chars().skip(s).take(e.saturating_sub(s)).collect()
}

fn location(uri: &str, region: Value) -> Value {
    json!({ "physicalLocation": { "artifactLocation": { "uri": uri }, "region": region } })
}

impl Sarif<'_> {
    fn result(
        &self,
        r: &RecordResult,
        u: &UnitResult,
        insert_at: usize,
        f: &Finding,
        occurrence: usize,
        key: &str,
    ) -> Value {
        let origin = &r.record.origin;
        let hyp_uri = uri(&origin.hyp_path);
        let mut text = f.message.clone();
        if let Some(s) = &f.suggestion {
            text.push_str(&format!(" (suggestion: {s})"));
        }
        let (primary, related) = match origin.line {
            Some(line) => {
                let region = json!({ "startLine": line });
                (
                    location(&hyp_uri, region.clone()),
                    Some(location(&hyp_uri, region)),
                )
            }
            None => {
                let span = f.hyp_span.unwrap_or([insert_at, insert_at]);
                let related = origin.src_path.as_deref().map(|p| {
                    let span = f.src_span.or(u.src_range).unwrap_or([0, 0]);
                    location(&uri(p), region(&r.record.src, span))
                });
                (location(&hyp_uri, region(&r.record.hyp, span)), related)
            }
        };
        let mut result = json!({
            "ruleId": f.rule.id,
            "level": level(f.severity),
            "message": { "text": text },
            "locations": [primary],
            "partialFingerprints": {
                "mtcheckFinding/v1": fnv1a(&[f.rule.id, &r.record.id, key, &occurrence.to_string()])
            },
            "properties": {
                "severity": f.severity,
                "kind": f.rule.kind,
                "category": f.rule.category.as_str(),
                "record": r.record.id,
                "unit": u.number(),
                "hypSpan": f.hyp_span,
                "srcSpan": f.src_span,
                "suggestion": f.suggestion,
            },
        });
        if let Some(mut rel) = related {
            rel["id"] = json!(1);
            rel["message"] = json!({ "text": format!("the source ({})", r.src_lang.code()) });
            result["relatedLocations"] = json!([rel]);
        }
        let is_instruction = matches!(f.rule.kind, Kind::Omission | Kind::Addition);
        if let (Some(s), Some(span), None, false) =
            (&f.suggestion, f.hyp_span, origin.line, is_instruction)
        {
            result["fixes"] = json!([{
                "description": { "text": format!("Replace with: {s}") },
                "artifactChanges": [{
                    "artifactLocation": { "uri": hyp_uri },
                    "replacements": [{
                        "deletedRegion": { "charOffset": span[0], "charLength": span[1].saturating_sub(span[0]) },
                        "insertedContent": { "text": s },
                    }],
                }],
            }]);
        }
        result
    }

    fn rule(m: &RuleMeta) -> Value {
        let markdown: String = m
            .explain
            .lines()
            .map(|l| match l.split_once(':') {
                Some((head, rest))
                    if matches!(
                        head,
                        "What it catches" | "Why it matters" | "Example" | "Known false alarms"
                    ) =>
                {
                    format!("**{head}:**{rest}\n\n")
                }
                _ => format!("{l}\n\n"),
            })
            .collect();
        json!({
            "id": m.id,
            "shortDescription": { "text": m.summary },
            "fullDescription": { "text": m.summary },
            "help": { "text": m.explain, "markdown": markdown.trim_end() },
            "defaultConfiguration": { "level": level(m.default_severity) },
            "properties": {
                "kind": m.kind,
                "category": m.category.as_str(),
                "severity": m.default_severity,
                "tags": [m.kind.as_str(), m.category.as_str()],
            },
        })
    }
}

impl Reporter for Sarif<'_> {
    fn record(&mut self, r: &RecordResult) -> io::Result<()> {
        let mut seen: BTreeMap<(&str, String), usize> = BTreeMap::new();
        let mut insert_at = 0;
        for u in &r.units {
            for f in &u.findings {
                self.rules.entry(f.rule.id).or_insert(f.rule);
                let key = match (f.hyp_span, f.src_span) {
                    (Some(s), _) => format!("hyp:{}", slice(&r.record.hyp, s)),
                    (None, Some(s)) => format!("src:{}", slice(&r.record.src, s)),
                    (None, None) => format!("unit:{}{}", u.src, u.hyp),
                };
                let n = seen.entry((f.rule.id, key.clone())).or_default();
                *n += 1;
                let result = self.result(r, u, insert_at, f, *n, &key);
                self.results.push(result);
            }
            if let Some([_, e]) = u.hyp_range {
                insert_at = e;
            }
        }
        if let Some(b) = &r.below_min_quality {
            let origin = &r.record.origin;
            let region = json!({ "startLine": origin.line.unwrap_or(1) });
            self.results.push(json!({
                "ruleId": MIN_QUALITY_RULE,
                "level": "error",
                "message": { "text": format!("{}: {}: the article fails the gate", r.record.id, b.describe()) },
                "locations": [location(&uri(&origin.hyp_path), region)],
                "partialFingerprints": {
                    "mtcheckFinding/v1": fnv1a(&[MIN_QUALITY_RULE, &r.record.id])
                },
                "properties": {
                    "record": r.record.id,
                    "quality": b.quality,
                    "minQuality": b.min_quality,
                    "by": b.by,
                },
            }));
        }
        Ok(())
    }

    fn input_error(&mut self, error: &InputError) -> io::Result<()> {
        diag::error(&error.to_string());
        let mut note = json!({ "level": "error", "message": { "text": error.to_string() } });
        if let (Some(path), line) = error_location(error) {
            let mut loc =
                json!({ "physicalLocation": { "artifactLocation": { "uri": uri(path) } } });
            if let Some(l) = line {
                loc["physicalLocation"]["region"] = json!({ "startLine": l });
            }
            note["locations"] = json!([loc]);
        }
        if let Some(id) = error.record_id() {
            note["properties"] = json!({ "record": id });
        }
        self.notifications.push(note);
        self.errors += 1;
        Ok(())
    }

    fn warning(&mut self, warning: &InputWarning) -> io::Result<()> {
        diag::warning(&warning.to_string());
        self.notifications.push(json!({
            "level": "warning",
            "message": { "text": warning.to_string() },
            "locations": [{ "physicalLocation": { "artifactLocation": { "uri": uri(warning.path()) } } }],
        }));
        Ok(())
    }

    fn finish(&mut self, _summary: &RunSummary) -> io::Result<()> {
        let mut index: BTreeMap<&str, usize> = self
            .rules
            .keys()
            .enumerate()
            .map(|(i, id)| (*id, i))
            .collect();
        let mut rules: Vec<Value> = self.rules.values().map(|m| Sarif::rule(m)).collect();
        let mut results = std::mem::take(&mut self.results);
        if results.iter().any(|r| r["ruleId"] == MIN_QUALITY_RULE) {
            index.insert(MIN_QUALITY_RULE, rules.len());
            rules.push(json!({
                "id": MIN_QUALITY_RULE,
                "shortDescription": { "text": "the article's quality is below [thresholds] min-quality" },
                "fullDescription": { "text": "The article's reference-free quality (0-100) is below the min-quality set in mtcheck.toml, so it fails the gate even without a finding at --fail-on." },
                "help": { "text": "Raise the article's quality (fix its findings), or change [thresholds] min-quality in mtcheck.toml." },
                "defaultConfiguration": { "level": "error" },
                "properties": { "tags": ["gate"] },
            }));
        }
        for r in &mut results {
            let i = r["ruleId"].as_str().and_then(|id| index.get(id)).copied();
            if let Some(i) = i {
                r["ruleIndex"] = json!(i);
            }
        }
        let log = json!({
            "$schema": SCHEMA_URI,
            "version": "2.1.0",
            "runs": [{
                "tool": { "driver": {
                    "name": "mtcheck",
                    "version": env!("CARGO_PKG_VERSION"),
                    "semanticVersion": env!("CARGO_PKG_VERSION"),
                    "rules": rules,
                } },
                "columnKind": "unicodeCodePoints",
                "results": results,
                "invocations": [{
                    "executionSuccessful": self.errors == 0,
                    "toolExecutionNotifications": self.notifications,
                }],
            }],
        });
        serde_json::to_writer_pretty(&mut self.out, &log)?;
        self.out.write_all(b"\n")?;
        self.out.flush()
    }
}

#[cfg(test)]
mod tests;
