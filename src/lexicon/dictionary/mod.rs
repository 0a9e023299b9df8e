//! A general Indonesian -> English, French, Japanese, Chinese and Arabic word dictionary, built
//! by `generate.py` beside it from FreeDict's Wiktionary-based dictionaries (`id.txt`, CC BY-SA
//! 3.0), CC-CEDICT (`id-zh.txt`, CC BY-SA 4.0) and, for Arabic, Wordnet Bahasa joined with
//! Arabic WordNet through their shared WordNet synsets (`id-ar.txt`, CC BY-SA 3.0; FreeDict's
//! own Arabic lists are GPL-2.0-or-later, which an MIT tool cannot embed), and the matching
//! that tells whether a source word has one of its translations in a translation.
//!
//! It is a second opinion beside `lexicon::bilingual`, which is learned from news lines and
//! knows few words: a word the dictionary finds rendered is not a dropped word. An affixed
//! Indonesian word is also looked up by its first known root (`roots`: "membuat" by "buat").
//! Matching follows `lexicon::bilingual`: English and French words or their first five letters
//! (a shorter English word also with a regular ending: "voted", "players"), Arabic words or
//! their stems without a proclitic (a stem may also start with the translation, for suffixes and
//! endings, and a feminine ة may be written ت before them: حكومتها, حكومات), Chinese and Japanese
//! character strings anywhere.
//!
//! Not every consumer takes the Arabic entries: negation/lost keeps to the learned lexicon for
//! its kept-word evidence in Arabic (with the dictionary, 3 more lost negations caught on
//! qa-bench check but 2 false alarms more and 2 more human translations failing the gate), and
//! omission/clause asks the dictionary only for Chinese and Japanese.
//! What to make of unrendered words is left to the check.

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::analyse::Lang;
use crate::lexicon::bilingual::{self, ar_stem};

/// English, French and Japanese, one Indonesian word a line.
const DICTIONARY: &str = include_str!("id.txt");
/// Chinese, one Indonesian word a line (its own file: its source has another licence).
const DICTIONARY_ZH: &str = include_str!("id-zh.txt");
/// Arabic, one Indonesian word a line (its own file: its sources have other licences).
const DICTIONARY_AR: &str = include_str!("id-ar.txt");

/// The translations of each Indonesian word, per target language (en, fr, ja, zh, ar).
type Entry = [Vec<&'static str>; 5];

static ENTRIES: LazyLock<HashMap<&'static str, Entry>> = LazyLock::new(|| {
    let mut out = HashMap::new();
    parse(DICTIONARY, &mut out);
    parse(DICTIONARY_ZH, &mut out);
    parse(DICTIONARY_AR, &mut out);
    out
});

/// Every one-word Arabic translation in the dictionary, folded as stored: the ordinary words of
/// Arabic it knows, for telling a word from a name written by sound (`is_arabic_word`).
static ARABIC_WORDS: LazyLock<std::collections::HashSet<&'static str>> = LazyLock::new(|| {
    ENTRIES
        .values()
        .flat_map(|entry| entry[4].iter().copied())
        .filter(|unit| !unit.contains(' '))
        .collect()
});

/// For each one-word English translation, the Indonesian words it translates: how an English
/// word of the source (a name's "Research") is rendered in the other languages.
static BY_ENGLISH: LazyLock<HashMap<&'static str, Vec<&'static str>>> = LazyLock::new(|| {
    let mut out: HashMap<&'static str, Vec<&'static str>> = HashMap::new();
    for (word, entry) in ENTRIES.iter() {
        for en in entry[0].iter().filter(|t| !t.contains(' ')) {
            out.entry(en).or_default().push(word);
        }
    }
    out
});

/// The Indonesian words the dictionary translates by the lowercase English word `english`
/// ("pen" -> "pena", "pulpen").
pub fn indonesian_for(english: &str) -> &'static [&'static str] {
    BY_ENGLISH.get(english).map_or(&[], Vec::as_slice)
}

