//! `mtcheck check`: resolve settings from flags and config, pick the reader for the input (a
//! pair, a corpus folder, JSONL), run the pipeline in a thread pool of the requested size, and
//! turn the outcome into an exit code.

use std::io::IsTerminal;
use std::path::Path;

use anyhow::Result;

use super::args::CheckArgs;
use super::{EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, open_output};
use crate::analyse::Lang;
use crate::config::{Config, Settings};
use crate::error::{InputError, InputWarning};
use crate::input::{self, Items, Record};
use crate::pipeline;
use crate::report::{self, diag};

fn parse_lang(flag: &str, code: Option<&str>) -> Result<Option<Lang>> {
    match code {
        None => Ok(None),
        Some(c) => Lang::from_code(c).map(Some).ok_or_else(|| {
            anyhow::anyhow!("{flag} {c}: unsupported language (use one of id, en, fr, zh, ja, ar)")
        }),
    }
}

/// Resolves settings: defaults, then the config file, then the flags.
pub fn settings(args: &CheckArgs) -> Result<Settings> {
    let config = Config::discover(args.common.config.as_deref())?;
    let mut s = config.apply(Settings::default())?;
    if let Some(l) = parse_lang("--src-lang", args.src_lang.as_deref())? {
        s.src_lang = Some(l);
    }
    if let Some(l) = parse_lang("--tgt-lang", args.tgt_lang.as_deref())? {
        s.tgt_lang = Some(l);
    }
    if let Some(list) = &args.metrics {
        s.metrics = crate::metrics::Metric::parse_list(list)
            .map_err(|e| anyhow::anyhow!("--metrics: {e}"))?;
    }
    if args.common.threads.is_some() {
        s.threads = args.common.threads;
    }
    s.explain_quality = args.explain_quality;
    if let Some(f) = args.common.fail_on {
        s.fail_on = f.into();
    }
    Ok(s)
}

/// The records to check, and warnings about what in the input is not read.
fn items(args: &CheckArgs, settings: &Settings) -> Result<(Items, Vec<InputWarning>), InputError> {
    if let Some(path) = &args.input {
        if path.as_os_str() == "-" {
            let stdin = std::io::stdin();
            return Ok((
                Box::new(input::jsonl::Reader::new(
                    std::io::BufReader::new(stdin),
                    &input::stdin_path(),
                )),
                Vec::new(),
            ));
        }
        if path.is_dir() {
            return Err(InputError::IsFolder { path: path.clone() });
        }
        let file = std::fs::File::open(path).map_err(|e| {
            if e.kind() == std::io::ErrorKind::NotFound {
                InputError::NotFound { path: path.clone() }
            } else {
                InputError::Unreadable {
                    path: path.clone(),
                    source: e,
                }
            }
        })?;
        return Ok((
            Box::new(input::jsonl::Reader::new(
                std::io::BufReader::with_capacity(1 << 20, file),
                path,
            )),
            Vec::new(),
        ));
    }
    match args.paths.as_slice() {
        [dir] => {
            if !dir.exists() {
                return Err(InputError::NotFound { path: dir.clone() });
            }
            if !dir.is_dir() {
                return Err(InputError::Other {
                    path: dir.clone(),
                    message:
                        "is a file: give a corpus folder, or a source file and its translation"
                            .to_string(),
                });
            }
            let corpus = input::corpus::open(dir, settings.src_lang.unwrap_or(Lang::Id))?;
            Ok((corpus.items, corpus.warnings))
        }
        [src, hyp] => {
            let record = pair(args, settings, src, hyp)?;
            Ok((Box::new(std::iter::once(Ok(record))), Vec::new()))
        }
        // clap allows 0..=2 paths; none is checked in `run` before the input is opened.
        _ => Ok((Box::new(std::iter::empty()), Vec::new())),
    }
}

/// Reads a pair of files. Their names state their languages (`article.en.txt`); a flag wins
/// over a name. Files given the wrong way round (`mtcheck check art.en.txt art.id.txt`, when
/// sources are in Indonesian: by their names, else by what they read as) are refused with the
/// command that checks them (`pipeline::swapped_source`). Here, unlike in a JSONL record, a
/// file name states what a file is in, not which way the translation goes: the source
/// language is the one given (`--src-lang`, `mtcheck.toml`) or Indonesian.
fn pair(
    args: &CheckArgs,
    settings: &Settings,
    src: &Path,
    hyp: &Path,
) -> Result<Record, InputError> {
    let mut record = input::pair::read(src, hyp, args.reference.as_deref())?;
    let flag_src = args.src_lang.as_deref().and_then(Lang::from_code);
    let flag_tgt = args.tgt_lang.as_deref().and_then(Lang::from_code);
    let expected = settings.src_lang.unwrap_or(Lang::Id);
    let target = flag_tgt.or(settings.tgt_lang);
    let hyp_lang = record.tgt_lang.or_else(|| pipeline::reads_as(&record.hyp));
    let swapped = flag_src.is_none() && hyp_lang == Some(expected) && target != Some(expected);
    if let Some(found) = swapped
        .then(|| record.src_lang.or_else(|| pipeline::reads_as(&record.src)))
        .flatten()
        .and_then(|s| pipeline::swapped_source(expected, target, Some(s), hyp_lang))
    {
        let (s, h) = (input::display_path(src), input::display_path(hyp));
        let e = expected.name();
        return Err(InputError::Swapped {
            path: src.to_path_buf(),
            line: None,
            id: None,
            message: format!(
                "looks like the translation, not the source: it is in {} and {h} in {e}, the source language (give the source first: mtcheck check {h} {s}; to check a translation into {e}, add --src-lang {found}); article skipped",
                found.name(),
            ),
        });
    }
    if flag_src.is_some() {
        record.src_lang = flag_src;
    }
    if flag_tgt.is_some() {
        record.tgt_lang = flag_tgt;
    }
    Ok(record)
}

/// Runs `mtcheck check`.
pub fn run(args: &CheckArgs) -> Result<u8> {
    let settings = settings(args)?;
    if args.input.is_none() && args.paths.is_empty() {
        diag::error(
            "nothing to check: give SRC HYP, a corpus folder, or --input FILE.jsonl (see mtcheck check --help)",
        );
        return Ok(EXIT_ERROR);
    }
    let (items, warnings) = match items(args, &settings) {
        Ok(items) => items,
        Err(e) => {
            diag::error(&e.to_string());
            return Ok(EXIT_ERROR);
        }
    };
    let to_terminal = args.common.output.is_none() && std::io::stdout().is_terminal();
    let color = to_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let out = open_output(args.common.output.as_deref())?;
    let mut reporter = report::reporter(args.common.format, out, color);
    // Progress only while the output goes elsewhere: on the terminal, the findings themselves
    // show the run moving, and a bar would break their lines.
    if !args.common.quiet && !to_terminal && std::io::stderr().is_terminal() {
        reporter = Box::new(report::progress::Progress::new(reporter));
    }
    for w in &warnings {
        reporter.warning(w)?;
    }
    let outcome = pipeline::run(&settings, items, reporter.as_mut())?;
    Ok(if outcome.input_errors > 0 {
        EXIT_ERROR
    } else if outcome.max_severity.is_some_and(|s| s >= settings.fail_on)
        || outcome.below_min_quality > 0
    {
        EXIT_FINDINGS
    } else {
        EXIT_OK
    })
}

/// Whether `path` names standard input.
pub fn is_stdin(path: &Path) -> bool {
    path.as_os_str() == "-"
}
