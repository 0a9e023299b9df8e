//! `--format jsonl`: the data contract that scripts, CI and the benchmark scorers read.
//!
//! One JSON object per aligned unit, records in input order and units in text order:
//!
//! ```text
//! {"id": <record id or translation file path>, "unit": <n, from 1>,
//!  "src_range": [a, b] | null, "hyp_range": [c, d] | null,
//!  "src": "...", "hyp": "...",
//!  "scores": {"quality": 0..100, "mqm": <penalty points>, "chrf"?: .., "chrf++"?: .., "bleu"?: .., "ter"?: ..},
//!  "flags": [{"rule", "kind", "category", "severity", "hyp_span", "src_span", "message", "suggestion"}]}
//! ```
//!
//! `unit` numbers the record's units in text order from 1, as line numbers count, and is the
//! same number every other output shows ("unit 3" in the terminal, HTML and Markdown, `unit`
//! in JSON and SARIF). Ranges and spans are offsets, counted from 0: `[start, end)` in Unicode
//! code points of the record's whole `src` / `hyp` text exactly as given. `hyp_range: null` is
//! source text with no translation (omission); `src_range: null` is translation text with no
//! source (addition). `kind` is one of the stable families (`entity`, `number`, `negation`,
//! `omission`, `addition`, `untranslated`, `wrong-language`, `repetition`, `length`,
//! `watchlist`, `glossary`, `punctuation`, `fluency`); `rule` ids are finer and may grow.
//!
//! An article below `[thresholds] min-quality` is named on standard error ("ID: quality 62.4
//! is 7.6 below min-quality 70: the article fails the gate"); the units are written as usual.

use std::io::{self, Write};

use super::{Reporter, RunSummary, UnitOut, diag};
use crate::result::RecordResult;

/// Streams one line per unit.
pub struct Jsonl<'w> {
    out: Box<dyn Write + 'w>,
}

impl<'w> Jsonl<'w> {
    /// Writes to `out`.
    pub fn new(out: Box<dyn Write + 'w>) -> Self {
        Jsonl { out }
    }
}

impl Reporter for Jsonl<'_> {
    fn record(&mut self, result: &RecordResult) -> io::Result<()> {
        // One line per unit leaves no place for an article's verdict: why it fails the gate
        // goes to standard error, as the reasons for exit 2 do.
        if let Some(b) = &result.below_min_quality {
            diag::error(&format!(
                "{}: {}: the article fails the gate",
                result.record.id,
                b.describe()
            ));
        }
        for unit in &result.units {
            serde_json::to_writer(&mut self.out, &UnitOut::new(&result.record.id, unit))?;
            self.out.write_all(b"\n")?;
        }
        Ok(())
    }

    fn finish(&mut self, _summary: &RunSummary) -> io::Result<()> {
        self.out.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::super::{assert_snapshot, fixtures};
    use super::*;

    #[test]
    fn renders_the_fixture() {
        let out = fixtures::render_to_string(|w| Box::new(Jsonl::new(w)));
        assert_snapshot("fixture.jsonl", &out);
    }
}
