//! Languages: the closed set mtcheck supports (`Lang`), and detection: script first (kana,
//! Han, Arabic), then, for Latin-script text, three steps.
//!
//! 1. whatlang among the Latin-script languages a foreign line in the feed is likely to be in
//!    (German, Spanish, Portuguese, Italian, Dutch, Tagalog) besides ours: a reliable verdict
//!    for one of those names it (`LangGuess::foreign`). Restricted to Indonesian, English and
//!    French alone, whatlang calls German English and Spanish French, reliably.
//! 2. whatlang among Indonesian, English and French (bare whatlang calls Indonesian Javanese,
//!    `spec/crates.md`): its reliable verdict stands.
//! 3. Text whatlang cannot call reliably, mostly short lines, goes to lingua among English,
//!    French, Indonesian and Malay (Malay counts as Indonesian): built for short text, it calls
//!    them far more often, and about 30 times slower, so only where whatlang gave up.
//!
//! Both read the text without its names (`running_text`).
//!
//! Measured on the parallel NTREX lines of `shared/data/ntrex` (1,106 per language, whole and
//! cut to their first 30 or 15 characters), the newsroom's paragraphs of `shared/data/voi-dev`,
//! and the 1,000 test sentences that ship with each lingua model crate (`detection_accuracy`, an
//! ignored test, prints the table): reliable verdicts right / wrong (for a foreign language,
//! right is "not one of ours").
//!
//! ```text
//!                    whatlang alone   detect            whatlang alone   detect
//! eng whole lines       971 / 0     1,034 / 1   ind first 30    836 / 1    1,057 / 2
//! eng first 30          424 / 0       647 / 1   msa first 30    890 / 1    1,062 / 4
//! eng first 15          117 / 0       337 / 2   voi English      77 / 0       78 / 0
//! fra first 30          918 / 0       946 / 0   German sentences  0 / 282    746 / 18
//! fra first 15          501 / 0       631 / 5   Spanish           0 / 606    587 / 160
//! ```
//!
//! lingua alone, with ten language models, called 117 of the first 30 characters of the English
//! lines reliably at the same threshold (its confidence spreads over the neighbours), at about
//! 1.3 ms a line against whatlang's 30 µs (a one-off measurement, not in the test).

use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::fmt;
use std::sync::LazyLock;

/// A supported language, by its ISO 639-1 code (as in `corpora/` file names).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Id,
    En,
    Fr,
    Zh,
    Ja,
    Ar,
}

impl Lang {
    /// Every supported language.
    pub const ALL: [Lang; 6] = [Lang::Id, Lang::En, Lang::Fr, Lang::Zh, Lang::Ja, Lang::Ar];

    /// The ISO 639-1 code.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Id => "id",
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Zh => "zh",
            Lang::Ja => "ja",
            Lang::Ar => "ar",
        }
    }

    /// The language's name in English, for messages.
    pub fn name(self) -> &'static str {
        match self {
            Lang::Id => "Indonesian",
            Lang::En => "English",
            Lang::Fr => "French",
            Lang::Zh => "Chinese",
            Lang::Ja => "Japanese",
            Lang::Ar => "Arabic",
        }
    }

    /// The language's name with its indefinite article, for messages: "an Arabic", "a French".
    pub fn a_name(self) -> &'static str {
        match self {
            Lang::Id => "an Indonesian",
            Lang::En => "an English",
            Lang::Fr => "a French",
            Lang::Zh => "a Chinese",
            Lang::Ja => "a Japanese",
            Lang::Ar => "an Arabic",
        }
    }

    /// Parses a code (`id`, `en`, ...; also `zh-CN`, `ind`, `eng`-style three-letter codes).
    pub fn from_code(code: &str) -> Option<Lang> {
        let c = code.trim().to_ascii_lowercase();
        let base = c.split(['-', '_']).next().unwrap_or("");
        match base {
            "id" | "ind" | "in" => Some(Lang::Id),
            "en" | "eng" => Some(Lang::En),
            "fr" | "fra" | "fre" => Some(Lang::Fr),
            "zh" | "zho" | "chi" | "cmn" => Some(Lang::Zh),
            "ja" | "jpn" | "jp" => Some(Lang::Ja),
            "ar" | "ara" | "arb" => Some(Lang::Ar),
            _ => None,
        }
    }

    /// Chinese or Japanese: no spaces between words, sentence length counted in characters.
    pub fn is_cjk(self) -> bool {
        matches!(self, Lang::Zh | Lang::Ja)
    }

    /// Written right to left.
    pub fn is_rtl(self) -> bool {
        matches!(self, Lang::Ar)
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// How many letters of each script a text holds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ScriptMix {
    pub latin: usize,
    pub han: usize,
    pub kana: usize,
    pub arabic: usize,
    pub other: usize,
}

