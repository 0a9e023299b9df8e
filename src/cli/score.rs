//! `mtcheck score`: sacreBLEU-compatible corpus and sentence scores (BLEU, chrF, chrF++, TER)
//! of a hypothesis file against one or more reference files. Files are read as the sacreBLEU
//! command line reads them (one segment a line, split on `\n`, each line right-stripped);
//! segment statistics are computed in parallel and summed in input order, so the output is the
//! same for any number of threads. The metrics themselves live in `crate::metrics`.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Result;
use clap::{Args, ValueEnum};

use super::{EXIT_ERROR, EXIT_OK, open_output};
use crate::metrics::bleu::{BleuConfig, Smooth};
use crate::metrics::chrf::ChrfConfig;
use crate::metrics::ter::TerConfig;
use crate::metrics::tokenize::{Tokenizer, py_rstrip};
use crate::metrics::{
    Metric, MetricConfig, Stats, distinct_segments, segment_stats_par, text_line,
};
use crate::report::diag;

const SCORE_HELP: &str = "\
Examples:
  mtcheck score --hyp system.en.txt --ref human.en.txt
  mtcheck score --hyp sys.txt --ref ref1.txt --ref ref2.txt --metrics bleu,ter --format json
  mtcheck score --hyp sys.txt --ref ref.txt --metrics chrf --sentence-level --format jsonl

Numbers, signatures and defaults are those of sacreBLEU 2.6.0 (`sacrebleu REF -i HYP -m ...`).
Tokenizers: 13a (default), intl, zh, char, none. ja-mecab, ko-mecab and the SentencePiece
tokenizers (spm, flores101, flores200) need external models and are not available.
Sentence-level BLEU uses effective order, as sacreBLEU's sentence scores do.

Exit codes: 0 scored; 2 unusable input (missing or empty file, invalid UTF-8, line counts that
differ) or command line.";

/// Output formats of `mtcheck score`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ScoreFormat {
    /// sacreBLEU's lines: `BLEU|nrefs:1|...|version:2.6.0 = 27.3 ...`.
    Text,
    /// One JSON list: corpus level one object per metric, sentence level one per line.
    Json,
    /// One JSON object a line (sentence level: `{"line": 1, "bleu": .., ...}`).
    Jsonl,
}

/// BLEU smoothing methods.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SmoothArg {
    Exp,
    Floor,
    #[value(name = "add-k")]
    AddK,
    None,
}

/// Arguments of `mtcheck score`.
#[derive(Debug, Args)]
#[command(after_help = SCORE_HELP)]
pub struct ScoreArgs {
    /// The system output, one segment a line (`-` reads standard input).
    #[arg(long, value_name = "FILE")]
    pub hyp: PathBuf,

    /// A reference file, one segment a line; repeat for several references.
    #[arg(long = "ref", value_name = "FILE", required = true)]
    pub refs: Vec<PathBuf>,

    /// Read NUM references from each line of a single --ref file, separated by tabs.
    #[arg(long, value_name = "NUM", default_value_t = 1)]
    pub num_refs: usize,

