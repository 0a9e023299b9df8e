//! `--format markdown`: a short summary for a pull-request comment: the counts, the articles
//! below `min-quality` and by how much, the worst articles, and the most serious findings with
//! their suggestions. However large the corpus,
//! the comment stays under `LIMIT` characters (GitHub rejects comments over 65,536): lists are
//! capped, long quotes shortened, and a last line says how much was left out.

use std::fmt::Write as _;
use std::io::{self, Write};

use super::{ArticleSummary, CorpusSummary, Reporter, RunSummary, diag};
use crate::checks::Severity;
use crate::error::{InputError, InputWarning};
use crate::result::RecordResult;

/// The most characters the comment may have.
pub const LIMIT: usize = 60_000;
/// Articles listed in the "worst articles" table.
const WORST: usize = 10;
/// Findings listed.
const TOP: usize = 30;
/// Characters of a message or suggestion shown.
const QUOTE: usize = 300;

/// One finding as the comment shows it.
#[derive(Debug, Clone)]
struct Top {
    severity: Severity,
    order: usize,
    article: String,
    unit: usize,
    rule: &'static str,
    message: String,
    suggestion: Option<String>,
}

/// Keeps the summaries and the most serious findings; writes the comment at the end.
pub struct Markdown<'w> {
    out: Box<dyn Write + 'w>,
    articles: Vec<ArticleSummary>,
    top: Vec<Top>,
    seen: usize,
    errors: Vec<String>,
    warnings: Vec<String>,
}

impl<'w> Markdown<'w> {
    /// Writes to `out`.
    pub fn new(out: Box<dyn Write + 'w>) -> Self {
        Markdown {
            out,
            articles: Vec::new(),
            top: Vec::new(),
            seen: 0,
            errors: Vec::new(),
            warnings: Vec::new(),
        }
    }
}

