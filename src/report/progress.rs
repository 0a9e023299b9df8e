//! A progress line on standard error for long runs: wraps the real reporter, counts records
//! as they pass, and shows a spinner with the count and rate once the run has lasted half a
//! second (short runs print nothing). Only used when standard error is a terminal, the
//! output goes to a file or a pipe, and `--quiet` is not given; error messages are printed with the bar suspended so they stay
//! readable.

use std::io;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use super::{Reporter, RunSummary};
use crate::error::{InputError, InputWarning};
use crate::result::RecordResult;

/// How long a run lasts before the bar appears.
const DELAY: Duration = Duration::from_millis(500);

/// A reporter that also shows progress.
pub struct Progress<'r> {
    inner: Box<dyn Reporter + 'r>,
    started: Instant,
    bar: Option<ProgressBar>,
    records: u64,
    errors: u64,
}

impl<'r> Progress<'r> {
    /// Wraps `inner`.
    pub fn new(inner: Box<dyn Reporter + 'r>) -> Self {
        Progress {
            inner,
            started: Instant::now(),
            bar: None,
            records: 0,
            errors: 0,
        }
    }

    fn tick(&mut self) {
        if self.bar.is_none() && self.started.elapsed() >= DELAY {
            let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
            let style = ProgressStyle::with_template(
                "{spinner} checked {human_pos} records in {elapsed} {msg}",
            )
            .unwrap_or_else(|_| ProgressStyle::default_spinner());
            bar.set_style(style);
            bar.enable_steady_tick(Duration::from_millis(120));
            self.bar = Some(bar);
        }
        if let Some(bar) = &self.bar {
            bar.set_position(self.records);
            let rate = self.records as f64 / self.started.elapsed().as_secs_f64().max(1e-3);
            let mut msg = format!("({rate:.0} a second)");
            if self.errors > 0 {
                msg.push_str(&format!(", {} skipped", self.errors));
            }
            bar.set_message(msg);
        }
    }
}

impl Reporter for Progress<'_> {
    fn record(&mut self, result: &RecordResult) -> io::Result<()> {
        self.records += 1;
        self.tick();
        self.inner.record(result)
    }

    fn input_error(&mut self, error: &InputError) -> io::Result<()> {
        self.errors += 1;
        self.tick();
        match self.bar.clone() {
            Some(bar) => bar.suspend(|| self.inner.input_error(error)),
            None => self.inner.input_error(error),
        }
    }

    fn warning(&mut self, warning: &InputWarning) -> io::Result<()> {
        match self.bar.clone() {
            Some(bar) => bar.suspend(|| self.inner.warning(warning)),
            None => self.inner.warning(warning),
        }
    }

    fn finish(&mut self, summary: &RunSummary) -> io::Result<()> {
        if let Some(bar) = self.bar.take() {
            bar.finish_and_clear();
        }
        self.inner.finish(summary)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passes_everything_through() {
        let buf = super::super::fixtures::SharedBuf::default();
        let inner =
            super::super::reporter(super::super::Format::Jsonl, Box::new(buf.clone()), false);
        let mut p = Progress::new(inner);
        super::super::fixtures::render(&mut p);
        let n = buf
            .0
            .lock()
            .unwrap()
            .split(|b| *b == b'\n')
            .filter(|l| !l.is_empty())
            .count();
        assert_eq!(n, 7);
    }
}