    /// Metrics to compute, comma-separated: bleu, chrf, chrf++, ter.
    #[arg(
        long,
        short = 'm',
        value_name = "LIST",
        default_value = "bleu,chrf,chrf++,ter"
    )]
    pub metrics: String,

    /// BLEU tokenizer: 13a, intl, zh, char or none (ja-mecab/ko-mecab/spm are not available).
    #[arg(long, value_name = "TOK", default_value = "13a")]
    pub tokenize: String,

    /// Lowercase hypotheses and references for BLEU and chrF (TER: see --ter-case-sensitive).
    #[arg(long, short = 'l')]
    pub lowercase: bool,

    /// BLEU smoothing method.
    #[arg(long, value_enum, default_value_t = SmoothArg::Exp)]
    pub smooth_method: SmoothArg,

    /// BLEU smoothing value (floor: default 0.1; add-k: default 1).
    #[arg(long, value_name = "VALUE")]
    pub smooth_value: Option<f64>,

    /// BLEU: use effective order (always on with --sentence-level).
    #[arg(long)]
    pub force_effective_order: bool,

    /// chrF character n-gram order.
    #[arg(long, value_name = "N", default_value_t = 6)]
    pub chrf_char_order: usize,

    /// chrF word n-gram order: for `chrf` (default 0; 2 makes it chrF2++), and for `chrf++`
    /// when above 0 (default 2).
    #[arg(long, value_name = "N")]
    pub chrf_word_order: Option<usize>,

    /// chrF beta (recall weight).
    #[arg(long, value_name = "N", default_value_t = 2)]
    pub chrf_beta: u32,

    /// chrF: keep whitespace in character n-grams.
    #[arg(long)]
    pub chrf_whitespace: bool,

    /// chrF: epsilon smoothing as chrF++.py, NLTK and Moses do (instead of effective order).
    #[arg(long)]
    pub chrf_eps_smoothing: bool,

    /// TER: normalise punctuation and markup before scoring.
    #[arg(long)]
    pub ter_normalized: bool,

    /// TER: remove punctuation.
    #[arg(long)]
    pub ter_no_punct: bool,

    /// TER: split CJK characters and remove CJK punctuation (with the two options above).
    #[arg(long)]
    pub ter_asian_support: bool,

    /// TER: keep case (TER lowercases by default).
    #[arg(long)]
    pub ter_case_sensitive: bool,

    /// Score every line on its own instead of the whole corpus.
    #[arg(long, short = 's')]
    pub sentence_level: bool,

    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t = ScoreFormat::Text)]
    pub format: ScoreFormat,

    /// Decimals in text output (sacreBLEU's --width).
    #[arg(long, short = 'w', value_name = "N", default_value_t = 1)]
    pub width: usize,

    /// Short signatures (`#:1|c:mixed|...`).
    #[arg(long)]
    pub short: bool,

    /// Write the output to FILE instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Worker threads (default: one per core). Output is the same for any number.
    #[arg(long, short = 'j', value_name = "N")]
    pub threads: Option<usize>,
}

/// Reads segments as the sacreBLEU command line does: UTF-8, split on `\n` (a final newline
/// ends the last line), each line right-stripped of Python whitespace (so CRLF works). The
/// error is the message to print: file, line, problem, remedy.
pub fn read_segments(path: &Path) -> Result<Vec<String>, String> {
    let shown = path.display();
    let bytes = if super::check::is_stdin(path) {
        let mut b = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin(), &mut b)
            .map_err(|e| format!("<stdin>: cannot be read: {e}"))?;
        b
    } else {
        std::fs::read(path).map_err(|e| {
            if e.kind() == std::io::ErrorKind::NotFound {
                format!("{shown}: no such file (check the path)")
            } else {
                format!("{shown}: cannot be read: {e} (check the path and its permissions)")
            }
        })?
    };
    if bytes.is_empty() {
        return Err(format!(
            "{shown}: the file is empty (give one segment a line)"
        ));
    }
    let body = bytes.strip_suffix(b"\n").unwrap_or(&bytes);
    let mut out = Vec::new();
    for (i, line) in body.split(|&b| b == b'\n').enumerate() {
        let text = std::str::from_utf8(line).map_err(|e| {
            format!(
                "{shown}:{}: not valid UTF-8 at byte {} of the line (save the file as UTF-8)",
                i + 1,
                e.valid_up_to() + 1
            )
        })?;
        out.push(py_rstrip(text).to_string());
    }
    Ok(out)
}