/// The translations into `lang` of the Indonesian words the dictionary gives the lowercase
/// English word `english` for ("research" -> "penelitian" -> بحث).
pub fn through_english(english: &str, lang: Lang) -> impl Iterator<Item = &'static str> {
    BY_ENGLISH
        .get(english)
        .into_iter()
        .flatten()
        .flat_map(move |w| translations(w, lang).iter().copied())
}

/// Particles, suffixes and prefixes stripped to find the root of an affixed word, each prefix
/// with the first letters its nasal may have replaced ("menulis" from "tulis").
const PARTICLES: [&str; 4] = ["nya", "lah", "kah", "pun"];
const SUFFIXES: [&str; 3] = ["kan", "an", "i"];
const PREFIXES: [(&str, &[&str]); 17] = [
    ("meng", &[""]),
    ("meny", &["s"]),
    ("mem", &["", "p"]),
    ("men", &["", "t"]),
    ("me", &[""]),
    ("peng", &[""]),
    ("peny", &["s"]),
    ("pem", &["", "p"]),
    ("pen", &["", "t"]),
    ("per", &[""]),
    ("pe", &[""]),
    ("ber", &[""]),
    ("be", &[""]),
    ("ter", &[""]),
    ("di", &[""]),
    ("ke", &[""]),
    ("se", &[""]),
];

fn slot(lang: Lang) -> Option<usize> {
    match lang {
        Lang::En => Some(0),
        Lang::Fr => Some(1),
        Lang::Ja => Some(2),
        Lang::Zh => Some(3),
        Lang::Ar => Some(4),
        Lang::Id => None,
    }
}

fn parse(text: &'static str, out: &mut HashMap<&'static str, Entry>) {
    for line in text.lines() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let mut cols = line.split('\t');
        let Some(word) = cols.next() else { continue };
        let entry = out.entry(word).or_default();
        for col in cols {
            if let Some((code, list)) = col.split_once('=')
                && let Some(i) = Lang::from_code(code).and_then(slot)
            {
                entry[i] = list.split('|').filter(|t| !t.is_empty()).collect();
            }
        }
    }
}

/// The translations the dictionary gives for the lowercase Indonesian word `word` in `lang`
/// as written in the dictionary, without looking for its root.
pub fn translations(word: &str, lang: Lang) -> &'static [&'static str] {
    match (ENTRIES.get(word), slot(lang)) {
        (Some(entry), Some(i)) => &entry[i],
        _ => &[],
    }
}

/// Candidate roots of an affixed lowercase Indonesian word, least stripped first: without a
/// particle (-nya, -lah), a suffix (-kan, -an, -i) and then a prefix (di-, ber-, meN-, peN-,
/// ter-, ke-, se-), each leaving at least three letters. "dibangunkan" gives "dibangun",
/// "bangunkan", "bangun", ...
pub fn roots(word: &str) -> Vec<String> {
    let mut stage = vec![word.to_string()];
    for p in PARTICLES {
        if let Some(rest) = word.strip_suffix(p)
            && rest.chars().count() >= 4
        {
            stage.push(rest.to_string());
        }
    }
    let mut unsuffixed = Vec::new();
    for w in &stage {
        unsuffixed.push(w.clone());
        for s in SUFFIXES {
            if let Some(rest) = w.strip_suffix(s)
                && rest.chars().count() >= 4
            {
                unsuffixed.push(rest.to_string());
            }
        }
    }
    let mut out: Vec<String> = Vec::new();
    let mut add = |r: String| {
        if r.chars().count() >= 3 && r != word && !out.contains(&r) {
            out.push(r);
        }
    };
    for w in &unsuffixed {
        add(w.clone());
    }
    for w in &unsuffixed {
        for (p, restored) in PREFIXES {
            if let Some(rest) = w.strip_prefix(p)
                && rest.chars().count() >= 3
            {
                for r in restored {
                    add(format!("{r}{rest}"));
                }
            }
        }
    }
    out
}

