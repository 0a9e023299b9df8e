//! mtcheck: checks machine-translated news against its source.
//!
//! The pipeline, one module per stage, data flowing one way:
//! `input` (records) -> `text` (spans, normalisation) -> `segment` (sentences) -> `align`
//! (units) -> `analyse` (language, numbers, entities, computed once per unit) -> `checks` (the
//! rule registry) -> `score` -> `report`. `pipeline` drives it in parallel; `cli` turns the
//! command line and `mtcheck.toml` into resolved `Settings` before any work starts.

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
pub mod score;
pub mod segment;
pub mod text;
