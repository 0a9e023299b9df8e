//! Negation and denial cues per language, and the reader that finds them in a text.
//!
//! Each language has one list (`id.txt`, `en.txt`, ...), embedded at build time and parsed once.
//! A line holds a KIND and a PATTERN: `neg` (a negation, "tidak", "not", "ne", "不"), `anto` (a
//! word with a negative meaning, "unclear", "absence", 不足, which answers a negation; in the
//! source, "kekurangan", "gagal", it is answered first by such a word of the translation), `weak`
//! (counts only when no `neg` precedes it in the same clause: the "pas" of "ne ... pas"),
//! `pair` (counts only beside another negation of the text: the "ni" of "ne ... ni"),
//! `deny` (a verb of denial or refusal, "membantah", "denied"), `cond` (a verb of condemnation,
//! "condemned", 谴责: answers a denial, never a negation), `skip` (a set phrase holding a
//! cue that does not negate, "tidak hanya" = not only, "不过" = but) and `soft` (a word that,
//! negated, is often translated by one antonym, "tidak jelas" = "unclear": the negation right
//! before it is weaker evidence) and `lite` (a negation often rendered without one, "tanpa"
//! = "winless": weaker evidence), and `aux` (an auxiliary a negation attaches to, "did", 会,
//! ている: where a lost negation probably was), `since` and `last` ("sejak"; "last", 最后:
//! "has not met since 1962" said "last met in 1962"), `rest` (what a removed negation leaves
//! behind: 并是 from 并不是, "de avoir" from "de n'avoir") and `npi` (a word that needs a
//! negation in its sentence, 而是, あまり: a `rest` where the text has none) and `undeniable`
//! ("tidak dapat dipungkiri", said "undeniably" without a negation). A pattern ending
//! in `*` matches the start of a word, one starting with `*` the end of a word; Han and kana
//! patterns match anywhere.
//!
//! Matching runs on the text's folded key (lowercase, straight quotes) with one Aho-Corasick
//! automaton per language, built once. Overlapping matches are collected, those that break a
//! word boundary are dropped, and the leftmost-longest of the rest win, so a `skip` phrase
//! hides the cue it contains. What a change of polarity means is left to `checks::negation`.

use std::ops::Range;
use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

use crate::analyse::Lang;
use crate::text::normalize::Folded;

/// What a lexicon entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueKind {
    /// A negation.
    Neg,
    /// A word with a negative meaning ("unclear"): answers a negation, is none of its own.
    Anto,
    /// A negation often rendered without one ("tanpa" = winless, -free): reported as `Neg`
    /// with `is_soft` set.
    Lite,
    /// A negation word that only counts when no `Neg` precedes it in the clause.
    Weak,
    /// A negation word that only counts beside another negation of the text: the "ni" of
    /// "ne ... ni", which never negates on its own.
    Pair,
    /// A verb or noun of denial or refusal.
    Deny,
    /// A set phrase that hides the cue inside it.
    Skip,
    /// A "not only" phrase ("tidak hanya", "not only", 不仅): no negation, but reported so that
    /// "not only" turned into "only" can be told.
    Only,
    /// A bare "only" ("only", 只): no negation, but shows a lost "not only" became "only".
    Bare,
    /// A word after which a negation is weak evidence.
    Soft,
    /// An auxiliary or verb ending a negation attaches to ("did", 会): where to point when a
    /// negation is lost.
    Aux,
    /// A verb of condemnation ("condemned", 谴责): answers a denial, never a negation.
    Cond,
    /// A "since" ("sejak"): "has not ... since 1962" is often said "last ... in 1962".
    Since,
    /// A "last" ("last", "dernier", 最后): shows a "not ... since" may have become "the last
    /// ... was in".
    Last,
    /// What a removed negation leaves behind: words that no longer fit together (并是 from
    /// 并不是, "de avoir" from "de n'avoir", わけである from わけではない). No negation, but
    /// strong evidence that one was lost.
    Rest,
    /// A word that needs a negation in its sentence (而是 = "but rather" after a "not",
    /// あまり = "not much" before a ない): reported as `Rest` where the text has no negation.
    Npi,
    /// An idiom saying "undeniably" with a negation ("tidak dapat dipungkiri"): no negation,
    /// but one whose translation keeps the denial and no negation ("it can be denied") lost it.
    Undeniable,
    /// The first half of a two-part negation (the French "ne"): a negation, unless the next
    /// partner in its clause is an `Except` ("il n'a que deux joueurs", he has only two).
    Bipart,
    /// The "que" of the restrictive "ne ... que" (= only): no negation, never reported.
    Except,
}

