//! A corpus folder: one folder per article, holding the source (`id.txt` by default), one file
//! per translation (`en.txt`, `fr.txt`, `zh.txt`, `ja.txt`, `ar.txt`) and optional human
//! references (`en.ref.txt`). A folder that itself holds the source is one article. Articles
//! and files are visited in name order, so every run reads them in the same order.

use std::path::{Path, PathBuf};

use super::{Items, Origin, Record, display_path, read_text};
use crate::analyse::Lang;
use crate::error::InputError;

/// The translation files of one article, in a stable order.
#[derive(Debug, Clone)]
pub struct Article {
    pub dir: PathBuf,
    pub src: PathBuf,
    pub translations: Vec<(Lang, PathBuf)>,
}

/// Lists the articles under `dir`.
pub fn articles(dir: &Path, src_lang: Lang) -> Result<Vec<Article>, InputError> {
    let src_name = format!("{}.txt", src_lang.code());
    if dir.join(&src_name).is_file() {
        return Ok(vec![article(dir, src_lang)?]);
    }
    let entries = std::fs::read_dir(dir).map_err(|e| InputError::Unreadable {
        path: dir.to_path_buf(),
        source: e,
    })?;
    let mut dirs: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_dir() && p.join(&src_name).is_file())
        .collect();
    dirs.sort();
    if dirs.is_empty() {
        return Err(InputError::EmptyCorpus {
            path: dir.to_path_buf(),
        });
    }
    dirs.iter().map(|d| article(d, src_lang)).collect()
}

fn article(dir: &Path, src_lang: Lang) -> Result<Article, InputError> {
    let src = dir.join(format!("{}.txt", src_lang.code()));
    let mut translations = Vec::new();
    let entries = std::fs::read_dir(dir).map_err(|e| InputError::Unreadable {
        path: dir.to_path_buf(),
        source: e,
    })?;
    for e in entries.filter_map(Result::ok) {
        let name = e.file_name().to_string_lossy().into_owned();
        let Some(stem) = name.strip_suffix(".txt") else {
            continue;
        };
        if stem.contains('.') {
            continue; // en.ref.txt and the like
        }
        if let Some(lang) = Lang::from_code(stem)
            && lang != src_lang
            && stem.len() == 2
        {
            translations.push((lang, e.path()));
        }
    }
    translations.sort();
    Ok(Article {
        dir: dir.to_path_buf(),
        src,
        translations,
    })
}

/// Reads every translation of every article as a record, lazily.
pub fn read(dir: &Path, src_lang: Lang) -> Result<Items, InputError> {
    let list = articles(dir, src_lang)?;
    let items = list.into_iter().flat_map(move |a| {
        // An article with nothing to check is reported, not silently passed over.
        if a.translations.is_empty() {
            return vec![Err(InputError::NoTranslation { path: a.src })];
        }
        let src = read_text(&a.src);
        a.translations
            .into_iter()
            .map(move |(lang, path)| record(&a.dir, &a.src, &src, lang, &path, src_lang))
            .collect::<Vec<_>>()
    });
    Ok(Box::new(items))
}

fn record(
    dir: &Path,
    src_path: &Path,
    src: &Result<String, InputError>,
    lang: Lang,
    path: &Path,
    src_lang: Lang,
) -> Result<Record, InputError> {
    let src = match src {
        Ok(s) => s.clone(),
        Err(e) => {
            return Err(InputError::Other {
                path: path.to_path_buf(),
                message: format!("its source cannot be used: {e}"),
            });
        }
    };
    let hyp = read_text(path)?;
    let ref_path = dir.join(format!("{}.ref.txt", lang.code()));
    let reference = if ref_path.is_file() {
        Some(read_text(&ref_path)?)
    } else {
        None
    };
    Ok(Record {
        id: display_path(path),
        src,
        hyp,
        reference,
        src_lang: Some(src_lang),
        tgt_lang: Some(lang),
        allow: article_allow(dir)?,
        origin: Origin {
            hyp_path: path.to_path_buf(),
            src_path: Some(src_path.to_path_buf()),
            line: None,
        },
    })
}

/// Rule ids accepted for the article in `dir`: `allow = [...]` in a `mtcheck.toml` beside it.
fn article_allow(dir: &Path) -> Result<Vec<String>, InputError> {
    let path = dir.join(crate::config::FILE_NAME);
    if !path.is_file() {
        return Ok(Vec::new());
    }
    crate::config::Config::load(&path)
        .and_then(|c| c.allowed())
        .map_err(|e| InputError::Other {
            path: PathBuf::from(format!(
                "{}{}",
                display_path(&e.path),
                e.line.map(|l| format!(":{l}")).unwrap_or_default()
            )),
            message: format!("{}; the article is skipped", e.message),
        })
}