/// The translations of `word` and of its first root the dictionary knows, for `lang`.
pub fn lookup(word: &str, lang: Lang) -> Vec<&'static str> {
    let mut out = translations(word, lang).to_vec();
    if let Some(more) = roots(word)
        .iter()
        .map(|r| translations(r, lang))
        .find(|t| !t.is_empty())
    {
        out.extend(more.iter().filter(|t| !out.contains(t)).collect::<Vec<_>>());
    }
    out
}

/// Whether the Arabic `word`, as written (no proclitic is stripped here), is one the dictionary
/// gives as the translation of some Indonesian word: an ordinary word of Arabic rather than a
/// name written by sound.
pub fn is_arabic_word(word: &str) -> bool {
    ARABIC_WORDS.contains(ar_fold(word).as_str())
}

/// A lowercase translation split into words once, for asking about many source words.
pub struct Prepared {
    lower: String,
    words: Vec<std::ops::Range<usize>>,
    /// The words folded as Arabic (`ar_fold`), each with where its stem starts (`ar_stem`),
    /// made when first asked for: the aligner asks for every source word against every
    /// translation sentence.
    ar_words: std::sync::OnceLock<Vec<(String, usize)>>,
}

impl Prepared {
    /// `text` lowercased and split into words.
    pub fn new(text: &str) -> Self {
        let lower = text.to_lowercase();
        let words = bilingual::words(&lower).collect();
        Prepared {
            lower,
            words,
            ar_words: std::sync::OnceLock::new(),
        }
    }

    fn words(&self) -> impl Iterator<Item = &str> {
        self.words.iter().map(|r| &self.lower[r.clone()])
    }

    /// Whether one of `units` (translations from `lookup`) occurs in this translation into
    /// `lang`.
    pub fn renders(&self, units: &[&str], lang: Lang) -> bool {
        match lang {
            Lang::Ar => {
                let words = self.ar_words.get_or_init(|| {
                    self.words()
                        .map(|w| {
                            let folded = ar_fold(w);
                            let stem_at = folded.len() - ar_stem(&folded).len();
                            (folded, stem_at)
                        })
                        .collect()
                });
                units.iter().any(|u| {
                    let unit = ArUnit::new(u);
                    words.iter().any(|(w, at)| unit.matches(w, &w[*at..]))
                })
            }
            Lang::Zh | Lang::Ja => units.iter().any(|u| self.lower.contains(u)),
            Lang::En => units.iter().any(|u| {
                bilingual::occurs_among(u, self.words(), lang) || en_inflected(u, self.words())
            }),
            _ => units
                .iter()
                .any(|u| bilingual::occurs_among(u, self.words(), lang)),
        }
    }
}

/// Whether the lowercase translation word `word` renders `unit` (a translation from `lookup`
/// or a lexicon unit) in `lang`, by the rules of `Prepared::renders`, for callers that need
/// to know which word it is. Chinese and Japanese have no words: the unit is the word.
pub fn matches_word(unit: &str, word: &str, lang: Lang) -> bool {
    match lang {
        Lang::Ar => ar_matches(&ar_fold(unit), &ar_fold(word)),
        Lang::Zh | Lang::Ja => word.contains(unit),
        Lang::En => {
            bilingual::occurs_among(unit, std::iter::once(word), lang)
                || en_inflected(unit, std::iter::once(word))
        }
        _ => bilingual::occurs_among(unit, std::iter::once(word), lang),
    }
}

/// English endings a unit of three or four letters may take; longer units already match by
/// their first five letters.
const EN_ENDINGS: [&str; 7] = ["s", "es", "ed", "d", "ing", "er", "ers"];

