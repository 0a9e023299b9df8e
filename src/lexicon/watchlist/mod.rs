//! Watchlists (known bad renderings) and glossaries (house terminology): the built-in
//! Indonesian -> English watchlist (`id-en.txt`) and the calques of idioms for the other
//! translation languages (`id-xx.txt`), the user's own files, and the matchers over them.
//!
//! # Watchlist files
//!
//! One entry a line, fields separated by `|` (spaces around them are trimmed):
//!
//! ```text
//! # comment
//! kubu | clan | camp | "kubu" is a political camp; "clan" is a kinship group
//! [fr]
//! kubu | clan | camp | note | Kubu petahana menolak. | Le clan du président sortant refuse.
//! ```
//!
//! Fields: source cue, bad target phrase, suggestion, note (optional), then optionally an
//! example source sentence and an example bad translation (the built-in list has them for
//! every entry; a test runs them). A finding is made when the source of a unit holds the cue
//! and its translation holds the bad phrase, both as whole words, case ignored. A phrase
//! ending in `*` may run on to the end of its word ("fruit child*" also matches "fruit
//! children"); an Indonesian clitic (-nya, -lah, -kah, -pun, -ku, -mu) may follow a cue.
//!
//! # Glossary files
//!
//! ```text
//! Dewan Perwakilan Rakyat | House of Representatives; DPR | the house style
//! [fr]
//! Dewan Perwakilan Rakyat | Chambre des représentants
//! ```
//!
//! Fields: source term, the required rendering (alternatives accepted, separated by `;`), and
//! an optional note. A finding is made when the source of a unit holds the term and its
//! translation holds none of the renderings.
//!
//! In both formats a line `[xx]` (a language code: en, fr, zh, ja, ar) makes the entries after
//! it apply only to translations into that language, `[*]` to every language again; entries
//! before any such line apply to every language. Blank lines and lines starting with `#` are
//! ignored. Errors name the file and line.
//!
//! Matching runs on the folded text (`text::normalize`) with Aho-Corasick automata built once
//! per list (leftmost-longest, ASCII case-insensitive); word boundaries are checked here for
//! phrases that start or end with a letter or digit of a spaced script.

use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use crate::analyse::Lang;
use crate::analyse::tokens::is_cjk_char;
use crate::error::ConfigError;
use crate::text::normalize::{Folded, fold};

/// One known bad rendering.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WatchEntry {
    /// The source cue as written.
    pub cue: String,
    /// The bad target phrase as written.
    pub bad: String,
    pub suggestion: String,
    pub note: String,
    /// Example (source, bad translation) pairs.
    pub examples: Vec<(String, String)>,
    /// The translation language it applies to; `None` for every language.
    pub lang: Option<Lang>,
}

/// One house term.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GlossEntry {
    /// The source term as written.
    pub term: String,
    /// Accepted renderings; the first is the one suggested.
    pub renderings: Vec<String>,
    pub note: String,
    pub lang: Option<Lang>,
}

/// A set of phrases with one automaton over their folded forms.
/// Indonesian clitics that may follow a source cue.
const CLITICS: &[&str] = &["nya", "lah", "kah", "pun", "ku", "mu"];

/// Entries refer to their phrases by index.
struct PhraseSet {
    matcher: Option<AhoCorasick>,
    /// Per phrase: written with a final `*`, so it may run on to the end of its word.
    open_end: Vec<bool>,
    /// Per pattern of the matcher (each distinct stem once): the phrases written with it
    /// ("clan" of one language and "clan*" of another share the stem "clan").
    phrases: Vec<Vec<usize>>,
}

impl PhraseSet {
    /// Builds the matcher over folded phrases; a final `*` marks a phrase as open-ended.
    fn new(keys: Vec<String>) -> Self {
        let open_end: Vec<bool> = keys
            .iter()
            .map(|k| k.len() > 1 && k.ends_with('*'))
            .collect();
        let mut stems: Vec<&str> = Vec::new();
        let mut phrases: Vec<Vec<usize>> = Vec::new();
        let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
        for (i, k) in keys.iter().enumerate() {
            let stem = k.trim_end_matches('*');
            match seen.entry(stem.to_ascii_lowercase()) {
                std::collections::hash_map::Entry::Occupied(j) => phrases[*j.get()].push(i),
                std::collections::hash_map::Entry::Vacant(v) => {
                    v.insert(stems.len());
                    stems.push(stem);
                    phrases.push(vec![i]);
                }
            }
        }
        let matcher = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(true)
            .build(&stems)
            .ok();
        PhraseSet {
            matcher,
            open_end,
            phrases,
        }
    }

    /// The index of a folded phrase, adding it when new.
    fn index(keys: &mut Vec<String>, key: String) -> usize {
        if let Some(i) = keys.iter().position(|k| *k == key) {
            i
        } else {
            keys.push(key);
            keys.len() - 1
        }
    }