impl ScriptMix {
    /// Counts the letters of `text` by script.
    pub fn of(text: &str) -> Self {
        let mut m = ScriptMix::default();
        for c in text.chars() {
            match c {
                'a'..='z' | 'A'..='Z' | '\u{c0}'..='\u{24f}' if c.is_alphabetic() => m.latin += 1,
                '\u{3040}'..='\u{30ff}' | '\u{31f0}'..='\u{31ff}' | '\u{ff66}'..='\u{ff9f}' => {
                    m.kana += 1
                }
                '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}' => {
                    m.han += 1
                }
                '\u{20000}'..='\u{2ffff}' => m.han += 1,
                '\u{600}'..='\u{6ff}'
                | '\u{750}'..='\u{77f}'
                | '\u{fb50}'..='\u{fdff}'
                | '\u{fe70}'..='\u{feff}'
                    if c.is_alphabetic() =>
                {
                    m.arabic += 1
                }
                c if c.is_alphabetic() => m.other += 1,
                _ => {}
            }
        }
        m
    }

    /// All letters counted.
    pub fn letters(&self) -> usize {
        self.latin + self.han + self.kana + self.arabic + self.other
    }
}

/// The result of detecting a text's language.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LangGuess {
    /// The detected language, if any supported one fits.
    pub lang: Option<Lang>,
    /// 0..1; whatlang's confidence for Latin text, the script share for the others.
    pub confidence: f64,
    /// Safe to act on: script-decided, whatlang's `is_reliable()`, or lingua's confidence of at
    /// least `LINGUA_RELIABLE` for Latin text.
    pub is_reliable: bool,
    /// The letters by script.
    pub scripts: ScriptMix,
    /// The English name of a language outside the supported set that the text is reliably in
    /// ("German"); `lang` is then `None`.
    pub foreign: Option<&'static str>,
}

/// whatlang among the supported Latin-script languages.
static LATIN_DETECTOR: LazyLock<whatlang::Detector> = LazyLock::new(|| {
    whatlang::Detector::with_allowlist(vec![
        whatlang::Lang::Ind,
        whatlang::Lang::Eng,
        whatlang::Lang::Fra,
    ])
});

/// The Latin-script languages outside the supported set that a foreign line is screened for:
/// the neighbours that whatlang and lingua confuse with ours (Romance with French, Germanic with
/// English, Tagalog with Indonesian).
const FOREIGN: [whatlang::Lang; 6] = [
    whatlang::Lang::Deu,
    whatlang::Lang::Spa,
    whatlang::Lang::Por,
    whatlang::Lang::Ita,
    whatlang::Lang::Nld,
    whatlang::Lang::Tgl,
];

/// whatlang among the supported Latin-script languages and `FOREIGN`.
static WIDE_DETECTOR: LazyLock<whatlang::Detector> = LazyLock::new(|| {
    let mut langs = vec![
        whatlang::Lang::Ind,
        whatlang::Lang::Eng,
        whatlang::Lang::Fra,
    ];
    langs.extend(FOREIGN);
    whatlang::Detector::with_allowlist(langs)
});

/// lingua among English, French, Indonesian and Malay, for the text whatlang cannot call.
static SHORT_DETECTOR: LazyLock<lingua::LanguageDetector> = LazyLock::new(|| {
    use lingua::Language as L;
    lingua::LanguageDetectorBuilder::from_languages(&[
        L::English,
        L::French,
        L::Indonesian,
        L::Malay,
    ])
    .build()
});

/// lingua's confidence (Indonesian and Malay summed) from which its verdict is acted on. On the
/// first 15 characters of the NTREX lines, 0.9 left 2 to 5 wrong verdicts in 1,106 per language,
/// 0.8 twice as many; whatlang alone left none but called only a tenth to a half of them.
const LINGUA_RELIABLE: f64 = 0.9;

/// Detects the language of `text`: script first (kana -> ja, Han -> zh, Arabic -> ar), then
/// for Latin-script text the three steps of the module comment.
pub fn detect(text: &str) -> LangGuess {
    let scripts = ScriptMix::of(text);
    let letters = scripts.letters();
    let none = LangGuess {
        lang: None,
        confidence: 0.0,
        is_reliable: false,
        scripts,
        foreign: None,
    };
    let script_guess = |lang, share: f64| LangGuess {
        lang: Some(lang),
        confidence: share,
        is_reliable: share >= 0.5 && letters >= 4,
        scripts,
        foreign: None,
    };
    if letters == 0 {
        return none;
    }
    let share = |n: usize| n as f64 / letters as f64;
    if scripts.kana > 0 && share(scripts.kana + scripts.han) >= 0.2 {
        return script_guess(Lang::Ja, share(scripts.kana + scripts.han));
    }
    if share(scripts.han) >= 0.2 {
        return script_guess(Lang::Zh, share(scripts.han));
    }
    if share(scripts.arabic) >= 0.5 {
        return script_guess(Lang::Ar, share(scripts.arabic));
    }
    if share(scripts.latin) < 0.5 {
        return none;
    }
    let (lang, confidence, is_reliable, foreign) = detect_latin(text);
    LangGuess {
        lang,
        confidence,
        is_reliable,
        scripts,
        foreign,
    }
}