impl CueKind {
    /// Whether this is a marker reported for the checks' use and no negation: a "not only", a
    /// bare "only", a condemnation, a "since" or a "last".
    pub fn is_marker(self) -> bool {
        matches!(
            self,
            CueKind::Only
                | CueKind::Bare
                | CueKind::Cond
                | CueKind::Since
                | CueKind::Last
                | CueKind::Rest
                | CueKind::Undeniable
        )
    }

    fn from_name(s: &str) -> Option<CueKind> {
        match s {
            "neg" => Some(CueKind::Neg),
            "anto" => Some(CueKind::Anto),
            "lite" => Some(CueKind::Lite),
            "weak" => Some(CueKind::Weak),
            "pair" => Some(CueKind::Pair),
            "deny" => Some(CueKind::Deny),
            "cond" => Some(CueKind::Cond),
            "skip" => Some(CueKind::Skip),
            "only" => Some(CueKind::Only),
            "bare" => Some(CueKind::Bare),
            "soft" => Some(CueKind::Soft),
            "aux" => Some(CueKind::Aux),
            "since" => Some(CueKind::Since),
            "last" => Some(CueKind::Last),
            "rest" => Some(CueKind::Rest),
            "npi" => Some(CueKind::Npi),
            "undeniable" => Some(CueKind::Undeniable),
            "bipart" => Some(CueKind::Bipart),
            "except" => Some(CueKind::Except),
            _ => None,
        }
    }
}

/// One cue found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cue {
    /// Byte span in the text as given.
    pub span: Range<usize>,
    /// `Neg`, `Anto` or `Deny` (a `Weak` cue that counts is reported as `Neg`).
    pub kind: CueKind,
    /// Whether the cue is weak evidence: a `lite` cue, or a `soft` word follows it directly
    /// ("tidak jelas").
    pub is_soft: bool,
}

/// One parsed lexicon line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub kind: CueKind,
    /// The pattern without its `*` marks.
    pub text: String,
    /// `*` at the start: no word boundary needed before.
    pub open_start: bool,
    /// `*` at the end: no word boundary needed after.
    pub open_end: bool,
}

/// Parses a lexicon; errors name the line and what is wrong.
pub fn parse(src: &str) -> Result<Vec<Entry>, String> {
    let mut out = Vec::new();
    for (n, line) in src.lines().enumerate() {
        let line = line.trim_end();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((kind, pattern)) = line.split_once(' ') else {
            return Err(format!("line {}: expected KIND PATTERN", n + 1));
        };
        let kind = CueKind::from_name(kind)
            .ok_or_else(|| format!("line {}: unknown kind {kind:?}", n + 1))?;
        let open_start = pattern.starts_with('*');
        let open_end = pattern.len() > 1 && pattern.ends_with('*');
        let text = pattern.trim_matches('*');
        if text.is_empty() {
            return Err(format!("line {}: empty pattern", n + 1));
        }
        out.push(Entry {
            kind,
            text: crate::text::normalize::fold(text),
            open_start,
            open_end,
        });
    }
    Ok(out)
}

/// A language's cues and its automaton.
pub struct Lexicon {
    entries: Vec<Entry>,
    matcher: Option<AhoCorasick>,
    /// Whether words are delimited (false for Chinese and Japanese).
    bounded: bool,
}

impl Lexicon {
    fn new(src: &str, bounded: bool) -> Self {
        // The embedded lists are checked by the tests below; a broken one finds nothing.
        let entries = parse(src).unwrap_or_default();
        let matcher = AhoCorasick::new(entries.iter().map(|e| e.text.as_str())).ok();
        Lexicon {
            entries,
            matcher,
            bounded,
        }
    }