    /// Whole-word occurrences in `folded`: (phrase index, byte span in the original text).
    /// A phrase marked open-ended (`*`) may run on to the end of its word ("fruit child*"
    /// matches "fruit children"), and with `clitics` an Indonesian clitic may follow it
    /// ("anak buahnya", "kubunya").
    fn find(&self, folded: &Folded, clitics: bool) -> Vec<(usize, Range<usize>)> {
        let Some(m) = &self.matcher else {
            return Vec::new();
        };
        let key = folded.key.as_str();
        let mut out = Vec::new();
        for x in m.find_iter(key) {
            let Some(phrases) = self.phrases.get(x.pattern().as_usize()) else {
                continue;
            };
            for &i in phrases {
                let mut end = x.end();
                if self.open_end.get(i).copied().unwrap_or(false) {
                    end += key[end..]
                        .char_indices()
                        .find(|&(_, c)| !c.is_alphanumeric())
                        .map_or(key.len() - end, |(j, _)| j);
                } else if clitics {
                    let rest = &key[end..];
                    if let Some(c) = CLITICS
                        .iter()
                        .find(|c| rest.starts_with(*c) && is_whole(key, x.start(), end + c.len()))
                    {
                        end += c.len();
                    }
                }
                if is_whole(key, x.start(), end) {
                    out.push((i, folded.original(x.start()..end)));
                }
            }
        }
        out
    }
}

/// Whether `key[start..end]` stands as whole words: a phrase edge that is a letter or digit of
/// a spaced script must not touch another such character.
fn is_whole(key: &str, start: usize, end: usize) -> bool {
    let word = |c: char| c.is_alphanumeric() && !is_cjk_char(c);
    let first = key[start..end].chars().next();
    let last = key[start..end].chars().next_back();
    let before = key[..start].chars().next_back();
    let after = key[end..].chars().next();
    let open_start = !first.is_some_and(word) || !before.is_some_and(word);
    let open_end = !last.is_some_and(word) || !after.is_some_and(word);
    open_start && open_end
}

/// Whether `phrase` (folded) occurs as whole words in `key`.
fn contains_whole(key: &str, phrase: &str) -> bool {
    if phrase.is_empty() {
        return false;
    }
    key.match_indices(phrase)
        .any(|(i, p)| is_whole(key, i, i + p.len()))
}

/// A watchlist hit in one unit.
#[derive(Debug, Clone)]
pub struct WatchHit<'a> {
    pub entry: &'a WatchEntry,
    /// Byte span of the cue in the unit's source.
    pub src_span: Range<usize>,
    /// Byte span of the bad phrase in the unit's translation.
    pub hyp_span: Range<usize>,
}

/// Watchlist entries and their matchers.
pub struct Watchlist {
    entries: Vec<WatchEntry>,
    /// For each entry, its cue's and its bad phrase's index.
    refs: Vec<(usize, usize)>,
    cues: PhraseSet,
    bads: PhraseSet,
}

impl Watchlist {
    /// A watchlist over `entries`.
    pub fn new(entries: Vec<WatchEntry>) -> Self {
        let (mut cue_keys, mut bad_keys) = (Vec::new(), Vec::new());
        let refs = entries
            .iter()
            .map(|e| {
                (
                    PhraseSet::index(&mut cue_keys, fold(&e.cue)),
                    PhraseSet::index(&mut bad_keys, fold(&e.bad)),
                )
            })
            .collect();
        Watchlist {
            entries,
            refs,
            cues: PhraseSet::new(cue_keys),
            bads: PhraseSet::new(bad_keys),
        }
    }

    /// Reads a watchlist file (format in the module docs).
    pub fn from_file(path: &Path) -> Result<Self, ConfigError> {
        Ok(Watchlist::new(parse_watchlist(&read(path)?, path)?))
    }

    /// Reads and merges several watchlist files.
    pub fn from_files(paths: &[PathBuf]) -> Result<Self, ConfigError> {
        let mut entries = Vec::new();
        for p in paths {
            entries.extend(parse_watchlist(&read(p)?, p)?);
        }
        Ok(Watchlist::new(entries))
    }

    /// The entries.
    pub fn entries(&self) -> &[WatchEntry] {
        &self.entries
    }

