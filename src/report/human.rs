//! `--format human`: per record, each flagged unit with its source and translation, the flagged
//! span marked, the message and the suggestion, and why an article below `min-quality` fails
//! the gate; at the end, when there are several articles, the ones to act on first (worst first,
//! as every report ranks them: `super::ranking`), and a summary line. Colour only when
//! asked for (a terminal without `NO_COLOR`).

use std::io::{self, Write};

use super::{ArticleSummary, Reporter, RunSummary};
use crate::checks::Severity;
use crate::result::{Finding, RecordResult, UnitResult};

/// Writes findings for people.
pub struct Human<'w> {
    out: Box<dyn Write + 'w>,
    color: bool,
    /// Every article's summary, for the ranking at the end.
    articles: Vec<ArticleSummary>,
}

/// Articles named in the "act on first" line.
const FIRST: usize = 5;

impl<'w> Human<'w> {
    /// Writes to `out`, in colour when `color`.
    pub fn new(out: Box<dyn Write + 'w>, color: bool) -> Self {
        Human {
            out,
            color,
            articles: Vec::new(),
        }
    }

    fn paint(&self, code: &str, text: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }

    fn severity(&self, s: Severity) -> String {
        let code = match s {
            Severity::Critical => "1;31",
            Severity::Major => "31",
            Severity::Minor => "33",
        };
        self.paint(code, s.as_str())
    }

    /// `text` (a unit's text, which starts at code point `base` of the record) with the code
    /// points `span` marked.
    fn marked(&self, text: &str, base: usize, span: Option<[usize; 2]>) -> String {
        let Some([s, e]) = span else {
            return text.to_string();
        };
        let (s, e) = (s.saturating_sub(base), e.saturating_sub(base));
        let head: String = text.chars().take(s).collect();
        let mid: String = text.chars().skip(s).take(e.saturating_sub(s)).collect();
        let tail: String = text.chars().skip(e).collect();
        if self.color {
            format!("{head}{}{tail}", self.paint("1;4", &mid))
        } else {
            format!("{head}[{mid}]{tail}")
        }
    }

    fn unit(&mut self, r: &RecordResult, u: &UnitResult, f: &Finding) -> io::Result<()> {
        let header = format!(
            "  {} {} {}",
            self.severity(f.severity),
            self.paint("1", f.rule.id),
            self.paint("2", &format!("(unit {})", u.number()))
        );
        writeln!(self.out, "{header}")?;
        writeln!(self.out, "    {}", f.message)?;
        if !u.src.is_empty() {
            let base = u.src_range.map_or(0, |r| r[0]);
            let line = self.marked(&u.src, base, f.src_span);
            writeln!(self.out, "    {}: {line}", r.src_lang)?;
        }
        if !u.hyp.is_empty() {
            let base = u.hyp_range.map_or(0, |r| r[0]);
            let line = self.marked(&u.hyp, base, f.hyp_span);
            writeln!(self.out, "    {}: {line}", r.tgt_lang)?;
        }
        if let Some(s) = &f.suggestion {
            writeln!(self.out, "    {} {s}", self.paint("32", "suggestion:"))?;
        }
        Ok(())
    }
}