    /// The cues of `text`, in order.
    pub fn find(&self, text: &str) -> Vec<Cue> {
        let folded = Folded::new(text);
        self.find_folded(text, &folded)
    }

    /// The cues of `text` whose folded key is `folded`.
    pub fn find_folded(&self, text: &str, folded: &Folded) -> Vec<Cue> {
        self.scan(text, folded).0
    }

    /// Byte spans of the auxiliaries and verb endings a negation usually attaches to ("did",
    /// "will", 会, 有, ている), where a lost negation is likely to have been.
    pub fn anchors(&self, text: &str, folded: &Folded) -> Vec<Range<usize>> {
        self.scan(text, folded).1
    }

    /// The cues and the anchors of `text`.
    fn scan(&self, text: &str, folded: &Folded) -> (Vec<Cue>, Vec<Range<usize>>) {
        let Some(matcher) = &self.matcher else {
            return (Vec::new(), Vec::new());
        };
        let key = folded.key.as_str();
        let mut hits: Vec<(usize, usize, &Entry)> = matcher
            .find_overlapping_iter(key)
            .map(|m| (m.start(), m.end(), &self.entries[m.pattern().as_usize()]))
            .filter(|&(s, e, entry)| self.fits(key, s, e, entry))
            .collect();
        // at equal spans a `skip` wins ("skip un" over "anto un*" for the UN)
        hits.sort_by(|a, b| {
            a.0.cmp(&b.0)
                .then(b.1.cmp(&a.1))
                .then((b.2.kind == CueKind::Skip).cmp(&(a.2.kind == CueKind::Skip)))
        });
        // auxiliaries are only landmarks: they never hide a cue ("can" in "can't")
        let mut anchors: Vec<Range<usize>> = Vec::new();
        hits.retain(|&(s, e, entry)| {
            if entry.kind == CueKind::Aux {
                anchors.push(folded.original(s..e));
            }
            entry.kind != CueKind::Aux
        });
        // leftmost-longest, without overlaps; a word-start pattern covers the rest of its word
        let mut chosen: Vec<(usize, usize, CueKind)> = Vec::with_capacity(hits.len());
        let mut end = 0;
        for (s, mut e, entry) in hits {
            if s < end {
                continue;
            }
            if entry.open_end && self.bounded {
                e += key[e..]
                    .char_indices()
                    .find(|&(_, c)| !is_word_char(c))
                    .map_or(key.len() - e, |(i, _)| i);
            }
            end = e;
            chosen.push((s, e, entry.kind));
        }
        let mut out: Vec<Cue> = Vec::new();
        let mut last_neg: Option<usize> = None;
        // "ne ... que" restricts (only), it does not negate: such a "ne" is no cue at all
        let chosen: Vec<(usize, usize, CueKind)> = chosen
            .iter()
            .enumerate()
            .filter(|&(i, c)| c.2 != CueKind::Bipart || !is_restrictive(key, &chosen[i..]))
            .map(|(_, &(s, e, kind))| {
                let kind = if kind == CueKind::Bipart {
                    CueKind::Neg
                } else {
                    kind
                };
                (s, e, kind)
            })
            .filter(|c| c.2 != CueKind::Except)
            .collect();
        let has_plain = chosen
            .iter()
            .any(|c| matches!(c.2, CueKind::Neg | CueKind::Lite | CueKind::Weak));
        // a "ni ... ni" of its own is a negation without a verb ("ni oubli, ni pardon")
        let has_correlative = chosen.iter().filter(|c| c.2 == CueKind::Pair).count() >= 2;
        let has_negative = has_plain || chosen.iter().any(|c| c.2 == CueKind::Anto);
        for (i, &(s, e, kind)) in chosen.iter().enumerate() {
            let mut is_lite = false;
            let kind = match kind {
                CueKind::Skip | CueKind::Soft | CueKind::Aux => continue,
                CueKind::Npi if has_negative || is_counter_suffix(key, s) => continue,
                CueKind::Npi => CueKind::Rest,
                CueKind::Lite => {
                    is_lite = true;
                    CueKind::Neg
                }
                CueKind::Pair if !has_plain && !has_correlative => continue,
                CueKind::Pair => CueKind::Neg,
                CueKind::Weak => {
                    let covered = last_neg.is_some_and(|n| {
                        s.saturating_sub(n) < 40
                            && !key[n..s].contains([',', ';', '.', ':', '!', '?'])
                    });
                    if covered {
                        continue;
                    }
                    CueKind::Neg
                }
                k => k,
            };
            if kind == CueKind::Neg {
                last_neg = Some(e);
            }
            let is_soft = is_lite
                || chosen.get(i + 1).is_some_and(|n| {
                    n.2 == CueKind::Soft && key[e..n.0].chars().all(char::is_whitespace)
                });
            let mut span = folded.original(s..e);
            // a pattern may start with punctuation (", bukan"): the cue is the word
            if let Some(lead) = text
                .get(span.clone())
                .and_then(|t| t.find(|c: char| c.is_alphanumeric()))
            {
                span.start += lead;
            }
            if span.end <= text.len() {
                out.push(Cue {
                    span,
                    kind,
                    is_soft,
                });
            }
        }
        (out, anchors)
    }