/// Reads the references: one stream per --ref file, or `num_refs` tab-separated streams in one.
fn read_refs(args: &ScoreArgs, n_hyp: usize, hyp_path: &Path) -> Result<Vec<Vec<String>>, String> {
    let mut streams = Vec::new();
    if args.num_refs > 1 {
        let [path] = args.refs.as_slice() else {
            return Err(
                "--num-refs needs exactly one --ref file (with tab-separated references)".into(),
            );
        };
        let lines = read_segments(path)?;
        streams = vec![Vec::with_capacity(lines.len()); args.num_refs];
        for (i, line) in lines.iter().enumerate() {
            let fields: Vec<&str> = line.split('\t').collect();
            if fields.len() != args.num_refs {
                return Err(format!(
                    "{}:{}: has {} tab-separated references, expected {} (--num-refs)",
                    path.display(),
                    i + 1,
                    fields.len(),
                    args.num_refs
                ));
            }
            for (k, f) in fields.into_iter().enumerate() {
                streams[k].push(py_rstrip(f).to_string());
            }
        }
        check_count(path, streams.first().map_or(0, Vec::len), hyp_path, n_hyp)?;
    } else {
        for path in &args.refs {
            let lines = read_segments(path)?;
            check_count(path, lines.len(), hyp_path, n_hyp)?;
            streams.push(lines);
        }
    }
    Ok(streams)
}

fn check_count(path: &Path, n: usize, hyp_path: &Path, n_hyp: usize) -> Result<(), String> {
    if n == n_hyp {
        return Ok(());
    }
    let line = n.min(n_hyp) + 1;
    let lines = |k: usize| {
        if k == 1 {
            "1 line".to_string()
        } else {
            format!("{k} lines")
        }
    };
    Err(format!(
        "{}:{line}: has {} but {} has {} (give one reference line per hypothesis line)",
        path.display(),
        lines(n),
        hyp_path.display(),
        lines(n_hyp)
    ))
}

/// The metrics asked for, configured from the flags.
fn configs(args: &ScoreArgs) -> Result<Vec<(Metric, MetricConfig)>, String> {
    let tokenize = Tokenizer::from_name(&args.tokenize).ok_or_else(|| {
        format!(
            "--tokenize {}: unknown or unavailable tokenizer (use 13a, intl, zh, char or none; ja-mecab, ko-mecab and spm need external models and are not available)",
            args.tokenize
        )
    })?;
    let smooth = match args.smooth_method {
        SmoothArg::Exp => Smooth::Exp,
        SmoothArg::None => Smooth::None,
        SmoothArg::Floor => Smooth::Floor(args.smooth_value.unwrap_or(0.1)),
        SmoothArg::AddK => Smooth::AddK(args.smooth_value.unwrap_or(1.0)),
    };
    let chrf = |word_order| ChrfConfig {
        char_order: args.chrf_char_order,
        word_order,
        beta: args.chrf_beta,
        lowercase: args.lowercase,
        whitespace: args.chrf_whitespace,
        eps_smoothing: args.chrf_eps_smoothing,
    };
    if args.chrf_char_order == 0 {
        return Err(
            "--chrf-char-order 0: chrF needs at least character unigrams (use 1 or more)".into(),
        );
    }
    let metrics = Metric::parse_list(&args.metrics).map_err(|e| format!("--metrics: {e}"))?;
    Ok(metrics
        .into_iter()
        .map(|m| {
            let c = match m {
                Metric::Bleu => MetricConfig::Bleu(BleuConfig {
                    tokenize,
                    lowercase: args.lowercase,
                    smooth,
                    effective_order: args.force_effective_order || args.sentence_level,
                }),
                Metric::Chrf => MetricConfig::Chrf(chrf(args.chrf_word_order.unwrap_or(0))),
                Metric::ChrfPlusPlus => {
                    MetricConfig::Chrf(chrf(args.chrf_word_order.filter(|&w| w > 0).unwrap_or(2)))
                }
                Metric::Ter => MetricConfig::Ter(TerConfig {
                    normalized: args.ter_normalized,
                    no_punct: args.ter_no_punct,
                    asian_support: args.ter_asian_support,
                    case_sensitive: args.ter_case_sensitive,
                }),
            };
            (m, c)
        })
        .collect())
}

