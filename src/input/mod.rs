//! Readers that turn what the user gives into `Record`s: a pair of files (`pair`), a corpus
//! folder of articles (`corpus`), or JSONL records streamed from a file or standard input
//! (`jsonl`). Texts are kept exactly as given (BOM, CRLF and all), so that every span refers to
//! the text the user has.

pub mod corpus;
pub mod jsonl;
pub mod pair;

use std::io::Read;
use std::path::{Path, PathBuf};

use crate::analyse::Lang;
use crate::error::InputError;

/// One item to check: a source text, its translation, and maybe a human reference.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    /// The record's id (from JSONL) or the translation file's path.
    pub id: String,
    pub src: String,
    pub hyp: String,
    /// The human reference translation, when there is one (serialised as `ref`).
    pub reference: Option<String>,
    pub src_lang: Option<Lang>,
    pub tgt_lang: Option<Lang>,
    /// Rule ids the user accepts for this record (JSONL `"allow"`, article `mtcheck.toml`).
    pub allow: Vec<String>,
    /// Where it came from, for SARIF locations and messages.
    pub origin: Origin,
}

/// Where a record came from.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Origin {
    /// The file holding the translation (or the JSONL file).
    pub hyp_path: PathBuf,
    /// The file holding the source, when it is a separate file.
    pub src_path: Option<PathBuf>,
    /// The line of the JSONL file, from 1.
    pub line: Option<usize>,
}

/// The most text one article (a file) or one record field may hold: 1 MiB. News articles are
/// a few tens of KB; a field over 1 MiB is a feed or a whole export pasted into one record by
/// mistake, which would be checked as one article (seconds of work, one meaningless alignment,
/// memory growing with it), so it is skipped with a message saying to split it.
pub const MAX_TEXT_BYTES: usize = 1 << 20;

/// Reads a whole text file as UTF-8, rejecting folders, binary files, invalid UTF-8 and files
/// over `MAX_TEXT_BYTES` with a message that says where and what to do.
pub fn read_text(path: &Path) -> Result<String, InputError> {
    if path.is_dir() {
        return Err(InputError::IsFolder {
            path: path.to_path_buf(),
        });
    }
    let mut bytes = Vec::new();
    let opened = std::fs::File::open(path).and_then(|f| {
        let total = f.metadata().map(|m| m.len()).unwrap_or(0);
        f.take(MAX_TEXT_BYTES as u64 + 1).read_to_end(&mut bytes)?;
        Ok(total)
    });
    let total = match opened {
        Ok(total) => total,
        Err(e) => {
            return Err(if e.kind() == std::io::ErrorKind::NotFound {
                InputError::NotFound {
                    path: path.to_path_buf(),
                }
            } else {
                InputError::Unreadable {
                    path: path.to_path_buf(),
                    source: e,
                }
            });
        }
    };
    if bytes.len() > MAX_TEXT_BYTES {
        looks_binary(path, &bytes)?;
        return Err(InputError::FileTooLong {
            path: path.to_path_buf(),
            bytes: usize::try_from(total)
                .unwrap_or(usize::MAX)
                .max(bytes.len()),
            limit: MAX_TEXT_BYTES,
        });
    }
    text_from_bytes(path, bytes)
}

/// Rejects text whose first 8 KB hold a NUL byte, which no text file has.
fn looks_binary(path: &Path, bytes: &[u8]) -> Result<(), InputError> {
    if bytes.iter().take(8192).any(|&b| b == 0) {
        return Err(InputError::Binary {
            path: path.to_path_buf(),
        });
    }
    Ok(())
}

/// Turns bytes into text with the same checks as `read_text`.
pub fn text_from_bytes(path: &Path, bytes: Vec<u8>) -> Result<String, InputError> {
    looks_binary(path, &bytes)?;
    let text = String::from_utf8(bytes).map_err(|e| InputError::NotUtf8 {
        path: path.to_path_buf(),
        byte: e.utf8_error().valid_up_to(),
    })?;
    if text
        .trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}')
        .is_empty()
    {
        return Err(InputError::Empty {
            path: path.to_path_buf(),
        });
    }
    Ok(text)
}

/// A path for display and ids: forward slashes, as given.
pub fn display_path(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

/// A sequence of records or per-record errors, in input order.
pub type Items = Box<dyn Iterator<Item = Result<Record, InputError>> + Send>;

/// Makes a `PathBuf` for messages about standard input.
pub fn stdin_path() -> PathBuf {
    PathBuf::from("<stdin>")
}
