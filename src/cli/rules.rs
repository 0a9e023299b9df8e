//! `mtcheck rules [ID]`: list every rule, or explain one, from the metadata the checks declare.

use std::io::Write;

use anyhow::Result;

use super::args::RulesArgs;
use super::{EXIT_ERROR, EXIT_OK};
use crate::checks::registry;
use crate::report::diag;

/// Runs `mtcheck rules`.
pub fn run(args: &RulesArgs) -> Result<u8> {
    let mut out = std::io::stdout().lock();
    match &args.rule {
        None => {
            for m in registry::metas() {
                writeln!(
                    out,
                    "{:<28} {:<9} {:<26} {}",
                    m.id,
                    m.default_severity,
                    m.category.as_str(),
                    m.summary
                )?;
            }
        }
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
            let m = check.meta();
            writeln!(out, "{}: {}", m.id, m.summary)?;
            writeln!(
                out,
                "kind: {}  category: {}  default severity: {}\n",
                m.kind,
                m.category.as_str(),
                m.default_severity
            )?;
            writeln!(out, "{}\n", m.explain)?;
            let (sl, s, tl, h) = m.examples.flags;
            writeln!(out, "Flagged:\n  {sl}: {s}\n  {tl}: {h}\n")?;
            let (sl, s, tl, h) = m.examples.allows;
            writeln!(out, "Not flagged:\n  {sl}: {s}\n  {tl}: {h}")?;
        }
    }
    Ok(EXIT_OK)
}