/// Runs `mtcheck score`.
pub fn run(args: &ScoreArgs) -> Result<u8> {
    let configs = match configs(args) {
        Ok(c) => c,
        Err(e) => {
            diag::error(&e);
            return Ok(EXIT_ERROR);
        }
    };
    let inputs =
        read_segments(&args.hyp).and_then(|h| read_refs(args, h.len(), &args.hyp).map(|r| (h, r)));
    let (hyps, refs) = match inputs {
        Ok(x) => x,
        Err(e) => {
            diag::error(&e);
            return Ok(EXIT_ERROR);
        }
    };
    let mut builder = rayon::ThreadPoolBuilder::new();
    if let Some(n) = args.threads {
        builder = builder.num_threads(n.max(1));
    }
    let pool = builder.build()?;
    let seg_refs = |i: usize| -> Vec<&str> { refs.iter().map(|s| s[i].as_str()).collect() };
    // Each distinct segment is scored once; `slots[i]` finds line i's statistics.
    let (firsts, slots) = distinct_segments(&hyps, &refs);
    let per_metric: Vec<Vec<Stats>> = pool.install(|| {
        configs
            .iter()
            .map(|(_, c)| {
                segment_stats_par(firsts.len(), |k| {
                    let i = firsts[k];
                    c.segment_stats(&hyps[i], &seg_refs(i))
                })
            })
            .collect()
    });
    let nrefs = Some(refs.len());
    let mut out = open_output(args.output.as_deref())?;
    if args.sentence_level {
        write_sentences(args, &configs, &per_metric, &slots, nrefs, &mut out)?;
    } else {
        let sums: Vec<Stats> = configs
            .iter()
            .zip(&per_metric)
            .map(|((_, c), stats)| {
                let mut sum = c.zero();
                for &slot in &slots {
                    sum.add(&stats[slot]);
                }
                sum
            })
            .collect();
        write_corpus(args, &configs, &sums, nrefs, &mut out)?;
    }
    out.flush()?;
    Ok(EXIT_OK)
}

/// The verbose part sacreBLEU prints after a score (BLEU only).
fn verbose(c: &MetricConfig, st: &Stats) -> String {
    match (c, st) {
        (MetricConfig::Bleu(b), Stats::Bleu(s)) => b.score(s).verbose(),
        _ => String::new(),
    }
}

fn signature(args: &ScoreArgs, c: &MetricConfig, nrefs: Option<usize>) -> String {
    let sig = c.signature(nrefs);
    if args.short { sig.short() } else { sig.long() }
}

fn write_sentences(
    args: &ScoreArgs,
    configs: &[(Metric, MetricConfig)],
    per_metric: &[Vec<Stats>],
    slots: &[usize],
    nrefs: Option<usize>,
    out: &mut dyn Write,
) -> Result<()> {
    let sigs: Vec<String> = configs
        .iter()
        .map(|(_, c)| signature(args, c, nrefs))
        .collect();
    if args.format == ScoreFormat::Json {
        out.write_all(b"[")?;
    }
    for (i, &slot) in slots.iter().enumerate() {
        if args.format == ScoreFormat::Text {
            for (((_, c), stats), sig) in configs.iter().zip(per_metric).zip(&sigs) {
                let st = &stats[slot];
                let line = text_line(&c.name(), sig, c.score(st), args.width, &verbose(c, st));
                writeln!(out, "{line}")?;
            }
            continue;
        }
        let mut obj = format!("{{\"line\": {}", i + 1);
        for ((m, c), stats) in configs.iter().zip(per_metric) {
            obj.push_str(&format!(
                ", {}: {}",
                json_str(m.key()),
                json_f64(c.score(&stats[slot]))
            ));
        }
        obj.push('}');
        match args.format {
            ScoreFormat::Json => {
                if i > 0 {
                    out.write_all(b",\n ")?;
                }
                out.write_all(obj.as_bytes())?;
            }
            _ => writeln!(out, "{obj}")?,
        }
    }
    if args.format == ScoreFormat::Json {
        out.write_all(b"]\n")?;
    }
    Ok(())
}