    /// Whether a match at `start..end` of `key` respects the entry's word boundaries.
    fn fits(&self, key: &str, start: usize, end: usize, entry: &Entry) -> bool {
        if !self.bounded {
            return true;
        }
        let first = entry.text.chars().next().is_some_and(char::is_alphanumeric);
        let last = entry
            .text
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric);
        let before_ok = entry.open_start
            || !first
            || !key[..start].chars().next_back().is_some_and(is_word_char);
        let after_ok =
            entry.open_end || !last || !key[end..].chars().next().is_some_and(is_word_char);
        before_ok && after_ok
    }
}

/// Whether the kana word at `start` follows a number or a counter (十年あまり = a little over
/// ten years), where it is a suffix and needs no negation.
fn is_counter_suffix(key: &str, start: usize) -> bool {
    let kana = key[start..]
        .chars()
        .next()
        .is_some_and(|c| ('\u{3040}'..='\u{30ff}').contains(&c));
    let after_han_or_digit = key[..start]
        .chars()
        .next_back()
        .is_some_and(|c| c.is_numeric() || ('\u{4e00}'..='\u{9fff}').contains(&c));
    kana && after_han_or_digit
}

/// Letters, digits and the combining marks of Arabic (harakat) belong to words.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || ('\u{064b}'..='\u{065f}').contains(&c)
}

impl std::fmt::Debug for Lexicon {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lexicon")
            .field("entries", &self.entries.len())
            .finish()
    }
}

const SOURCES: [(Lang, &str); 6] = [
    (Lang::Id, include_str!("id.txt")),
    (Lang::En, include_str!("en.txt")),
    (Lang::Fr, include_str!("fr.txt")),
    (Lang::Zh, include_str!("zh.txt")),
    (Lang::Ja, include_str!("ja.txt")),
    (Lang::Ar, include_str!("ar.txt")),
];

static LEXICONS: LazyLock<Vec<(Lang, Lexicon)>> = LazyLock::new(|| {
    SOURCES
        .iter()
        .map(|&(lang, src)| (lang, Lexicon::new(src, !lang.is_cjk())))
        .collect()
});

/// The lexicon of `lang`.
/// Whether the `Bipart` cue first in `rest` (its cue and those after it) restricts rather than
/// negates: the first partner after it in its clause ("pas", "jamais", "que"; another negation)
/// is an `Except`.
fn is_restrictive(key: &str, rest: &[(usize, usize, CueKind)]) -> bool {
    let Some(&(_, end, _)) = rest.first() else {
        return false;
    };
    // with pouvoir, savoir, oser and cesser French may negate by "ne" alone, and a "que" after
    // them is a conjunction ("on ne peut nier que", one cannot deny that)
    let next = key[end..].trim_start();
    if ["peu", "pou", "pui", "sai", "sav", "sau", "os", "cess"]
        .iter()
        .any(|p| next.starts_with(p))
    {
        return false;
    }
    rest[1..]
        .iter()
        .take_while(|c| !key[end..c.0].contains([',', ';', '.', ':', '!', '?']))
        .find(|c| {
            !matches!(
                c.2,
                CueKind::Anto | CueKind::Deny | CueKind::Cond | CueKind::Soft
            )
        })
        .is_some_and(|c| c.2 == CueKind::Except)
}

