//! The lexical signal: a small Indonesian -> target lexicon learned from NTREX-128 (see the
//! headers of `lexicon/id-*.txt`, CC BY-SA 4.0). A source sentence lists the lexicon entries of
//! its words; a translation sentence lists the hashes of its tokens (words, or two-character
//! sequences in Chinese and Japanese); a unit's evidence is how many entries find one of their
//! translations among the unit's tokens. Only for Indonesian sources; other pairs get nothing.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

use crate::analyse::Lang;

/// How often a source word with a lexicon entry finds one of its translations: (in its true
/// translation, in an unrelated sentence). Measured on NTREX with a lexicon learned from half of
/// the documents and tested on the other half (true line pairs against pairs shifted by 7
/// lines), so the rates hold for unseen articles.
fn rates(hyp: Lang) -> (f64, f64) {
    match hyp {
        Lang::En => (0.62, 0.26),
        Lang::Fr => (0.49, 0.22),
        Lang::Zh => (0.34, 0.04),
        Lang::Ja => (0.43, 0.17),
        Lang::Ar => (0.40, 0.11),
        Lang::Id => (0.5, 0.5),
    }
}

/// Log-likelihood ratios (found, not found) per source word when the translation side of the
/// unit has `sentences` sentences: a longer translation finds more words by chance, so a merged
/// unit earns less per word found (otherwise merging would pay).
pub(super) fn llr(hyp: Lang, sentences: usize) -> (f32, f32) {
    let (p_true, p_rand) = rates(hyp);
    llr_of(p_true, p_rand, sentences)
}

/// The log-likelihood ratios (found, not found) of a word found in its true translation at rate
/// `p_true` and in an unrelated sentence at `p_rand`, for `sentences` translation sentences.
pub(super) fn llr_of(p_true: f64, p_rand: f64, sentences: usize) -> (f32, f32) {
    let k = i32::try_from(sentences.max(1)).unwrap_or(i32::MAX);
    let p_rand_k = 1.0 - (1.0 - p_rand).powi(k);
    let p_true_k = 1.0 - (1.0 - p_true) * (1.0 - p_rand).powi(k - 1);
    let found = (p_true_k / p_rand_k).ln();
    let missed = -((1.0 - p_true_k) / (1.0 - p_rand_k)).ln();
    (found as f32, missed as f32)
}

/// One language's lexicon: Indonesian word -> entry number, and each entry's token hashes.
pub(super) struct Lexicon {
    index: HashMap<&'static str, u32>,
    translations: Vec<Vec<u64>>,
}

fn parse(text: &'static str) -> Lexicon {
    let mut lex = Lexicon {
        index: HashMap::new(),
        translations: Vec::new(),
    };
    for line in text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let Some((word, targets)) = line.split_once('\t') else {
            continue;
        };
        let n = lex.translations.len() as u32;
        lex.index.insert(word, n);
        lex.translations
            .push(targets.split(' ').map(token_key).collect());
    }
    lex
}

static ID_EN: &str = include_str!("lexicon/id-en.txt");
static ID_FR: &str = include_str!("lexicon/id-fr.txt");
static ID_ZH: &str = include_str!("lexicon/id-zh.txt");
static ID_JA: &str = include_str!("lexicon/id-ja.txt");
static ID_AR: &str = include_str!("lexicon/id-ar.txt");

static LEXICONS: LazyLock<[Lexicon; 5]> =
    LazyLock::new(|| [ID_EN, ID_FR, ID_ZH, ID_JA, ID_AR].map(parse));

/// The lexicon from `src` into `hyp`, if there is one.
pub(super) fn lexicon(src: Lang, hyp: Lang) -> Option<&'static Lexicon> {
    let k = match (src, hyp) {
        (Lang::Id, Lang::En) => 0,
        (Lang::Id, Lang::Fr) => 1,
        (Lang::Id, Lang::Zh) => 2,
        (Lang::Id, Lang::Ja) => 3,
        (Lang::Id, Lang::Ar) => 4,
        _ => return None,
    };
    Some(&LEXICONS[k])
}