fn write_corpus(
    args: &ScoreArgs,
    configs: &[(Metric, MetricConfig)],
    sums: &[Stats],
    nrefs: Option<usize>,
    out: &mut dyn Write,
) -> Result<()> {
    let mut objects = Vec::new();
    // sacreBLEU right-aligns `NAME|SIGNATURE` when it prints several metrics.
    let pad = configs
        .iter()
        .map(|(_, c)| c.name().chars().count() + 1 + signature(args, c, nrefs).chars().count())
        .max()
        .unwrap_or(0);
    for ((_, c), st) in configs.iter().zip(sums) {
        let sig = signature(args, c, nrefs);
        let score = c.score(st);
        if args.format == ScoreFormat::Text {
            let line = text_line(&c.name(), &sig, score, args.width, &verbose(c, st));
            writeln!(
                out,
                "{line:>width$}",
                width = pad + line.chars().count()
                    - (c.name().chars().count() + 1 + sig.chars().count())
            )?;
            continue;
        }
        objects.push(corpus_json(
            c,
            st,
            &c.signature(nrefs),
            &sig,
            score,
            args.width,
        ));
    }
    match args.format {
        ScoreFormat::Text => {}
        ScoreFormat::Json => writeln!(out, "[\n {}\n]", objects.join(",\n "))?,
        ScoreFormat::Jsonl => {
            for o in objects {
                writeln!(out, "{o}")?;
            }
        }
    }
    Ok(())
}

/// One corpus result as a JSON object, keys in a fixed order: name, score (full precision),
/// formatted (at --width), signature, every signature key, then the metric's own figures.
fn corpus_json(
    c: &MetricConfig,
    st: &Stats,
    sig: &crate::metrics::Signature,
    sig_text: &str,
    score: f64,
    width: usize,
) -> String {
    let mut fields: Vec<(String, String)> = vec![
        ("name".into(), json_str(&c.name())),
        ("score".into(), json_f64(score)),
        ("formatted".into(), json_str(&format!("{score:.width$}"))),
        ("signature".into(), json_str(sig_text)),
    ];
    for (k, _, v) in &sig.0 {
        fields.push(((*k).to_string(), json_str(v)));
    }
    let list = |v: &[f64]| {
        format!(
            "[{}]",
            v.iter()
                .map(|&x| json_f64(x))
                .collect::<Vec<_>>()
                .join(", ")
        )
    };
    match (c, st) {
        (MetricConfig::Bleu(b), Stats::Bleu(s)) => {
            let sc = b.score(s);
            fields.push(("verbose_score".into(), json_str(&sc.verbose())));
            fields.push(("counts".into(), format!("{:?}", s.correct)));
            fields.push(("totals".into(), format!("{:?}", s.total)));
            fields.push(("precisions".into(), list(&sc.precisions)));
            fields.push(("bp".into(), json_f64(sc.bp)));
            fields.push(("ratio".into(), json_f64(sc.ratio)));
            fields.push(("sys_len".into(), s.hyp_len.to_string()));
            fields.push(("ref_len".into(), s.ref_len.to_string()));
        }
        (MetricConfig::Chrf(_), Stats::Chrf(s)) => {
            let triples: Vec<String> = s.0.chunks(3).map(|t| format!("{t:?}")).collect();
            fields.push(("stats".into(), format!("[{}]", triples.join(", "))));
        }
        (MetricConfig::Ter(_), Stats::Ter(s)) => {
            fields.push(("num_edits".into(), s.edits.to_string()));
            fields.push(("ref_length".into(), json_f64(s.ref_len)));
        }
        _ => {}
    }
    let body: Vec<String> = fields
        .into_iter()
        .map(|(k, v)| format!("{}: {v}", json_str(&k)))
        .collect();
    format!("{{{}}}", body.join(", "))
}

fn json_str(s: &str) -> String {
    serde_json::Value::from(s).to_string()
}

/// A float as JSON with its shortest exact representation (`100.00000000000004`).
fn json_f64(x: f64) -> String {
    serde_json::Value::from(x).to_string()
}