/// Whether a short English unit occurs among `words` with a regular ending ("vote" in "voted",
/// "play" in "players").
fn en_inflected<'w>(unit: &str, mut words: impl Iterator<Item = &'w str>) -> bool {
    let n = unit.chars().count();
    (3..5).contains(&n)
        && words.any(|w| {
            w.strip_prefix(unit)
                .is_some_and(|rest| EN_ENDINGS.contains(&rest))
        })
}

/// Arabic without short vowels, shadda and tatweel, with hamza-carrying alifs as bare alif (as
/// `generate.py` stores the translations).
fn ar_fold(word: &str) -> String {
    word.chars()
        .filter(|c| !matches!(c, '\u{064B}'..='\u{0652}' | '\u{0640}'))
        .map(|c| match c {
            '\u{0622}' | '\u{0623}' | '\u{0625}' => '\u{0627}',
            c => c,
        })
        .collect()
}

/// Whether the folded Arabic word `word` renders `unit`: the same word or stem, or a stem that
/// starts with a unit of three letters or more (suffixes, plural and feminine endings).
fn ar_matches(unit: &str, word: &str) -> bool {
    ArUnit::new(unit).matches(word, ar_stem(word))
}

/// A folded Arabic unit with what `ar_matches` asks of it computed once, for matching it
/// against many words.
struct ArUnit<'u> {
    unit: &'u str,
    /// Three letters or more: a stem that starts with it matches.
    long: bool,
    /// The unit without a final feminine ة, when two letters or more are left.
    base: Option<&'u str>,
}

impl<'u> ArUnit<'u> {
    fn new(unit: &'u str) -> Self {
        ArUnit {
            unit,
            long: unit.chars().count() >= 3,
            base: unit
                .strip_suffix('ة')
                .filter(|base| base.chars().count() >= 2),
        }
    }

