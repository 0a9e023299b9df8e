//! The errors a user can cause, each naming the file, then the line, then what is wrong, then
//! what to do. Messages start lowercase and have no final period; the program prints them with
//! an `mtcheck: ` prefix.

use std::path::PathBuf;

/// A problem with an input file or record.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    #[error("{path}: no such file or folder (check the path)")]
    NotFound { path: PathBuf },
    #[error("{path}: cannot be read: {source} (check the path and its permissions)")]
    Unreadable {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error(
        "{path}: is a folder, not a file (give a text file here, or a corpus folder alone: mtcheck check FOLDER)"
    )]
    IsFolder { path: PathBuf },
    #[error("{path}: looks like a binary file, not text (give a UTF-8 text file)")]
    Binary { path: PathBuf },
    #[error(
        "{path}:{line}: does not look like JSONL: the first record is not a JSON object (for an article and its translation as text files, use mtcheck check SRC HYP)"
    )]
    NotJsonl { path: PathBuf, line: usize },
    #[error(
        "{path}: has the source but no translation (add en.txt, fr.txt, zh.txt, ja.txt or ar.txt beside it); article skipped"
    )]
    NoTranslation { path: PathBuf },
    #[error("{path}: not valid UTF-8 at byte {byte} (save the file as UTF-8)")]
    NotUtf8 { path: PathBuf, byte: usize },
    #[error("{path}: the file is empty (nothing to check; give a file with text in it)")]
    Empty { path: PathBuf },
    #[error(
        "{path}: holds {} of text, more than the {} one article may hold (split it into several articles)",
        size(*.bytes), size(*.limit)
    )]
    FileTooLong {
        path: PathBuf,
        bytes: usize,
        /// The most one file may hold (`input::MAX_TEXT_BYTES`).
        limit: usize,
    },
    #[error(
        "{path}:{line}: {}field \"{field}\" holds {} of text, more than the {} one record may hold (split the article into several records); record skipped",
        record(.id), size(*.bytes), size(*.limit)
    )]
    RecordTooLong {
        path: PathBuf,
        line: usize,
        id: Option<String>,
        field: &'static str,
        bytes: usize,
        /// The most one field may hold (`input::MAX_TEXT_BYTES`).
        limit: usize,
    },
    #[error(
        "{path}:{line}: {}fields \"src\" and \"hyp\" are both empty (nothing to check; give the source and its translation); record skipped",
        record(.id)
    )]
    EmptyRecord {
        path: PathBuf,
        line: usize,
        id: Option<String>,
    },
    #[error(
        "{path}:{line}: {}not valid UTF-8 at byte {byte} of the line (save the file as UTF-8); record skipped",
        record(.id)
    )]
    LineNotUtf8 {
        path: PathBuf,
        line: usize,
        id: Option<String>,
        byte: usize,
    },
    #[error(
        "{path}:{line}: {}not a JSON record: {message} (each line must be one JSON object with \"id\", \"src\" and \"hyp\"); record skipped",
        record(.id)
    )]
    BadJson {
        path: PathBuf,
        line: usize,
        id: Option<String>,
        message: String,
    },
    #[error(
        "{path}:{line}: {}field \"{field}\" is missing (each line needs \"id\", \"src\" and \"hyp\"); record skipped",
        record(.id)
    )]
    MissingField {
        path: PathBuf,
        line: usize,
        id: Option<String>,
        field: &'static str,
    },
    #[error("{path}:{line}: {}field \"{field}\" {problem}; record skipped", record(.id))]
    BadField {
        path: PathBuf,
        line: usize,
        id: Option<String>,
        field: &'static str,
        problem: String,
    },
    #[error("{path}: unsupported language \"{code}\" (use one of id, en, fr, zh, ja, ar)")]
    UnknownLang { path: PathBuf, code: String },
    #[error(
        "{path}: no article found (a corpus folder holds one folder per article with id.txt and one file per translation, e.g. en.txt)"
    )]
    EmptyCorpus { path: PathBuf },
    #[error("{path}: not an article: no source file {src} in it ({hint}); folder skipped")]
    NoSource {
        path: PathBuf,
        src: String,
        hint: String,
    },
    #[error("{path}{}: {}{message}", line.map(|l| format!(":{l}")).unwrap_or_default(), record(.id))]
    Swapped {
        path: PathBuf,
        line: Option<usize>,
        id: Option<String>,
        message: String,
    },
    #[error("{path}: {message}")]
    Other { path: PathBuf, message: String },
}

impl InputError {
    /// Whether the run may go on with the other records (a bad record in a batch), rather than
    /// having nothing to check at all.
    pub fn is_record_level(&self) -> bool {
        !matches!(self, InputError::NotFound { .. })
    }

    /// The id of the JSONL record the error is about, when it could be read.
    pub fn record_id(&self) -> Option<&str> {
        use InputError as E;
        match self {
            E::LineNotUtf8 { id, .. }
            | E::BadJson { id, .. }
            | E::MissingField { id, .. }
            | E::BadField { id, .. }
            | E::RecordTooLong { id, .. }
            | E::EmptyRecord { id, .. }
            | E::Swapped { id, .. } => id.as_deref(),
            _ => None,
        }
    }
}

/// Something in the input that is not read, said so that nothing is passed over in silence;
/// the run goes on and its exit code does not change.
#[derive(Debug, thiserror::Error)]
pub enum InputWarning {
    #[error(
        "{path}: neither the source ({src}), a translation ({translations}) nor a reference (en.ref.txt and the like): not checked"
    )]
    StrayFile {
        path: PathBuf,
        src: String,
        translations: String,
    },
    #[error("{path}: a reference for {translation}, which is not there: not used")]
    ReferenceWithoutTranslation { path: PathBuf, translation: String },
    #[error(
        "{path}: a text file beside the article folders, not in one: not checked (an article is a folder holding the source and its translations)"
    )]
    LooseFile { path: PathBuf },
}

impl InputWarning {
    /// The file the warning names.
    pub fn path(&self) -> &std::path::Path {
        match self {
            InputWarning::StrayFile { path, .. }
            | InputWarning::ReferenceWithoutTranslation { path, .. }
            | InputWarning::LooseFile { path } => path,
        }
    }
}

/// `record "ID": ` naming a JSONL record by its id when it could be read, so that a message
/// can be found by id as well as by line; nothing otherwise.
fn record(id: &Option<String>) -> String {
    id.as_ref()
        .map(|id| format!("record \"{}\": ", id.escape_debug()))
        .unwrap_or_default()
}

/// A size in bytes for messages: "5.2 MB", "1 MB", "800 KB".
fn size(bytes: usize) -> String {
    const MB: f64 = 1024.0 * 1024.0;
    let b = bytes as f64;
    if b >= MB {
        let mb = b / MB;
        if (mb - mb.round()).abs() < 0.05 {
            format!("{mb:.0} MB")
        } else {
            format!("{mb:.1} MB")
        }
    } else {
        format!("{} KB", bytes.div_ceil(1024))
    }
}

/// A problem with `mtcheck.toml` or a file it names.
#[derive(Debug, thiserror::Error)]
#[error("{path}{}: {message}", line.map(|l| format!(":{l}")).unwrap_or_default())]
pub struct ConfigError {
    pub path: PathBuf,
    pub line: Option<usize>,
    pub message: String,
}
