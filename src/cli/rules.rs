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
        "{:<28} {:<15} {:<9} {:<32} SUMMARY",
        "RULE", "KIND", "SEVERITY", "MQM CATEGORY"
    )?;
    for m in registry::metas() {
        writeln!(
            out,
            "{:<28} {:<15} {:<9} {:<32} {}",
            m.id,
            m.kind.as_str(),
            m.default_severity.as_str(),
            m.category.as_str(),
            m.summary
        )?;
    }
    writeln!(
        out,
        "\n{} rules. mtcheck rules ID explains one; in mtcheck.toml, [rules] \"ID\" = \"off\" or a severity.",
        registry::ALL.len()
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