    /// Whether the folded word `word`, whose stem is `stem`, renders the unit.
    fn matches(&self, word: &str, stem: &str) -> bool {
        let unit = self.unit;
        if word == unit || stem == unit || (self.long && stem.starts_with(unit)) {
            return true;
        }
        // a feminine ending (taa marbuta) is written ت before a suffix (حكومتها) and in the sound
        // plural (حكومات)
        self.base.is_some_and(|base| {
            stem.strip_prefix(base)
                .is_some_and(|rest| rest.starts_with('ت') || rest.starts_with("ات"))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether `word` (or its root) has one of its translations in `hyp`.
    fn is_rendered(word: &str, hyp: &str, lang: Lang) -> bool {
        Prepared::new(hyp).renders(&lookup(word, lang), lang)
    }

    fn headwords(text: &str) -> Vec<&str> {
        text.lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .filter_map(|l| l.split('\t').next())
            .collect()
    }

    #[test]
    fn lists_parse_sorted_without_duplicates() {
        for (text, min) in [
            (DICTIONARY, 5000),
            (DICTIONARY_ZH, 5000),
            (DICTIONARY_AR, 5000),
        ] {
            let words = headwords(text);
            assert!(words.len() > min);
            let mut sorted = words.clone();
            sorted.sort_unstable();
            sorted.dedup();
            assert_eq!(words, sorted, "must be sorted and free of duplicates");
            assert!(text.lines().take(3).any(|l| l.contains("GENERATED")));
            assert!(text.contains("Licence:"));
        }
        let all = [DICTIONARY, DICTIONARY_ZH, DICTIONARY_AR];
        for line in all.iter().flat_map(|t| t.lines()) {
            if line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            assert!(cols.len() >= 2, "{line}");
            for col in &cols[1..] {
                let (code, list) = col.split_once('=').unwrap_or(("", ""));
                assert!(Lang::from_code(code).and_then(slot).is_some(), "{line}");
                let units: Vec<&str> = list.split('|').collect();
                assert!(units.iter().all(|u| !u.is_empty()), "{line}");
                let mut unique = units.clone();
                unique.sort_unstable();
                unique.dedup();
                assert_eq!(unique.len(), units.len(), "{line}");
            }
        }
        assert!(!ENTRIES.is_empty());
    }

    #[test]
    fn knows_common_news_words() {
        assert!(translations("rumah", Lang::En).contains(&"house"));
        assert!(translations("banjir", Lang::En).contains(&"flood"));
        assert!(translations("gempa", Lang::En).contains(&"earthquake"));
        assert!(translations("rumah", Lang::Fr).contains(&"maison"));
        assert!(translations("banjir", Lang::Ja).contains(&"洪水"));
        assert!(translations("pemerintah", Lang::Ar).contains(&"حكومة"));
        assert!(translations("rumah", Lang::Ar).contains(&"بيت"));
        assert!(translations("banjir", Lang::Zh).contains(&"洪水"));
        assert!(translations("rumah", Lang::Id).is_empty());
        assert!(translations("xyzzy", Lang::En).is_empty());
    }

    #[test]
    fn finds_roots_of_affixed_words() {
        let r = roots("dibangunkan");
        assert!(r.contains(&"bangun".to_string()), "{r:?}");
        assert!(roots("menulis").contains(&"tulis".to_string()));
        assert!(roots("rumahnya").contains(&"rumah".to_string()));
        assert!(roots("air").is_empty());
        assert!(lookup("rumahnya", Lang::En).contains(&"house"));
    }

    #[test]
    fn matches_in_each_language() {
        assert!(is_rendered("banjir", "floods hit the coast", Lang::En));
        assert!(is_rendered("rumah", "the house was empty", Lang::En));
        assert!(!is_rendered("rumah", "the car was empty", Lang::En));
        assert!(is_rendered("memiliki", "she had two cars", Lang::En));
        assert!(is_rendered("membuat", "they made a plan", Lang::En));
        assert!(is_rendered("pemain", "three players left", Lang::En));
        assert!(!is_rendered("pemain", "three plays left", Lang::Fr));
        assert!(is_rendered("banjir", "les inondations ont cessé", Lang::Fr));
        assert!(!is_rendered("banjir", "la pluie a cessé", Lang::Fr));
        assert!(is_rendered("banjir", "大雨で洪水が起きた", Lang::Ja));
        assert!(!is_rendered("banjir", "大雨が降った", Lang::Ja));
        assert!(is_rendered("banjir", "ضربت الفيضانات المدينة", Lang::Ar));
        assert!(!is_rendered("banjir", "ضربت العاصفة المدينة", Lang::Ar));
        // a verb by its imperfect, a feminine noun before a suffix and in the plural
        assert!(is_rendered("membunuh", "يقتلون المدنيين", Lang::Ar));
        assert!(is_rendered("pemerintah", "قالت حكومتها", Lang::Ar));
        assert!(is_rendered("pemerintah", "الحكومات الثلاث", Lang::Ar));
        assert!(is_rendered("banjir", "洪水淹没了村庄", Lang::Zh));
        assert!(!is_rendered("banjir", "大雨持续", Lang::Zh));
    }

    #[test]
    fn knows_ordinary_arabic_words_not_foreign_names() {
        assert!(is_arabic_word("غالبا"));
        assert!(is_arabic_word("حكومة"));
        assert!(is_arabic_word("أغلبية"));
        assert!(!is_arabic_word("سودراجاد"));
        assert!(!is_arabic_word("وغالبا"));
        assert!(through_english("research", Lang::Ar).any(|t| t == "بحث"));
    }

    #[test]
    fn folds_arabic_spelling() {
        assert_eq!(ar_fold("إتّحاد"), "اتحاد");
        assert!(ar_matches("اتحاد", &ar_fold("والاتحاد")));
        assert!(ar_matches("حكومة", "حكومتنا"));
        assert!(!ar_matches("حكومة", "حكومي"));
    }
}
