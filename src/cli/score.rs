//! `mtcheck score`: sacreBLEU-compatible corpus and sentence scores (not written yet).

use anyhow::Result;
use clap::Args;

use super::EXIT_ERROR;
use crate::report::diag;

/// Arguments of `mtcheck score`.
#[derive(Debug, Args)]
pub struct ScoreArgs {}

/// Runs `mtcheck score`.
pub fn run(_args: &ScoreArgs) -> Result<u8> {
    diag::error("score: not available in this build");
    Ok(EXIT_ERROR)
}