    /// Whether the list is empty.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Entries whose cue is in `src` and whose bad phrase is in `hyp` (a translation into
    /// `lang`), one hit per entry.
    pub fn find(&self, src: &Folded, hyp: &Folded, lang: Lang) -> Vec<WatchHit<'_>> {
        if self.entries.is_empty() {
            return Vec::new();
        }
        let cues = self.cues.find(src, true);
        if cues.is_empty() {
            return Vec::new();
        }
        let bads = self.bads.find(hyp, false);
        let mut out = Vec::new();
        for (entry, &(cue, bad)) in self.entries.iter().zip(&self.refs) {
            if entry.lang.is_some_and(|l| l != lang) {
                continue;
            }
            let Some((_, src_span)) = cues.iter().find(|(i, _)| *i == cue) else {
                continue;
            };
            if let Some((_, hyp_span)) = bads.iter().find(|(i, _)| *i == bad) {
                out.push(WatchHit {
                    entry,
                    src_span: src_span.clone(),
                    hyp_span: hyp_span.clone(),
                });
            }
        }
        out
    }
}

impl Default for Watchlist {
    fn default() -> Self {
        Watchlist::new(Vec::new())
    }
}

impl std::fmt::Debug for Watchlist {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Watchlist")
            .field("entries", &self.entries.len())
            .finish()
    }
}

/// A glossary term found in a unit's source whose translation lacks every rendering.
#[derive(Debug, Clone)]
pub struct GlossMiss<'a> {
    pub entry: &'a GlossEntry,
    /// Byte span of the term in the unit's source.
    pub src_span: Range<usize>,
}

/// Glossary entries and their matcher.
pub struct Glossary {
    entries: Vec<GlossEntry>,
    /// Each entry's term index.
    terms_of: Vec<usize>,
    /// Each entry's folded renderings.
    renderings: Vec<Vec<String>>,
    terms: PhraseSet,
}

impl Glossary {
    /// A glossary over `entries`.
    pub fn new(entries: Vec<GlossEntry>) -> Self {
        let mut keys = Vec::new();
        let terms_of = entries
            .iter()
            .map(|e| PhraseSet::index(&mut keys, fold(&e.term)))
            .collect();
        let renderings = entries
            .iter()
            .map(|e| e.renderings.iter().map(|r| fold(r)).collect())
            .collect();
        Glossary {
            entries,
            terms_of,
            renderings,
            terms: PhraseSet::new(keys),
        }
    }

    /// Reads a glossary file (format in the module docs).
    pub fn from_file(path: &Path) -> Result<Self, ConfigError> {
        Ok(Glossary::new(parse_glossary(&read(path)?, path)?))
    }

    /// Reads and merges several glossary files.
    pub fn from_files(paths: &[PathBuf]) -> Result<Self, ConfigError> {
        let mut entries = Vec::new();
        for p in paths {
            entries.extend(parse_glossary(&read(p)?, p)?);
        }
        Ok(Glossary::new(entries))
    }

    /// The entries.
    pub fn entries(&self) -> &[GlossEntry] {
        &self.entries
    }

    /// Terms of `src` whose translation `hyp` (into `lang`) has none of the renderings.
    pub fn missing(&self, src: &Folded, hyp: &Folded, lang: Lang) -> Vec<GlossMiss<'_>> {
        if self.entries.is_empty() {
            return Vec::new();
        }
        let found = self.terms.find(src, true);
        let mut out = Vec::new();
        for (i, entry) in self.entries.iter().enumerate() {
            if entry.lang.is_some_and(|l| l != lang) {
                continue;
            }
            let Some((_, span)) = found.iter().find(|(t, _)| *t == self.terms_of[i]) else {
                continue;
            };
            if !self.renderings[i]
                .iter()
                .any(|r| contains_whole(&hyp.key, r))
            {
                out.push(GlossMiss {
                    entry,
                    src_span: span.clone(),
                });
            }
        }
        out
    }
}

impl Default for Glossary {
    fn default() -> Self {
        Glossary::new(Vec::new())
    }
}

impl std::fmt::Debug for Glossary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Glossary")
            .field("entries", &self.entries.len())
            .finish()
    }
}

/// The lists a user gave (`watchlist = [...]`, `glossary = [...]` in `mtcheck.toml`), loaded
/// and built once before the first record.
#[derive(Debug, Default)]
pub struct UserLists {
    pub watchlist: Watchlist,
    pub glossary: Glossary,
}

impl UserLists {
    /// Loads the user's watchlist and glossary files.
    pub fn from_files(watchlists: &[PathBuf], glossaries: &[PathBuf]) -> Result<Self, ConfigError> {
        Ok(UserLists {
            watchlist: Watchlist::from_files(watchlists)?,
            glossary: Glossary::from_files(glossaries)?,
        })
    }
}

fn read(path: &Path) -> Result<String, ConfigError> {
    std::fs::read_to_string(path).map_err(|e| ConfigError {
        path: path.to_path_buf(),
        line: None,
        message: format!("cannot be read: {e} (check the path; the file must be UTF-8 text)"),
    })
}

/// One line of a list file: its number, its language section and its fields.
type Line<'t> = (usize, Option<Lang>, Vec<&'t str>);

