//! The command line: parse, resolve settings, run the subcommand, map the outcome to an exit
//! code (0 clean, 1 findings at or above `--fail-on`, 2 unusable input or command line).

pub mod args;
pub mod check;
pub mod merge;
pub mod rules;
pub mod score;

use std::ffi::OsString;

use clap::Parser;

use crate::report::diag;

/// Exit code: nothing at or above `--fail-on`.
pub const EXIT_OK: u8 = 0;
/// Exit code: findings at or above `--fail-on`.
pub const EXIT_FINDINGS: u8 = 1;
/// Exit code: the input or the command line was wrong.
pub const EXIT_ERROR: u8 = 2;

/// Runs mtcheck with `args` (the program name first) and returns the exit code.
pub fn run<I, T>(args: I) -> u8
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = match args::Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { EXIT_ERROR } else { EXIT_OK };
            let _ = e.print();
            return code;
        }
    };
    let result = match cli.command {
        args::Command::Check(a) => check::run(&a),
        args::Command::Score(a) => score::run(&a),
        args::Command::Rules(a) => rules::run(&a),
        args::Command::Merge(a) => merge::run(&a),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            if is_broken_pipe(&e) {
                return EXIT_OK;
            }
            diag::error(&format!("{e:#}"));
            EXIT_ERROR
        }
    }
}

/// Whether the error is a closed output pipe (`mtcheck ... | head`), which ends quietly.
fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// Opens the output: `--output FILE` or standard output, buffered.
pub fn open_output(path: Option<&std::path::Path>) -> anyhow::Result<Box<dyn std::io::Write>> {
    use anyhow::Context;
    Ok(match path {
        Some(p) => Box::new(std::io::BufWriter::new(
            std::fs::File::create(p)
                .with_context(|| format!("{}: cannot write the output", p.display()))?,
        )),
        None => Box::new(std::io::BufWriter::new(std::io::stdout())),
    })
}
