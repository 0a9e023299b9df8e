//! mtcheck: checks machine-translated news against its source.
//!
//! The pipeline, one module per stage, data flowing one way:
//! `input` (records) -> `text` (spans, normalisation) -> `segment` (sentences) -> `align`
//! (units) -> `analyse` (language, numbers, entities, computed once per unit) -> `checks` (the
//! rule registry) -> `score` -> `report`. `pipeline` drives it in parallel; `cli` turns the
//! command line and `mtcheck.toml` (`config`) into resolved `Settings` before any work starts.
//!
//! What checking produces (records, units, findings, scores) is the result model in `result`,
//! below the stages that read it: `result` <- `score` <- `report`, and `pipeline` uses all of
//! them, so no stage imports the one that drives it.

#![cfg_attr(test, allow(clippy::unwrap_used))]

pub mod align;
pub mod analyse;
pub mod checks;
pub mod cli;
pub mod config;
pub mod error;
pub mod input;
pub mod lexicon;
pub mod metrics;
pub mod pipeline;
pub mod report;
pub mod result;
pub mod score;
pub mod segment;
#[cfg(test)]
mod testing;
pub mod text;