/// Splits a list file into lines with their language section and fields.
fn lines<'t>(text: &'t str, path: &Path) -> Result<Vec<Line<'t>>, ConfigError> {
    let mut out = Vec::new();
    let mut lang = None;
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(code) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            let code = code.trim();
            lang = if code == "*" {
                None
            } else {
                Some(Lang::from_code(code).ok_or_else(|| ConfigError {
                    path: path.to_path_buf(),
                    line: Some(i + 1),
                    message: format!(
                        "unknown language section [{code}] (use [en], [fr], [zh], [ja], [ar] or [*])"
                    ),
                })?)
            };
            continue;
        }
        out.push((i + 1, lang, line.split('|').map(str::trim).collect()));
    }
    Ok(out)
}

fn bad_line(path: &Path, line: usize, message: String) -> ConfigError {
    ConfigError {
        path: path.to_path_buf(),
        line: Some(line),
        message,
    }
}

/// Parses watchlist text read from `path` (used in error messages).
pub fn parse_watchlist(text: &str, path: &Path) -> Result<Vec<WatchEntry>, ConfigError> {
    let mut out = Vec::new();
    for (n, lang, f) in lines(text, path)? {
        if f.len() < 3 || f.len() > 6 || f.len() == 5 {
            return Err(bad_line(
                path,
                n,
                format!(
                    "expected \"source cue | bad phrase | suggestion\", optionally \"| note\" and \"| example source | example translation\", found {} field(s)",
                    f.len()
                ),
            ));
        }
        if let Some(i) = f[..3].iter().position(|x| x.is_empty()) {
            let which = ["source cue", "bad phrase", "suggestion"][i];
            return Err(bad_line(path, n, format!("the {which} is empty")));
        }
        let examples = if f.len() == 6 {
            vec![(f[4].to_string(), f[5].to_string())]
        } else {
            Vec::new()
        };
        out.push(WatchEntry {
            cue: f[0].to_string(),
            bad: f[1].to_string(),
            suggestion: f[2].to_string(),
            note: f.get(3).map(|s| s.to_string()).unwrap_or_default(),
            examples,
            lang,
        });
    }
    Ok(out)
}

/// Parses glossary text read from `path` (used in error messages).
pub fn parse_glossary(text: &str, path: &Path) -> Result<Vec<GlossEntry>, ConfigError> {
    let mut out = Vec::new();
    for (n, lang, f) in lines(text, path)? {
        if f.len() < 2 || f.len() > 3 {
            return Err(bad_line(
                path,
                n,
                format!(
                    "expected \"source term | required rendering\", optionally \"| note\", found {} field(s)",
                    f.len()
                ),
            ));
        }
        let renderings: Vec<String> = f[1]
            .split(';')
            .map(str::trim)
            .filter(|r| !r.is_empty())
            .map(String::from)
            .collect();
        if f[0].is_empty() || renderings.is_empty() {
            let which = if f[0].is_empty() {
                "source term"
            } else {
                "required rendering"
            };
            return Err(bad_line(path, n, format!("the {which} is empty")));
        }
        out.push(GlossEntry {
            term: f[0].to_string(),
            renderings,
            note: f.get(2).map(|s| s.to_string()).unwrap_or_default(),
            lang,
        });
    }
    Ok(out)
}

const BUILTIN_SRC: &str = include_str!("id-en.txt");
/// The built-in calques for the other translation languages, in `[fr]`, `[zh]`, `[ja]` and
/// `[ar]` sections.
const BUILTIN_OTHER_SRC: &str = include_str!("id-xx.txt");

/// The built-in Indonesian -> English, French, Chinese, Japanese and Arabic watchlist.
pub static BUILTIN: LazyLock<Watchlist> = LazyLock::new(|| {
    // The embedded lists are checked by the tests below; they cannot fail at run time.
    let mut entries = parse_watchlist(BUILTIN_SRC, Path::new("src/lexicon/watchlist/id-en.txt"))
        .unwrap_or_default();
    for e in &mut entries {
        e.lang = Some(Lang::En);
    }
    entries.extend(
        parse_watchlist(
            BUILTIN_OTHER_SRC,
            Path::new("src/lexicon/watchlist/id-xx.txt"),
        )
        .unwrap_or_default(),
    );
    Watchlist::new(entries)
});

/// The lists the rules' own examples run with (`glossary/term` needs a glossary to flag).
#[cfg(test)]
pub fn example_lists() -> std::sync::Arc<UserLists> {
    let glossary = parse_glossary(
        "Dewan Perwakilan Rakyat | House of Representatives; DPR\n",
        Path::new("example-glossary.txt"),
    )
    .unwrap_or_default();
    std::sync::Arc::new(UserLists {
        glossary: Glossary::new(glossary),
        ..UserLists::default()
    })
}

#[cfg(test)]
mod tests;
