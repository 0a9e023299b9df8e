//! The command line, as clap definitions. Only `cli/` knows about clap.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::checks::Severity;
use crate::report::Format;

/// Checks machine-translated news against its source article.
///
/// mtcheck splits the source and its translation into sentences, aligns them, and flags what
/// an editor must not publish: altered names, swapped countries, changed numbers, lost
/// negation, dropped or invented sentences, untranslated text, loops, known bad calques.
#[derive(Debug, Parser)]
#[command(name = "mtcheck", version, about, long_about = None, propagate_version = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check translations: one pair of files, a corpus folder, or JSONL records.
    #[command(after_help = CHECK_EXAMPLES)]
    Check(CheckArgs),
    /// Score translations against references, as sacreBLEU 2.6.0 does (BLEU, chrF, chrF++, TER).
    Score(crate::cli::score::ScoreArgs),
    /// List the rules, or explain one.
    Rules(RulesArgs),
    /// Merge the JSON documents of shards into the one a single run would write.
    #[command(after_help = MERGE_EXAMPLES)]
    Merge(MergeArgs),
}

const MERGE_EXAMPLES: &str = "\
Examples:
  mtcheck check --input part-0.jsonl --format json -o part-0.json   (and so on for each shard)
  mtcheck merge part-0.json part-1.json part-2.json -o corpus.json
  mtcheck check --input - --format jsonl --summary part-3.json < part-3.jsonl > part-3.units.jsonl

The shards' documents come from mtcheck check --format json or --summary, made by this
version with the same settings (mtcheck.toml, --metrics, languages). Give them in the order of
the input: articles and errors follow in that order, and line numbers continue from shard to
shard as in the concatenated input. The result is the document one run over the concatenated
input writes, byte for byte, but for the name of the input (see --input-name).

Exit codes: 0 merged; 2 a document refused (not one of these documents, another version,
other settings or metrics, edited or cut short): the message names the file.";

/// Arguments of `mtcheck merge`.
#[derive(Debug, Args)]
pub struct MergeArgs {
    /// The shards' JSON documents, in input order.
    #[arg(value_name = "DOC", required = true)]
    pub docs: Vec<PathBuf>,

    /// Write the merged document to FILE instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// The name of the whole input in the merged document (in "input", in error messages and
    /// in the ids of records without one); default: as the first document names its input.
    #[arg(long, value_name = "NAME")]
    pub input_name: Option<String>,
}

const CHECK_EXAMPLES: &str = "\
Examples:
  mtcheck check corpora/                          every article in a corpus folder
  mtcheck check article.id.txt article.en.txt     one article; languages from the file names
  mtcheck check --src-lang id --tgt-lang zh SRC HYP
  mtcheck check --input records.jsonl --format jsonl > units.jsonl
  cat records.jsonl | mtcheck check --input - --format jsonl
  mtcheck check corpora/ --format html -o report.html     a report for editors
  mtcheck check corpora/ --fail-on major -f sarif -o mtcheck.sarif   a CI gate

A corpus folder holds one folder per article: the source (id.txt), one file per translation
(en.txt, fr.txt, zh.txt, ja.txt, ar.txt) and optional human references (en.ref.txt).
JSONL records: {\"id\", \"src\", \"hyp\", \"ref\"?, \"src_lang\"?, \"tgt_lang\"?, \"allow\"?}.

A translation in the source's own language is untranslated (critical). Files or fields given
the wrong way round (the translation first) are refused with exit 2: give the source first,
or --src-lang to check a translation into Indonesian.

Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it; 2 unusable input or
command line (bad records in a batch are reported and skipped, and the run exits 2 at the end).";

/// Arguments of `mtcheck check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The source file and its translation, or one corpus folder.
    #[arg(value_name = "PATH", num_args = 0..=2)]
    pub paths: Vec<PathBuf>,

    /// JSONL records to check, one per line (`-` reads standard input).
    #[arg(long, short = 'i', value_name = "FILE", conflicts_with = "paths")]
    pub input: Option<PathBuf>,

    /// A human reference translation for the pair (enables chrF and other reference scores).
    #[arg(long = "ref", value_name = "FILE")]
    pub reference: Option<PathBuf>,

    /// Source language (id, en, fr, zh, ja, ar). Without it, sources are expected in
    /// Indonesian and each source's language is read from its file name or detected.
    #[arg(long, value_name = "LANG")]
    pub src_lang: Option<String>,

    /// Translation language (id, en, fr, zh, ja, ar); read from the file name (article.en.txt)
    /// or detected when not given. A translation not in it is flagged.
    #[arg(long, value_name = "LANG")]
    pub tgt_lang: Option<String>,

    /// Reference scores to compute when there is a reference, comma-separated: chrf (default),
    /// chrf++, bleu, ter (sacreBLEU 2.6.0 sentence scores per unit, summed per record).
    #[arg(long, value_name = "LIST")]
    pub metrics: Option<String>,

    /// The line number of the input's first line (default 1), for a shard of a larger JSONL
    /// input: messages, the ids of records without one and the JSON document then name lines
    /// as in the whole input.
    #[arg(long, value_name = "N", requires = "input", value_parser = clap::value_parser!(u64).range(1..))]
    pub first_line: Option<u64>,

    /// Also write the run's JSON document (as --format json writes it) to FILE, whatever the
    /// output format: the summary of a stream (with the lines it read), which `mtcheck merge`
    /// combines with those of other shards. Memory stays flat: articles wait on disk.
    #[arg(long, value_name = "FILE")]
    pub summary: Option<PathBuf>,

    /// Write the signals behind each unit's quality into the JSONL `scores` (for
    /// `benches/fit_quality.py`, which fits the quality model; not for users).
    #[arg(long, hide = true)]
    pub explain_quality: bool,

    #[command(flatten)]
    pub common: CommonArgs,
}

/// Options shared by the commands that report findings.
#[derive(Debug, Args)]
pub struct CommonArgs {
    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t = Format::Human)]
    pub format: Format,

    /// Write the output to FILE instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Exit 1 when a finding at or above this severity is found.
    #[arg(long, value_enum, value_name = "SEVERITY")]
    pub fail_on: Option<SeverityArg>,

    /// Configuration file (default: mtcheck.toml in the current folder or above).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// Worker threads (default: one per core). Output is the same for any number.
    #[arg(long, short = 'j', value_name = "N")]
    pub threads: Option<usize>,

    /// Print nothing on standard error but errors.
    #[arg(long, short = 'q')]
    pub quiet: bool,
}

/// A severity on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SeverityArg {
    Minor,
    Major,
    Critical,
}

impl From<SeverityArg> for Severity {
    fn from(s: SeverityArg) -> Self {
        match s {
            SeverityArg::Minor => Severity::Minor,
            SeverityArg::Major => Severity::Major,
            SeverityArg::Critical => Severity::Critical,
        }
    }
}

/// Arguments of `mtcheck rules`.
#[derive(Debug, Args)]
pub struct RulesArgs {
    /// Explain this rule (e.g. `entity/name-altered`), or `quality` for the quality score;
    /// without it, list every rule.
    pub rule: Option<String>,
}
