//! One article: a source file and its translation (and maybe a reference) given by path.

use std::path::Path;

use super::{Origin, Record, display_path, read_text};
use crate::error::InputError;

/// Reads the pair into one record.
pub fn read(src: &Path, hyp: &Path, reference: Option<&Path>) -> Result<Record, InputError> {
    let src_text = read_text(src)?;
    let hyp_text = read_text(hyp)?;
    let reference = reference.map(read_text).transpose()?;
    Ok(Record {
        id: display_path(hyp),
        src: src_text,
        hyp: hyp_text,
        reference,
        src_lang: None,
        tgt_lang: None,
        allow: Vec::new(),
        origin: Origin {
            hyp_path: hyp.to_path_buf(),
            src_path: Some(src.to_path_buf()),
            line: None,
        },
    })
}
