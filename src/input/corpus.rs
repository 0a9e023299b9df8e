//! A corpus folder: one folder per article, holding the source (`id.txt` by default), one file
//! per translation (`en.txt`, `fr.txt`, `zh.txt`, `ja.txt`, `ar.txt`) and optional human
//! references (`en.ref.txt`), and maybe a `mtcheck.toml` with the rules accepted for it. A
//! folder that itself holds the source is one article. Articles and files are visited in name
//! order, so every run reads them in the same order.
//!
//! Nothing is passed over in silence: a folder without the source (`source.txt`, `id.TXT`) is
//! an error naming it, in its place among the articles, and the others are still read; a file
//! in an article folder that is none of the above, and a text file beside the article folders,
//! are named in a warning. Hidden entries (`.git`, `.DS_Store`) are ignored.

use std::path::{Path, PathBuf};

use super::{Items, Origin, Record, display_path, read_text};
use crate::analyse::Lang;
use crate::error::{InputError, InputWarning};

/// The translation files of one article, in a stable order.
#[derive(Debug, Clone)]
pub struct Article {
    pub dir: PathBuf,
    pub src: PathBuf,
    pub translations: Vec<(Lang, PathBuf)>,
}

/// What a corpus folder holds: its articles, or for each folder that is not one an error
/// naming it (in name order), and warnings naming the files that are not read.
#[derive(Debug)]
pub struct Listing {
    pub articles: Vec<Result<Article, InputError>>,
    pub warnings: Vec<InputWarning>,
}

/// A corpus opened for reading: its records, lazily, and the warnings found while listing it.
pub struct Corpus {
    pub items: Items,
    pub warnings: Vec<InputWarning>,
}

