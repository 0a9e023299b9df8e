//! One article: a source file and its translation (and maybe a reference) given by path. A
//! file name that ends in a language code before `.txt` (`article.en.txt`, `en.txt`) states
//! the language the file is in; the record carries it, so that a translation that is not in
//! that language is flagged rather than taken for whatever it reads as.

use std::path::Path;

use super::{Origin, Record, display_path, read_text};
use crate::analyse::Lang;
use crate::error::InputError;

/// Reads the pair into one record, with the languages the file names state.
pub fn read(src: &Path, hyp: &Path, reference: Option<&Path>) -> Result<Record, InputError> {
    let src_text = read_text(src)?;
    let hyp_text = read_text(hyp)?;
    let reference = reference.map(read_text).transpose()?;
    Ok(Record {
        id: display_path(hyp),
        src: src_text,
        hyp: hyp_text,
        reference,
        src_lang: lang_of_name(src),
        tgt_lang: lang_of_name(hyp),
        allow: Vec::new(),
        origin: Origin {
            hyp_path: hyp.to_path_buf(),
            src_path: Some(src.to_path_buf()),
            line: None,
        },
    })
}

/// The language a file name states: the ISO 639-1 code of a supported language as the last
/// dot-separated part before `.txt` (`article.en.txt`, `en.txt`, `2025-10-14.ID.txt`). Only the
/// six codes count, so `notes.txt` or `v1.2.txt` state nothing.
pub fn lang_of_name(path: &Path) -> Option<Lang> {
    let name = path.file_name()?.to_str()?.to_ascii_lowercase();
    let stem = name.strip_suffix(".txt")?;
    let code = stem.rsplit('.').next()?;
    Lang::ALL.into_iter().find(|l| l.code() == code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_language_a_file_name_states() {
        for (name, lang) in [
            ("art.en.txt", Some(Lang::En)),
            ("corpora/x/zh.txt", Some(Lang::Zh)),
            ("berita.ID.txt", Some(Lang::Id)),
            ("notes.txt", None),
            ("v1.2.txt", None),
            ("art.in.txt", None),
            ("art.en.md", None),
            ("en", None),
        ] {
            assert_eq!(lang_of_name(Path::new(name)), lang, "{name}");
        }
    }
}
