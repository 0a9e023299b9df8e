//! The `mtcheck` binary: hands the command line to the library and maps the outcome to an exit
//! code. Everything else lives in `mtcheck::cli`.

use std::process::ExitCode;

fn main() -> ExitCode {
    ExitCode::from(mtcheck::cli::run(std::env::args_os()))
}