pub fn lexicon(lang: Lang) -> Option<&'static Lexicon> {
    LEXICONS.iter().find(|(l, _)| *l == lang).map(|(_, x)| x)
}

/// The negation and denial cues of `text` in `lang`.
pub fn find(text: &str, lang: Lang) -> Vec<Cue> {
    lexicon(lang).map(|l| l.find(text)).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The kinds of the cues found in `text`.
    fn kinds(text: &str, lang: Lang) -> Vec<CueKind> {
        find(text, lang).into_iter().map(|c| c.kind).collect()
    }

    fn words(text: &str, lang: Lang) -> Vec<&str> {
        find(text, lang)
            .into_iter()
            .filter(|c| !c.kind.is_marker())
            .map(|c| &text[c.span])
            .collect()
    }

    #[test]
    fn every_list_parses_is_sorted_and_has_no_duplicates() {
        for (lang, src) in SOURCES {
            let entries = parse(src).unwrap_or_else(|e| panic!("{}.txt: {e}", lang.code()));
            assert!(entries.len() > 20, "{}.txt is too short", lang.code());
            assert!(src.starts_with('#'), "{}.txt needs a header", lang.code());
            let patterns: Vec<&str> = src
                .lines()
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .map(|l| l.split_once(' ').map_or(l, |p| p.1))
                .collect();
            for w in patterns.windows(2) {
                assert!(
                    w[0] < w[1],
                    "{}.txt: {:?} before {:?}",
                    lang.code(),
                    w[0],
                    w[1]
                );
            }
        }
    }

    #[test]
    fn finds_indonesian_cues_but_not_set_phrases() {
        assert_eq!(
            words("Ia tidak hanya menang, tetapi tidak akan mundur.", Lang::Id),
            ["tidak"]
        );
        assert_eq!(
            words("Paling tidak tiga orang tewas.", Lang::Id),
            Vec::<&str>::new()
        );
    }

    #[test]
    fn finds_english_contractions_and_affixes() {
        assert_eq!(
            words("He didn’t say it was unclear, not only today.", Lang::En),
            ["n’t", "unclear"]
        );
        assert_eq!(
            words("The UN, the United Nations, met in Denver.", Lang::En),
            Vec::<&str>::new()
        );
    }

    #[test]
    fn counts_ne_pas_once() {
        assert_eq!(
            words("Il n’a pas dit, et jamais.", Lang::Fr),
            ["n’", "jamais"]
        );
    }

    #[test]
    fn ne_que_restricts_and_does_not_negate() {
        assert!(words("Il n’a le droit d’appeler que deux joueurs.", Lang::Fr).is_empty());
        // a "pas" before the "que" makes it a negation again, and "ne" alone negates pouvoir
        assert_eq!(
            words("Il ne dit pas que deux joueurs viendront.", Lang::Fr),
            ["ne"]
        );
        assert_eq!(
            words("On ne peut croire que les prix ont augmenté.", Lang::Fr),
            ["ne"]
        );
    }

    #[test]
    fn skips_lexicalised_chinese_words() {
        assert_eq!(words("不过，他没有来，未来不少人。", Lang::Zh), ["没"]);
    }

    #[test]
    fn skips_words_that_only_look_negative() {
        // "un peu" (a little), "une personne" (a person), かもしれない (may), 無駄 (waste),
        // 罹难 (killed in a disaster), 摇摆不定 (wavering)
        assert_eq!(
            words(
                "Une personne a été un peu blessée, mais il n’est pas venu.",
                Lang::Fr
            ),
            ["n’"]
        );
        assert_eq!(
            words("雨が降るかもしれない。時間を無駄にしない。", Lang::Ja),
            ["ない"]
        );
        assert_eq!(
            words("三人罹难，选民摇摆不定，他没有来。", Lang::Zh),
            ["没"]
        );
    }

    #[test]
    fn rare_misconduct_and_hiding_answer_a_negation() {
        let fr = find("Ces visites se font rares.", Lang::Fr);
        assert_eq!(
            fr.iter().map(|c| c.kind).collect::<Vec<_>>(),
            [CueKind::Anto]
        );
        let ar = find("اتهامات بسوء السلوك", Lang::Ar);
        assert_eq!(
            ar.iter().map(|c| c.kind).collect::<Vec<_>>(),
            [CueKind::Anto]
        );
        let hide = find("المسؤولون يخفون الأرقام", Lang::Ar);
        assert_eq!(
            hide.iter().map(|c| c.kind).collect::<Vec<_>>(),
            [CueKind::Anto]
        );
    }

    #[test]
    fn reports_not_only_apart() {
        let only = |text: &str, lang| {
            find(text, lang)
                .into_iter()
                .filter(|c| c.kind == CueKind::Only)
                .count()
        };
        assert_eq!(
            only("Ia bukan hanya menang, tetapi juga unggul.", Lang::Id),
            1
        );
        assert_eq!(only("He not only won but led.", Lang::En), 1);
        assert_eq!(only("他不仅赢了，还领先。", Lang::Zh), 1);
        assert_eq!(only("He only won.", Lang::En), 0);
    }

    #[test]
    fn contrastive_bukan_is_weak_evidence() {
        let text = "Ia ingin masuk secara terhormat, bukan lewat pintu belakang.";
        let cues = find(text, Lang::Id);
        assert_eq!(cues.len(), 1);
        assert_eq!(&text[cues[0].span.clone()], "bukan");
        assert!(cues[0].is_soft);
    }

    #[test]
    fn marks_soft_negations() {
        let cues = find("Hasilnya tidak jelas dan ia tidak datang.", Lang::Id);
        let soft: Vec<bool> = cues.iter().map(|c| c.is_soft).collect();
        assert_eq!(soft, [true, false]);
    }

    #[test]
    fn interjections_litotes_and_superlatives_are_weak_evidence() {
        // "Tidak, ..." (No, ...), "tidak kalah" (no less, unbeaten), "tidak ada yang lebih ...
        // daripada" (nothing more ... than = above all)
        for text in [
            "Tidak, kami belum menerima surat itu.",
            "Kualitas produk lokal tidak kalah dengan produk impor.",
            "Tidak ada yang lebih penting bagi warga daripada air bersih.",
        ] {
            let cues = find(text, Lang::Id);
            assert!(cues[0].is_soft, "{text}: {cues:?}");
        }
        let plain = find("Tidak, kami belum menerima surat itu.", Lang::Id);
        assert_eq!(plain.iter().filter(|c| !c.is_soft).count(), 1);
    }

    #[test]
    fn shortage_words_are_lexical_negations() {
        assert_eq!(
            kinds("Gudang itu kekurangan beras.", Lang::Id),
            [CueKind::Anto]
        );
        assert_eq!(
            kinds("倉庫では米が不足している。", Lang::Ja),
            [CueKind::Anto]
        );
        assert_eq!(kinds("仓库大米不足。", Lang::Zh), [CueKind::Anto]);
        assert_eq!(kinds("倉庫では米が足りない。", Lang::Ja), [CueKind::Neg]);
    }

    #[test]
    fn idioms_holding_a_negation_do_not_negate() {
        // mau tidak mau (like it or not), tak sedikit (many), bukan tidak mungkin (quite
        // possibly), tidak main-main (in earnest)
        for text in [
            "Mau tidak mau, warga harus mengungsi.",
            "Tak sedikit pedagang yang menutup toko.",
            "Bukan tidak mungkin harga beras naik lagi.",
            "Pemerintah tidak main-main memberantas judi daring.",
        ] {
            assert_eq!(words(text, Lang::Id), Vec::<&str>::new(), "{text}");
        }
        assert_eq!(words("Harga tidak akan naik.", Lang::Id), ["tidak"]);
    }

    #[test]
    fn ni_counts_only_beside_a_negation() {
        assert_eq!(
            words("Il ne sait rien de son fils ni de sa fille.", Lang::Fr),
            ["ne", "ni"]
        );
        assert_eq!(
            words("Il sait tout de son fils ni de sa fille.", Lang::Fr),
            Vec::<&str>::new()
        );
        assert_eq!(
            words("Ni le maire ni le préfet ne sont venus.", Lang::Fr),
            ["Ni", "ni", "ne"]
        );
        // a "ni ... ni" without a verb negates on its own
        assert_eq!(
            words("Ils scandaient « ni trêve, ni repos ».", Lang::Fr),
            ["ni", "ni"]
        );
    }

    #[test]
    fn words_needing_a_negation_are_remnants_only_without_one() {
        let rests = |text: &str, lang| {
            find(text, lang)
                .into_iter()
                .filter(|c| c.kind == CueKind::Rest)
                .map(|c| text[c.span].to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(rests("价格并是问题所在。", Lang::Zh), ["并是"]);
        assert_eq!(
            rests("公司合并是去年的事。", Lang::Zh),
            Vec::<String>::new()
        );
        assert_eq!(rests("他想正式地而是悄悄地离开。", Lang::Zh), ["而是"]);
        assert_eq!(
            rests("问题不是价格，而是质量。", Lang::Zh),
            Vec::<String>::new()
        );
        assert_eq!(rests("値段はあまり変わるだろう。", Lang::Ja), ["あまり"]);
        assert_eq!(
            rests("値段はあまり変わらないだろう。", Lang::Ja),
            Vec::<String>::new()
        );
        // 十年あまり (a little over ten years): a counter's suffix
        assert_eq!(
            rests("工場は十年あまり前から稼働している。", Lang::Ja),
            Vec::<String>::new()
        );
        assert_eq!(rests("Il regrette de avoir parlé.", Lang::Fr), ["de avoir"]);
        assert_eq!(rests("他再也会回来。", Lang::Zh), ["再也"]);
        // というわけである (that is why) and 而是否 (and whether) stand on their own
        assert_eq!(
            rests("だから価格が上がったというわけである。", Lang::Ja),
            Vec::<String>::new()
        );
        assert_eq!(
            rests("价格上涨了，而是否继续还要看市场。", Lang::Zh).len(),
            0
        );
        assert_eq!(rests("他再也不会回来。", Lang::Zh), Vec::<String>::new());
        assert_eq!(rests("彼は決して諦める。", Lang::Ja), ["決して"]);
        assert_eq!(rests("يكن هناك أي سبب للقلق.", Lang::Ar), ["يكن"]);
        assert_eq!(
            rests("لم يكن هناك أي سبب للقلق.", Lang::Ar),
            Vec::<String>::new()
        );
        assert_eq!(
            rests("مهما يكن السبب، سيبقى الفريق.", Lang::Ar),
            Vec::<String>::new()
        );
    }

    #[test]
    fn dissidents_and_contestants_deny_nothing() {
        assert_eq!(
            kinds("Les voix contestataires se font entendre.", Lang::Fr),
            Vec::<CueKind>::new()
        );
        assert_eq!(
            kinds("The contestants contested the result.", Lang::En),
            [CueKind::Deny]
        );
        // a restriction is often said with a word of negative meaning ("peu de")
        assert_eq!(
            kinds("Pembatasan itu tidak berlaku.", Lang::Id),
            [CueKind::Anto, CueKind::Neg]
        );
    }

    #[test]
    fn for_not_with_its_preposition_is_a_negation() {
        // لعدم = "for not (doing)": the ل glued to عدم
        assert_eq!(
            words("انتقد النواب الوزارة لعدم نشر التقرير.", Lang::Ar),
            ["لعدم"]
        );
    }
}