impl Reporter for Human<'_> {
    fn record(&mut self, r: &RecordResult) -> io::Result<()> {
        self.articles.push(ArticleSummary::new(r));
        let n = r.findings().count();
        let title = format!(
            "{} ({} → {}, {} unit{}, quality {:.1}{})",
            r.record.id,
            r.src_lang,
            r.tgt_lang,
            r.units.len(),
            if r.units.len() == 1 { "" } else { "s" },
            r.scores.quality,
            r.scores
                .chrf
                .map(|c| format!(", chrF {c:.1}"))
                .unwrap_or_default()
        );
        if n == 0 && r.below_min_quality.is_none() {
            return writeln!(
                self.out,
                "{} {}",
                self.paint("1", &title),
                self.paint("32", "ok")
            );
        }
        writeln!(self.out, "{}", self.paint("1", &title))?;
        if let Some(b) = &r.below_min_quality {
            writeln!(
                self.out,
                "  {}: {} ([thresholds] in mtcheck.toml)",
                self.paint("1;31", "fails the gate"),
                b.describe()
            )?;
            if n == 0 {
                return writeln!(self.out);
            }
        }
        for u in &r.units {
            for f in &u.findings {
                self.unit(r, u, f)?;
            }
        }
        writeln!(self.out)
    }

    fn finish(&mut self, s: &RunSummary) -> io::Result<()> {
        if self.articles.len() > 1 {
            self.act_on_first()?;
        }
        let count = |sev| s.by_severity.get(&sev).copied().unwrap_or(0);
        let mut line = format!(
            "checked {} record{} ({} unit{}): {} critical, {} major, {} minor",
            s.records,
            if s.records == 1 { "" } else { "s" },
            s.units,
            if s.units == 1 { "" } else { "s" },
            count(Severity::Critical),
            count(Severity::Major),
            count(Severity::Minor),
        );
        if let Some(r) = s.reference_scores() {
            let scores: Vec<String> = r
                .items()
                .into_iter()
                .map(|(name, v)| format!("{name} {v:.1}"))
                .collect();
            line.push_str(&format!(
                "; {} over the {} record{} with a reference",
                scores.join(", "),
                s.reference_records,
                if s.reference_records == 1 { "" } else { "s" },
            ));
        }
        if s.below_min_quality > 0 {
            line.push_str(&format!(
                "; {} below min-quality",
                plural(s.below_min_quality, "article")
            ));
        }
        if !s.errors.is_empty() {
            line.push_str(&format!(
                "; {} skipped (see the messages above)",
                s.errors.len()
            ));
        }
        writeln!(self.out, "{line}")?;
        self.out.flush()
    }
}

impl Human<'_> {
    /// The articles with findings or below `min-quality`, worst first (at most `FIRST`).
    fn act_on_first(&mut self) -> io::Result<()> {
        let listed: Vec<String> = super::ranking(&self.articles)
            .into_iter()
            .map(|i| &self.articles[i])
            .filter(|a| a.findings > 0 || a.below_min_quality.is_some())
            .take(FIRST)
            .map(|a| {
                let mut parts: Vec<String> = [Severity::Critical, Severity::Major]
                    .into_iter()
                    .filter_map(|sev| {
                        let n = a.by_severity.get(&sev).copied().unwrap_or(0);
                        (n > 0).then(|| format!("{n} {}", sev.as_str()))
                    })
                    .collect();
                parts.push(format!("quality {:.1}", a.quality));
                format!("{} ({})", a.id, parts.join(", "))
            })
            .collect();
        if listed.is_empty() {
            return Ok(());
        }
        writeln!(self.out, "{}", self.paint("1", "act on first:"))?;
        for l in listed {
            writeln!(self.out, "  {l}")?;
        }
        writeln!(self.out)
    }
}

/// "1 article", "2 articles".
fn plural(n: usize, noun: &str) -> String {
    format!("{n} {noun}{}", if n == 1 { "" } else { "s" })
}

#[cfg(test)]
mod tests {
    use super::super::{assert_snapshot, fixtures};
    use super::*;

    #[test]
    fn renders_the_fixture() {
        let out = fixtures::render_to_string(|w| Box::new(Human::new(w, false)));
        assert_snapshot("fixture.txt", &out);
    }

    #[test]
    fn colours_only_when_asked() {
        let plain = fixtures::render_to_string(|w| Box::new(Human::new(w, false)));
        assert!(!plain.contains('\x1b'));
        let colour = fixtures::render_to_string(|w| Box::new(Human::new(w, true)));
        assert!(colour.contains("\x1b[1;31mcritical\x1b[0m"));
    }
}