/// Text made safe for a Markdown table cell or list item: no markup, no line breaks, shortened.
fn inline(text: &str, max: usize) -> String {
    let mut out = String::new();
    for (n, c) in text.chars().enumerate() {
        if n == max {
            out.push('…');
            break;
        }
        match c {
            '\n' | '\r' | '\t' => out.push(' '),
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '~' | '!' => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

fn severity_order(s: Severity) -> u8 {
    match s {
        Severity::Critical => 0,
        Severity::Major => 1,
        Severity::Minor => 2,
    }
}

impl Reporter for Markdown<'_> {
    fn record(&mut self, r: &RecordResult) -> io::Result<()> {
        self.articles.push(ArticleSummary::new(r));
        for u in &r.units {
            for f in &u.findings {
                self.top.push(Top {
                    severity: f.severity,
                    order: self.seen,
                    article: r.record.id.clone(),
                    unit: u.number(),
                    rule: f.rule.id,
                    message: f.message.clone(),
                    suggestion: f.suggestion.clone(),
                });
                self.seen += 1;
            }
        }
        // Keep memory bounded on huge corpora: only the most serious findings can be shown.
        if self.top.len() > 4 * TOP {
            self.top
                .sort_by_key(|t| (severity_order(t.severity), t.order));
            self.top.truncate(TOP);
        }
        Ok(())
    }

    fn input_error(&mut self, error: &InputError) -> io::Result<()> {
        diag::error(&error.to_string());
        self.errors.push(error.to_string());
        Ok(())
    }

    fn warning(&mut self, warning: &InputWarning) -> io::Result<()> {
        diag::warning(&warning.to_string());
        self.warnings.push(warning.to_string());
        Ok(())
    }

    fn finish(&mut self, _summary: &RunSummary) -> io::Result<()> {
        let text = self.render();
        self.out.write_all(text.as_bytes())?;
        self.out.flush()
    }
}

impl Markdown<'_> {
    fn render(&mut self) -> String {
        let c = CorpusSummary::new(&self.articles, self.errors.len());
        let count = |s| c.by_severity.get(&s).copied().unwrap_or(0);
        let flagged = self.articles.iter().filter(|a| a.findings > 0).count();
        let mut md = String::new();
        let _ = writeln!(
            md,
            "## mtcheck: {} finding{} in {} of {} article{}\n",
            c.findings,
            if c.findings == 1 { "" } else { "s" },
            flagged,
            c.articles,
            if c.articles == 1 { "" } else { "s" },
        );
        let _ = writeln!(
            md,
            "**{}** critical · **{}** major · **{}** minor · quality {:.1}/100 · {:.1} MQM penalty points per 1,000 words{}\n",
            count(Severity::Critical),
            count(Severity::Major),
            count(Severity::Minor),
            c.quality,
            c.penalty_per_1000_words,
            c.reference
                .as_ref()
                .map(|r| {
                    r.items()
                        .iter()
                        .map(|(n, v)| format!(" · {n} {v:.1}"))
                        .collect::<String>()
                })
                .unwrap_or_default()
        );
        if !c.by_kind.is_empty() {
            let kinds: Vec<String> = c.by_kind.iter().map(|(k, n)| format!("{k} {n}")).collect();
            let _ = writeln!(md, "By kind: {}\n", kinds.join(", "));
        }
        if c.below_min_quality > 0 {
            let _ = writeln!(
                md,
                "### Below min-quality\n\n{} article{} below `[thresholds] min-quality`, each failing the gate:\n",
                c.below_min_quality,
                if c.below_min_quality == 1 { "" } else { "s" },
            );
            for a in self
                .articles
                .iter()
                .filter_map(|a| a.below_min_quality.map(|b| (a, b)))
                .take(WORST)
                .map(|(a, b)| format!("- {}: {}\n", inline(&a.id, 120), b.describe()))
            {
                md.push_str(&a);
            }
            if c.below_min_quality > WORST {
                let _ = writeln!(md, "- …and {} more", c.below_min_quality - WORST);
            }
            md.push('\n');
        }
        let worst: Vec<&ArticleSummary> = super::ranking(&self.articles)
            .into_iter()
            .map(|i| &self.articles[i])
            .filter(|a| a.findings > 0 || a.below_min_quality.is_some())
            .collect();
        if !worst.is_empty() {
            let _ = writeln!(md, "### Worst articles\n");
            let _ = writeln!(
                md,
                "| article | languages | quality | MQM / 1k words | critical | major | minor |"
            );
            let _ = writeln!(md, "|---|---|--:|--:|--:|--:|--:|");
            for a in worst.iter().take(WORST) {
                let n = |s| a.by_severity.get(&s).copied().unwrap_or(0);
                let _ = writeln!(
                    md,
                    "| {} | {} → {} | {:.1} | {:.1} | {} | {} | {} |",
                    inline(&a.id, 120),
                    a.src_lang,
                    a.tgt_lang,
                    a.quality,
                    a.penalty_per_1000_words,
                    n(Severity::Critical),
                    n(Severity::Major),
                    n(Severity::Minor)
                );
            }
            if worst.len() > WORST {
                let _ = writeln!(
                    md,
                    "\n…and {} more articles with findings.",
                    worst.len() - WORST
                );
            }
            md.push('\n');
        }
        self.top
            .sort_by_key(|t| (severity_order(t.severity), t.order));
        if !self.top.is_empty() {
            let _ = writeln!(md, "### Top findings\n");
            let mut shown = 0;
            for t in self.top.iter().take(TOP) {
                let mut item = format!(
                    "- **{}** `{}` {} (unit {}): {}",
                    t.severity,
                    t.rule,
                    inline(&t.article, 120),
                    t.unit,
                    inline(&t.message, QUOTE)
                );
                if let Some(s) = &t.suggestion {
                    let _ = write!(item, "\n  *Suggestion:* {}", inline(s, QUOTE));
                }
                item.push('\n');
                if md.len() + item.len() > LIMIT - 500 {
                    break;
                }
                md.push_str(&item);
                shown += 1;
            }
            if c.findings > shown {
                let _ = writeln!(
                    md,
                    "\n{} more finding{} not shown (see the full report: `--format html` or `--format sarif`).",
                    c.findings - shown,
                    if c.findings - shown == 1 { "" } else { "s" }
                );
            }
        }
        if !self.errors.is_empty() {
            let _ = writeln!(
                md,
                "\n:warning: {} record{} could not be checked; the first: {}",
                self.errors.len(),
                if self.errors.len() == 1 { "" } else { "s" },
                inline(&self.errors[0], QUOTE)
            );
        }
        if !self.warnings.is_empty() {
            let _ = writeln!(
                md,
                "\n:information_source: {} file{} not checked; the first: {}",
                self.warnings.len(),
                if self.warnings.len() == 1 { "" } else { "s" },
                inline(&self.warnings[0], QUOTE)
            );
        }
        md
    }
}

#[cfg(test)]
mod tests {
    use super::super::{assert_snapshot, fixtures};
    use super::*;

    #[test]
    fn renders_the_fixture() {
        let out = fixtures::render_to_string(|w| Box::new(Markdown::new(w)));
        assert_snapshot("fixture.md", &out);
    }

    #[test]
    fn stays_under_the_limit_for_a_huge_corpus() {
        let recs = fixtures::records();
        let out = fixtures::render_to_string(|w| {
            let mut m = Markdown::new(w);
            for i in 0..5000 {
                let mut r = recs[i % recs.len()].clone();
                r.record.id = format!("{}-{i}-{}", r.record.id, "x".repeat(200));
                for u in &mut r.units {
                    for f in &mut u.findings {
                        f.message = "a very long message ".repeat(100);
                    }
                }
                m.record(&r).unwrap();
            }
            Box::new(m)
        });
        assert!(out.chars().count() < 65_000, "{} characters", out.len());
        assert!(out.contains("more finding"));
    }

    #[test]
    fn escapes_markup_in_article_text() {
        assert_eq!(inline("<b>|x|</b>", 100), "\\<b\\>\\|x\\|\\</b\\>");
        assert_eq!(inline("abcdef", 3), "abc…");
    }
}
