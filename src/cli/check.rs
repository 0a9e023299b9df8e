//! `mtcheck check`: resolve settings from flags and config, pick the reader for the input (a
//! pair, a corpus folder, JSONL), run the pipeline in a thread pool of the requested size, and
//! turn the outcome into an exit code.

use std::io::{BufRead, IsTerminal, Read};
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use anyhow::Result;

use super::args::CheckArgs;
use super::{EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, open_output};
use crate::analyse::Lang;
use crate::config::{Config, Settings};
use crate::error::{InputError, InputWarning};
use crate::input::{self, Items, Record};
use crate::pipeline;
use crate::report::json::{InputSource, Json, SettingsNote};
use crate::report::{self, Format, diag};

/// The JSON document's note of `settings`: its metrics and the fingerprint of every setting
/// that changes a figure (`report::json::SettingsNote`).
pub fn settings_note(settings: &Settings) -> SettingsNote {
    let mut h = Fnv::default();
    h.write(
        format!(
            "{:?}|{:?}|{:?}|{:?}|{:?}|{:?}|{:?}",
            settings.rules,
            settings.src_lang,
            settings.tgt_lang,
            settings.metrics,
            settings.penalties,
            settings.min_quality,
            settings.boilerplate,
        )
        .as_bytes(),
    );
    for (what, files) in [
        ("watchlist", &settings.watchlist_files),
        ("glossary", &settings.glossary_files),
    ] {
        for f in files {
            h.write(what.as_bytes());
            // Their contents, not their paths: shards run on other machines, in other
            // folders. A file that cannot be read here was refused when settings were made.
            h.write(&std::fs::read(f).unwrap_or_default());
        }
    }
    SettingsNote {
        metrics: settings
            .metrics
            .iter()
            .map(|m| m.key().to_string())
            .collect(),
        fingerprint: format!("{:016x}", h.0),
    }
}

/// 64-bit FNV-1a: a small, stable hash (the standard library's may change between releases).
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv {
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 ^= u64::from(*b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
        // A separator, so that "ab" + "c" and "a" + "bc" differ.
        self.0 ^= 0xff;
        self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
    }
}

/// Counts the lines read through it (a last line without a line break counts too), as the
/// JSONL reader numbers them, for the document's `input.lines`: what a driver compares with
/// the lines it fed.
struct CountLines<R> {
    inner: R,
    /// Line breaks consumed, plus one while a line has begun and not ended.
    lines: Arc<AtomicUsize>,
    newlines: usize,
    open: bool,
}

impl<R: BufRead> CountLines<R> {
    fn new(inner: R, lines: Arc<AtomicUsize>) -> Self {
        CountLines {
            inner,
            lines,
            newlines: 0,
            open: false,
        }
    }
}

impl<R: BufRead> Read for CountLines<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = {
            let avail = self.fill_buf()?;
            let n = avail.len().min(buf.len());
            buf[..n].copy_from_slice(&avail[..n]);
            n
        };
        self.consume(n);
        Ok(n)
    }
}

impl<R: BufRead> BufRead for CountLines<R> {
    fn fill_buf(&mut self) -> std::io::Result<&[u8]> {
        self.inner.fill_buf()
    }

    fn consume(&mut self, amt: usize) {
        if let Ok(buf) = self.inner.fill_buf() {
            let taken = &buf[..amt.min(buf.len())];
            self.newlines += taken.iter().filter(|&&b| b == b'\n').count();
            if let Some(&last) = taken.last() {
                self.open = last != b'\n';
            }
        }
        self.inner.consume(amt);
        self.lines
            .store(self.newlines + usize::from(self.open), Ordering::SeqCst);
    }
}

/// A JSONL reader over `reader`, named `path` in messages, counting its lines, the first
/// numbered `first`.
fn jsonl<R: BufRead + Send + 'static>(
    reader: R,
    path: &Path,
    lines: &Arc<AtomicUsize>,
    first: usize,
) -> Items {
    Box::new(
        input::jsonl::Reader::new(CountLines::new(reader, Arc::clone(lines)), path)
            .starting_at(first),
    )
}

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

/// The number of the input's first line (`--first-line`, else 1).
fn first_line(args: &CheckArgs) -> usize {
    args.first_line
        .map_or(1, |n| usize::try_from(n).unwrap_or(usize::MAX))
}

/// What the run reads, as the JSON document names it; for JSONL, with its line counter.
fn input_source(args: &CheckArgs, lines: &Arc<AtomicUsize>) -> InputSource {
    let (path, lines) = match (&args.input, args.paths.as_slice()) {
        (Some(p), _) if is_stdin(p) => (input::stdin_path(), Some(Arc::clone(lines))),
        (Some(p), _) => (p.clone(), Some(Arc::clone(lines))),
        (None, [dir]) => (dir.clone(), None),
        (None, [_, hyp]) => (hyp.clone(), None),
        (None, _) => (Default::default(), None),
    };
    InputSource {
        path: input::display_path(&path),
        first_line: first_line(args),
        lines,
    }
}

/// The records to check, and warnings about what in the input is not read. A JSONL input
/// counts its lines into `lines`.
fn items(
    args: &CheckArgs,
    settings: &Settings,
    lines: &Arc<AtomicUsize>,
) -> Result<(Items, Vec<InputWarning>), InputError> {
    if let Some(path) = &args.input {
        if is_stdin(path) {
            let stdin = std::io::stdin();
            return Ok((
                jsonl(
                    std::io::BufReader::new(stdin),
                    &input::stdin_path(),
                    lines,
                    first_line(args),
                ),
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
            jsonl(
                std::io::BufReader::with_capacity(1 << 20, file),
                path,
                lines,
                first_line(args),
            ),
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
    let lines = Arc::new(AtomicUsize::new(0));
    let (items, warnings) = match items(args, &settings, &lines) {
        Ok(items) => items,
        Err(e) => {
            diag::error(&e.to_string());
            return Ok(EXIT_ERROR);
        }
    };
    let to_terminal = args.common.output.is_none() && std::io::stdout().is_terminal();
    let color = to_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let run_note = || (settings_note(&settings), input_source(args, &lines));
    // Opened first, so that a summary that cannot be written stops the run before it starts.
    let summary_out = args
        .summary
        .as_deref()
        .map(|p| open_output(Some(p)))
        .transpose()?;
    let out = open_output(args.common.output.as_deref())?;
    let mut reporter = match args.common.format {
        Format::Json => {
            let (s, i) = run_note();
            Box::new(Json::new(out).with_run(s, i))
        }
        format => report::reporter(format, out, color),
    };
    if let Some(summary_out) = summary_out {
        let (s, i) = run_note();
        let json = Json::new(summary_out).with_run(s, i).silent();
        reporter = Box::new(report::Tee::new(reporter, Box::new(json)));
    }
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