fn token_key(token: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for c in token.chars() {
        h = (h ^ u64::from(c as u32)).wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

impl Lexicon {
    /// Whether the lowercase Indonesian word has an entry.
    pub(super) fn knows(&self, word: &str) -> bool {
        self.index.contains_key(word)
    }
}

/// Per-sentence lists, flat: entry numbers (source) or token hashes (translation), sorted.
#[derive(Debug, Default)]
pub(super) struct Lists {
    items: Vec<u64>,
    starts: Vec<usize>,
}

impl Lists {
    fn new() -> Self {
        Self {
            items: Vec::new(),
            starts: vec![0],
        }
    }

    fn close(&mut self) {
        let from = *self.starts.last().unwrap_or(&0);
        self.items[from..].sort_unstable();
        let mut w = from;
        for k in from..self.items.len() {
            if w == from || self.items[w - 1] != self.items[k] {
                self.items[w] = self.items[k];
                w += 1;
            }
        }
        self.items.truncate(w);
        self.starts.push(self.items.len());
    }

    pub(super) fn of(&self, i: usize) -> &[u64] {
        self.starts
            .get(i + 1)
            .map_or(&[][..], |&end| &self.items[self.starts[i]..end])
    }
}

/// The entries of each Indonesian sentence.
pub(super) fn source_entries<'a>(
    lex: &Lexicon,
    text: &str,
    ranges: impl Iterator<Item = &'a Range<usize>>,
) -> Lists {
    let mut out = Lists::new();
    let mut buf = String::new();
    for r in ranges {
        for word in text[r.clone()].split(|c: char| !c.is_ascii_alphabetic()) {
            if word.len() >= 3 {
                buf.clear();
                buf.push_str(word);
                buf.make_ascii_lowercase();
                if let Some(&n) = lex.index.get(buf.as_str()) {
                    out.items.push(u64::from(n));
                }
            }
        }
        out.close();
    }
    out
}

fn is_cjk(c: char) -> bool {
    ('\u{3040}'..='\u{30ff}').contains(&c) || ('\u{3400}'..='\u{9fff}').contains(&c)
}

fn is_arabic_letter(c: char) -> bool {
    ('\u{0621}'..='\u{064a}').contains(&c)
}

/// The token hashes of each translation sentence, tokenised as the lexicon was learned.
pub(super) fn target_tokens<'a>(
    lang: Lang,
    text: &str,
    ranges: impl Iterator<Item = &'a Range<usize>>,
) -> Lists {
    let mut out = Lists::new();
    let mut word = String::new();
    for r in ranges {
        let s = &text[r.clone()];
        match lang {
            Lang::Zh | Lang::Ja => {
                let mut prev: Option<char> = None;
                for c in s.chars() {
                    if is_cjk(c) {
                        if let Some(p) = prev {
                            word.clear();
                            word.push(p);
                            word.push(c);
                            out.items.push(token_key(&word));
                        }
                        prev = Some(c);
                    } else {
                        prev = None;
                    }
                }
            }
            Lang::Ar => {
                for w in s.split(|c: char| !is_arabic_letter(c)) {
                    let stem = ["وال", "بال", "لل", "ال", "و"]
                        .iter()
                        .find_map(|p| w.strip_prefix(p).filter(|r| r.chars().count() >= 3))
                        .unwrap_or(w);
                    if stem.chars().count() >= 3 {
                        let end = stem.char_indices().nth(5).map_or(stem.len(), |(i, _)| i);
                        out.items.push(token_key(&stem[..end]));
                    }
                }
            }
            _ => {
                for w in s.split(|c: char| {
                    !(c.is_ascii_alphabetic()
                        || ('à'..='ÿ').contains(&c)
                        || c == 'œ'
                        || ('À'..='Þ').contains(&c)
                        || c == 'Œ')
                }) {
                    if w.chars().count() >= 3 {
                        word.clear();
                        word.extend(w.chars().flat_map(char::to_lowercase));
                        out.items.push(token_key(&word));
                    }
                }
            }
        }
        out.close();
    }
    out
}

/// (entries of `s` found in `h`, entries not found), over distinct entries of the groups.
pub(super) fn evidence(
    lex: &Lexicon,
    src: &Lists,
    hyp: &Lists,
    s: &Range<usize>,
    h: &Range<usize>,
) -> (u32, u32) {
    let (mut found, mut missed) = (0u32, 0u32);
    for i in s.clone() {
        for &e in src.of(i) {
            if (s.start..i).any(|p| src.of(p).binary_search(&e).is_ok()) {
                continue;
            }
            let Some(targets) = lex.translations.get(e as usize) else {
                continue;
            };
            let hit = targets
                .iter()
                .any(|t| h.clone().any(|j| hyp.of(j).binary_search(t).is_ok()));
            if hit {
                found += 1;
            } else {
                missed += 1;
            }
        }
    }
    (found, missed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexicons_parse_sorted_without_duplicates() {
        for text in [ID_EN, ID_FR, ID_ZH, ID_JA, ID_AR] {
            assert!(text.starts_with("# Indonesian"));
            assert!(text.contains("NTREX-128") && text.contains("CC BY-SA 4.0"));
            let words: Vec<&str> = text
                .lines()
                .filter(|l| !l.starts_with('#'))
                .map(|l| l.split_once('\t').map(|p| p.0).unwrap_or("!"))
                .collect();
            assert!(words.len() > 300);
            assert!(
                words.windows(2).all(|w| w[0] < w[1]),
                "not sorted or duplicated"
            );
        }
    }

    #[test]
    fn finds_translations_of_common_words() {
        let lex = lexicon(Lang::Id, Lang::Zh).unwrap();
        let src = "Polisi mengatakan pemerintah akan menyelidiki.";
        let zh = "警方表示，政府将进行调查。";
        let (r, h) = (0..src.len(), 0..zh.len());
        let s = source_entries(lex, src, std::iter::once(&r));
        let t = target_tokens(Lang::Zh, zh, std::iter::once(&h));
        let (found, _) = evidence(lex, &s, &t, &(0..1), &(0..1));
        assert!(found >= 2);
    }
}