/// What `detect_latin` says about a text: (supported language, confidence, reliable, foreign
/// language's name).
type LatinGuess = (Option<Lang>, f64, bool, Option<&'static str>);

/// Most texts the memo of `detect_latin` keeps per thread before it starts again.
const MEMO_TEXTS: usize = 512;

thread_local! {
    /// The verdicts on the texts this thread detected last. The checks (through `Side`) and the
    /// quality score each detect a unit's translation, one after the other on the same thread,
    /// and the two whatlang passes cost a tenth of a run: the second call is a lookup.
    static MEMO: std::cell::RefCell<HashMap<String, LatinGuess>> =
        std::cell::RefCell::new(HashMap::new());
}

/// A Latin-script text's language, remembered (see `MEMO`).
fn detect_latin(text: &str) -> LatinGuess {
    if let Some(found) = MEMO.with(|m| m.borrow().get(text).copied()) {
        return found;
    }
    let found = detect_latin_uncached(text);
    MEMO.with(|m| {
        let mut m = m.borrow_mut();
        if m.len() >= MEMO_TEXTS {
            m.clear();
        }
        m.insert(text.to_owned(), found);
    });
    found
}

/// A Latin-script text's language, by the three steps of the module comment, read on its
/// running text (`running_text`).
fn detect_latin_uncached(text: &str) -> LatinGuess {
    let running = running_text(text);
    let text = running.as_deref().unwrap_or(text);
    if let Some(info) = WIDE_DETECTOR.detect(text)
        && info.is_reliable()
        && FOREIGN.contains(&info.lang())
    {
        return (None, info.confidence(), true, Some(info.lang().eng_name()));
    }
    let whatlang = LATIN_DETECTOR.detect(text);
    if let Some(info) = &whatlang
        && info.is_reliable()
    {
        return (from_whatlang(info.lang()), info.confidence(), true, None);
    }
    let values = SHORT_DETECTOR.compute_language_confidence_values(text);
    let mut best: Option<(Lang, f64)> = None;
    for lang in [Lang::En, Lang::Fr, Lang::Id] {
        let confidence: f64 = values
            .iter()
            .filter(|(l, _)| from_lingua(*l) == lang)
            .map(|(_, c)| c)
            .sum();
        if confidence > best.map_or(0.0, |b| b.1) {
            best = Some((lang, confidence));
        }
    }
    match best {
        Some((lang, confidence)) => (Some(lang), confidence, confidence >= LINGUA_RELIABLE, None),
        // lingua found nothing to go on (no letter it knows): whatlang's unreliable guess.
        None => whatlang.map_or((None, 0.0, false, None), |info| {
            (from_whatlang(info.lang()), info.confidence(), false, None)
        }),
    }
}

/// Fewest words the running text must keep to be read instead of the whole text.
const MIN_RUNNING_WORDS: usize = 2;

/// The text without its names: only the words that start with a lower-case letter. A name or a
/// place is not a word of the language the sentence is written in: an English sentence listing
/// Indonesian districts and police units ("Police from Polres Metro Jakarta Selatan and Polsek
/// Pasar Minggu came") reads as Indonesian to whatlang and lingua alike when the names count.
/// The first word of a sentence goes too: it is as often a name ("Indonesia Tsunami and Quake
/// Devastate an Island" read as Indonesian on "Indonesia and an"). `None` when fewer than
/// `MIN_RUNNING_WORDS` words are left (a line of names, a headline in title case): the whole
/// text is read then.
fn running_text(text: &str) -> Option<String> {
    let mut out = String::with_capacity(text.len());
    let (mut kept, mut dropped) = (0usize, 0usize);
    for word in text.split_whitespace() {
        match word.chars().find(|c| c.is_alphabetic()) {
            Some(c) if c.is_lowercase() => {
                if !out.is_empty() {
                    out.push(' ');
                }
                out.push_str(word);
                kept += 1;
            }
            Some(_) => dropped += 1,
            None => {}
        }
    }
    (dropped > 0 && kept >= MIN_RUNNING_WORDS).then_some(out)
}

fn from_whatlang(lang: whatlang::Lang) -> Option<Lang> {
    match lang {
        whatlang::Lang::Ind => Some(Lang::Id),
        whatlang::Lang::Eng => Some(Lang::En),
        whatlang::Lang::Fra => Some(Lang::Fr),
        _ => None,
    }
}

/// The supported language of a lingua verdict (the detector knows no other: the crate is built
/// with only these four models).
fn from_lingua(lang: lingua::Language) -> Lang {
    match lang {
        lingua::Language::Indonesian | lingua::Language::Malay => Lang::Id,
        lingua::Language::English => Lang::En,
        lingua::Language::French => Lang::Fr,
    }
}

#[cfg(test)]
mod tests;