/// The entries of `dir` in name order, hidden ones (`.DS_Store`, `.git`) left out.
fn entries(dir: &Path) -> Result<Vec<PathBuf>, InputError> {
    let list = std::fs::read_dir(dir).map_err(|e| InputError::Unreadable {
        path: dir.to_path_buf(),
        source: e,
    })?;
    let mut paths: Vec<PathBuf> = list
        .filter_map(Result::ok)
        .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
        .map(|e| e.path())
        .collect();
    paths.sort();
    Ok(paths)
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Lists the articles under `dir`: `dir` itself when it holds the source, else every folder
/// in it. A folder without the source is an error naming it (the other articles are still
/// read); a text file beside the article folders is named in a warning.
pub fn articles(dir: &Path, src_lang: Lang) -> Result<Listing, InputError> {
    let src_name = format!("{}.txt", src_lang.code());
    let mut warnings = Vec::new();
    if dir.join(&src_name).is_file() {
        let a = article(dir, src_lang, &mut warnings)?;
        return Ok(Listing {
            articles: vec![Ok(a)],
            warnings,
        });
    }
    let all = entries(dir)?;
    let (folders, files): (Vec<PathBuf>, Vec<PathBuf>) = all.into_iter().partition(|p| p.is_dir());
    if folders.is_empty() {
        // Translations with no source and no article folders: an article whose source is
        // missing or misnamed, rather than an empty corpus.
        if files
            .iter()
            .any(|f| file_name(f).to_ascii_lowercase().ends_with(".txt"))
        {
            return Err(no_source(dir, &src_name, &files));
        }
        return Err(InputError::EmptyCorpus {
            path: dir.to_path_buf(),
        });
    }
    for f in &files {
        if file_name(f).to_ascii_lowercase().ends_with(".txt") {
            warnings.push(InputWarning::LooseFile { path: f.clone() });
        }
    }
    let mut articles = Vec::new();
    for d in folders {
        if d.join(&src_name).is_file() {
            articles.push(article(&d, src_lang, &mut warnings));
        } else {
            let inside = entries(&d);
            articles.push(match inside {
                Ok(inside) => Err(no_source(&d, &src_name, &inside)),
                Err(e) => Err(e),
            });
        }
    }
    Ok(Listing { articles, warnings })
}

/// The error for folder `dir`, which holds `inside` but not the source `src_name`.
fn no_source(dir: &Path, src_name: &str, inside: &[PathBuf]) -> InputError {
    let names: Vec<String> = inside.iter().map(|p| file_name(p)).collect();
    let hint = if let Some(n) = names.iter().find(|n| n.eq_ignore_ascii_case(src_name)) {
        format!("found {n}: rename it {src_name}")
    } else if names.is_empty() {
        format!(
            "the folder is empty: an article folder holds the source {src_name} and one file per translation, e.g. en.txt"
        )
    } else {
        const SHOWN: usize = 5;
        let mut found = names
            .iter()
            .take(SHOWN)
            .cloned()
            .collect::<Vec<_>>()
            .join(", ");
        if names.len() > SHOWN {
            found.push_str(&format!(" and {} more", names.len() - SHOWN));
        }
        format!(
            "found {found}: name the source {src_name}, or give --src-lang when the source is in another language"
        )
    };
    InputError::NoSource {
        path: dir.to_path_buf(),
        src: src_name.to_string(),
        hint,
    }
}

/// The article in `dir` (which holds the source), with a warning for each entry that is
/// neither its source, a translation, a reference nor its `mtcheck.toml`.
fn article(
    dir: &Path,
    src_lang: Lang,
    warnings: &mut Vec<InputWarning>,
) -> Result<Article, InputError> {
    let src_name = format!("{}.txt", src_lang.code());
    let src = dir.join(&src_name);
    let mut translations = Vec::new();
    let mut references = Vec::new();
    for path in entries(dir)? {
        let name = file_name(&path);
        if name == src_name || name == crate::config::FILE_NAME {
            continue;
        }
        let code = |stem: &str| {
            Lang::from_code(stem).filter(|&l| l != src_lang && stem.len() == 2 && path.is_file())
        };
        if let Some(lang) = name.strip_suffix(".ref.txt").and_then(code) {
            references.push((lang, path));
        } else if let Some(lang) = name.strip_suffix(".txt").and_then(code) {
            translations.push((lang, path));
        } else {
            warnings.push(InputWarning::StrayFile {
                path,
                src: src_name.clone(),
                translations: Lang::ALL
                    .iter()
                    .filter(|&&l| l != src_lang)
                    .map(|l| format!("{l}.txt"))
                    .collect::<Vec<_>>()
                    .join(", "),
            });
        }
    }
    for (lang, path) in references {
        if !translations.iter().any(|(l, _)| *l == lang) {
            warnings.push(InputWarning::ReferenceWithoutTranslation {
                path,
                translation: format!("{lang}.txt"),
            });
        }
    }
    translations.sort();
    Ok(Article {
        dir: dir.to_path_buf(),
        src,
        translations,
    })
}

/// Opens the corpus in `dir`: every translation of every article as a record, lazily (a
/// folder that is not an article as an error item in its place), and the warnings.
pub fn open(dir: &Path, src_lang: Lang) -> Result<Corpus, InputError> {
    let Listing { articles, warnings } = articles(dir, src_lang)?;
    let items = articles.into_iter().flat_map(move |a| {
        let a = match a {
            Ok(a) => a,
            Err(e) => return vec![Err(e)],
        };
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
    Ok(Corpus {
        items: Box::new(items),
        warnings,
    })
}

/// Every translation of every article as a record, lazily, without the warnings (for
/// benchmarks and tests; the command line uses `open`).
pub fn read(dir: &Path, src_lang: Lang) -> Result<Items, InputError> {
    open(dir, src_lang).map(|c| c.items)
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

#[cfg(test)]
mod tests {
    use super::*;

    const SRC: &str = "Warga antre sejak subuh.";
    const HYP: &str = "Residents queued from dawn.";

    /// A corpus folder with `files` (relative path, text) in it.
    fn corpus(files: &[&str]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for f in files {
            let p = dir.path().join(f);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            let text = if f.ends_with("id.txt") { SRC } else { HYP };
            std::fs::write(p, text).unwrap();
        }
        dir
    }

    fn listing(dir: &tempfile::TempDir) -> (Vec<Result<String, String>>, Vec<String>) {
        let l = articles(dir.path(), Lang::Id).unwrap();
        let name = |p: &Path| p.strip_prefix(dir.path()).unwrap().display().to_string();
        let articles = l
            .articles
            .iter()
            .map(|a| match a {
                Ok(a) => Ok(name(&a.dir)),
                Err(e) => Err(e.to_string().replace(&display_path(dir.path()), "")),
            })
            .collect();
        let warnings = l.warnings.iter().map(|w| name(w.path())).collect();
        (articles, warnings)
    }

    #[test]
    fn flags_a_folder_whose_source_is_misnamed_and_reads_the_others() {
        let dir = corpus(&[
            "a/id.txt",
            "a/en.txt",
            "b/source.txt",
            "b/en.txt",
            "c/id.TXT",
        ]);
        let (articles, _) = listing(&dir);
        assert_eq!(articles[0], Ok("a".to_string()));
        let b = articles[1].as_ref().unwrap_err();
        assert!(
            b.contains("/b: not an article: no source file id.txt")
                && b.contains("found en.txt, source.txt"),
            "{b}"
        );
        let c = articles[2].as_ref().unwrap_err();
        assert!(c.contains("found id.TXT: rename it id.txt"), "{c}");
    }

    #[test]
    fn flags_an_empty_article_folder() {
        let dir = corpus(&["a/id.txt", "a/en.txt"]);
        std::fs::create_dir(dir.path().join("b")).unwrap();
        let (articles, _) = listing(&dir);
        assert!(
            articles[1]
                .as_ref()
                .unwrap_err()
                .contains("the folder is empty")
        );
    }

    #[test]
    fn flags_stray_files_loose_text_and_a_reference_without_its_translation() {
        let dir = corpus(&[
            "a/id.txt",
            "a/en.txt",
            "a/notes.md",
            "a/zh-CN.txt",
            "a/fr.ref.txt",
            "loose.txt",
        ]);
        let (_, warnings) = listing(&dir);
        assert_eq!(
            warnings,
            ["loose.txt", "a/notes.md", "a/zh-CN.txt", "a/fr.ref.txt"]
        );
    }

    #[test]
    fn allows_references_configs_hidden_files_and_a_readme() {
        let dir = corpus(&[
            "a/id.txt",
            "a/en.txt",
            "a/en.ref.txt",
            "a/.DS_Store",
            ".git/HEAD",
            "README.md",
        ]);
        std::fs::write(dir.path().join("a/mtcheck.toml"), "allow = []\n").unwrap();
        let (articles, warnings) = listing(&dir);
        assert_eq!(articles, [Ok("a".to_string())]);
        assert!(warnings.is_empty(), "{warnings:?}");
    }

    #[test]
    fn a_folder_of_translations_without_source_is_an_error_naming_them() {
        let dir = corpus(&["en.txt", "source.txt"]);
        let e = articles(dir.path(), Lang::Id).unwrap_err().to_string();
        assert!(
            e.contains("no source file id.txt") && e.contains("found en.txt, source.txt"),
            "{e}"
        );
    }

    #[test]
    fn open_yields_the_error_in_its_place_among_the_records() {
        let dir = corpus(&[
            "a/id.txt",
            "a/en.txt",
            "b/source.txt",
            "c/id.txt",
            "c/fr.txt",
        ]);
        let items: Vec<_> = open(dir.path(), Lang::Id).unwrap().items.collect();
        assert_eq!(items.len(), 3);
        assert!(items[0].is_ok() && items[2].is_ok());
        assert!(matches!(items[1], Err(InputError::NoSource { .. })));
    }
}
