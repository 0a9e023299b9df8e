//! `mtcheck rules [ID]`: list every rule (id, kind, MQM category, default severity, summary),
//! or explain one with an example it flags and one it does not. Everything comes from the
//! `RuleMeta` the checks declare, the same text SARIF's `rules[]` and the HTML report's
//! tooltips show.

use std::io::{self, Write};

use anyhow::Result;

use super::args::RulesArgs;
use super::{EXIT_ERROR, EXIT_OK};
use crate::checks::{RuleMeta, registry};
use crate::report::diag;

/// Writes the table of every rule.
pub fn list(out: &mut dyn Write) -> io::Result<()> {
    writeln!(
        out,
        "{:<28} {:<15} {:<9} {:<9} {:<32} SUMMARY",
        "RULE", "KIND", "SEVERITY", "PRECISION", "MQM CATEGORY"
    )?;
    for m in registry::metas() {
        writeln!(
            out,
            "{:<28} {:<15} {:<9} {:<9} {:<32} {}",
            m.id,
            m.kind.as_str(),
            m.default_severity.as_str(),
            precision_cell(m.id),
            m.category.as_str(),
            m.summary
        )?;
    }
    let (date, commit) = registry::measured_on();
    writeln!(
        out,
        "\n{} rules. PRECISION: the share of the rule's major flags that were right on news it was not \
         tuned on (measured {date} at {commit}; - where it raised none). mtcheck rules ID explains \
         one; in mtcheck.toml, [rules] \"ID\" = \"off\" or a severity. mtcheck rules quality \
         explains the quality score.",
        registry::ALL.len()
    )
}

/// The list's precision column: "0.97", or "-" where the rule raised no major flag.
fn precision_cell(id: &str) -> String {
    registry::measured(id)
        .and_then(|m| m.precision())
        .map_or_else(|| "-".to_string(), |p| format!("{p:.2}"))
}

/// Writes how the rule's major flags measured.
fn explain_measured(out: &mut dyn Write, id: &str) -> io::Result<()> {
    let (date, commit) = registry::measured_on();
    writeln!(
        out,
        "\nMeasured ({date}, at {commit}), major and critical flags only:"
    )?;
    let Some(m) = registry::measured(id) else {
        return writeln!(out, "  not measured yet");
    };
    match m.precision() {
        Some(p) => writeln!(
            out,
            "  precision {p:.2}: {} right, {} wrong, on news the rules were not tuned on \
             (professional human translations of NTREX-128 articles as sentence pairs and as \
             whole articles, the same pairs with injected errors, and real zh->en machine \
             translation rated by professional MQM raters)",
            m.right, m.wrong
        )?,
        None => writeln!(out, "  no major flag raised on that news")?,
    }
    if m.errors > 0 {
        writeln!(
            out,
            "  recall: {} of {} injected errors of its kind flagged major (with other rules of \
             the same kind flagging the rest)",
            m.caught, m.errors
        )?;
    }
    writeln!(
        out,
        "  A rule is major only where its evidence is right at least 19 times in 20; weaker \
         evidence is minor."
    )
}

/// Writes the explanation of one rule.
pub fn explain(out: &mut dyn Write, m: &RuleMeta) -> io::Result<()> {
    writeln!(out, "{}: {}\n", m.id, m.summary)?;
    writeln!(out, "  kind:             {}", m.kind)?;
    writeln!(out, "  MQM category:     {}", m.category.as_str())?;
    writeln!(out, "  default severity: {}\n", m.default_severity)?;
    for line in m.explain.lines() {
        writeln!(out, "{line}")?;
    }
    let (sl, s, tl, h) = m.examples.flags;
    writeln!(out, "\nFlagged:\n  {sl}: {s}\n  {tl}: {h}")?;
    let (sl, s, tl, h) = m.examples.allows;
    writeln!(out, "\nNot flagged:\n  {sl}: {s}\n  {tl}: {h}")?;
    explain_measured(out, m.id)?;
    writeln!(
        out,
        "\nTo turn it off or change its severity, in mtcheck.toml:\n  [rules]\n  \"{}\" = \"off\"   # or \"minor\", \"major\", \"critical\"",
        m.id
    )
}

/// Runs `mtcheck rules`.
pub fn run(args: &RulesArgs) -> Result<u8> {
    let mut out = io::BufWriter::new(io::stdout().lock());
    match &args.rule {
        None => list(&mut out)?,
        Some(id) if id == "quality" => write!(out, "{}", crate::score::quality::explanation())?,
        Some(id) => {
            let Some(check) = registry::find(id) else {
                let hint = registry::suggest_id(id)
                    .map(|s| format!(" (did you mean \"{s}\"?)"))
                    .unwrap_or_default();
                diag::error(&format!(
                    "unknown rule \"{id}\"{hint}; mtcheck rules lists them all"
                ));
                return Ok(EXIT_ERROR);
            };
            explain(&mut out, check.meta())?;
        }
    }
    out.flush()?;
    Ok(EXIT_OK)
}

#[cfg(test)]
mod tests;
