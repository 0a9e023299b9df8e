//! Anchors: what survives translation and tells which sentences belong together. Numbers
//! (read across scripts and separators: `3.000`, `3,000`, `٣٠٠٠` and `3 000` are one key; trailing
//! zeros are dropped so `1,5 juta`, `1.5 million` and `150万` meet) and Latin-script words that
//! look like names or acronyms (capitalised, not opening the sentence, in Latin-script text; any
//! Latin word in Chinese, Japanese or Arabic text). Small numbers spelled out in Indonesian,
//! English or French (`delapan`, `eight`, `huit`: `number_words.txt`) are kept apart: they are
//! not anchors, but they answer the same number written in digits on the other side.
//!
//! Each sentence gets a sorted, de-duplicated list of 64-bit keys; `Anchors` keeps all lists in
//! one flat vector so the alignment does not allocate per cell.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

use super::sounds;
use crate::analyse::Lang;
use crate::text::arabic_sound;

static NUMBER_WORDS_TXT: &str = include_str!("number_words.txt");

/// (language code, lower-case word) -> the number key of its value.
static NUMBER_WORDS: LazyLock<HashMap<(&'static str, &'static str), u64>> = LazyLock::new(|| {
    NUMBER_WORDS_TXT
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let mut f = l.split('\t');
            let (lang, word, value) = (f.next()?, f.next()?, f.next()?);
            let mut key = NumberKey::default();
            for c in value.chars() {
                key.push(digit(c)?);
            }
            Some(((lang, word), key.finish()))
        })
        .collect()
});

/// Keys with this bit set are numbers; the rest are words.
pub(super) const NUMBER_BIT: u64 = 1 << 63;

/// The anchor keys of every sentence of one side, flat.
#[derive(Debug, Default)]
pub(super) struct Anchors {
    keys: Vec<u64>,
    starts: Vec<usize>,
    /// Number keys of the numbers each sentence spells out as words (`number_words.txt`): not
    /// anchors themselves (a spelled number is often left as a word in translation), but they
    /// answer a number written in digits on the other side.
    spelled: Vec<u64>,
    spelled_starts: Vec<usize>,
    /// Latin-script text: the consonant skeleton (`sounds`) of each word anchor, by key. Arabic
    /// text: the skeletons its words may stand for, per sentence, sorted.
    name_sounds: HashMap<u64, u64>,
    sounds: Vec<u64>,
    sounds_starts: Vec<usize>,
}

impl Anchors {
    /// Anchors of each of `sentences` (byte ranges in `text`).
    pub(super) fn new<'a>(
        text: &str,
        ranges: impl Iterator<Item = &'a Range<usize>>,
        lang: Lang,
    ) -> Self {
        let mut out = Self {
            keys: Vec::new(),
            starts: vec![0],
            spelled: Vec::new(),
            spelled_starts: vec![0],
            name_sounds: HashMap::new(),
            sounds: Vec::new(),
            sounds_starts: vec![0],
        };
        let mut skeletons = Vec::new();
        for r in ranges {
            let (from, spelled_from) = (out.keys.len(), out.spelled.len());
            extract(&text[r.clone()], lang, &mut out.keys, &mut out.name_sounds);
            let sounds_from = out.sounds.len();
            if lang == Lang::Ar {
                let sentence = &text[r.clone()];
                for w in arabic_sound::arabic_words(sentence)
                    .into_iter()
                    .map(|w| &sentence[w])
                {
                    if w.chars().count() >= 3 {
                        skeletons.clear();
                        sounds::arabic_skeletons(w, &mut skeletons);
                        out.sounds.extend(skeletons.iter().map(|k| word_key(k)));
                    }
                }
            }
            sort_dedup(&mut out.sounds, sounds_from);
            out.sounds_starts.push(out.sounds.len());
            sort_dedup(&mut out.keys, from);
            out.starts.push(out.keys.len());
            spelled_numbers(&text[r.clone()], lang, &mut out.spelled);
            sort_dedup(&mut out.spelled, spelled_from);
            out.spelled_starts.push(out.spelled.len());
        }
        out
    }

    /// The keys of sentence `i`.
    pub(super) fn of(&self, i: usize) -> &[u64] {
        &self.keys[self.starts[i]..self.starts[i + 1]]
    }

    /// The skeleton of the Latin-script word anchor `key`, if it has one.
    pub(super) fn sound_of(&self, key: u64) -> Option<u64> {
        self.name_sounds.get(&key).copied()
    }

    /// Whether Arabic sentence `i` has a word that may write the skeleton `sound`.
    pub(super) fn sounds_like(&self, i: usize, sound: u64) -> bool {
        self.sounds[self.sounds_starts[i]..self.sounds_starts[i + 1]]
            .binary_search(&sound)
            .is_ok()
    }

    /// The number keys that sentence `i` spells out as words.
    pub(super) fn spelled(&self, i: usize) -> &[u64] {
        &self.spelled[self.spelled_starts[i]..self.spelled_starts[i + 1]]
    }
}

/// Sorts `v[from..]` and removes its duplicates.
fn sort_dedup(v: &mut Vec<u64>, from: usize) {
    v[from..].sort_unstable();
    let mut w = from;
    for k in from..v.len() {
        if w == from || v[w - 1] != v[k] {
            v[w] = v[k];
            w += 1;
        }
    }
    v.truncate(w);
}

/// Pushes the number keys of the number words of one sentence.
fn spelled_numbers(s: &str, lang: Lang, out: &mut Vec<u64>) {
    if !matches!(lang, Lang::Id | Lang::En | Lang::Fr) {
        return;
    }
    let code = lang.code();
    let mut buf = String::new();
    for word in s.split(|c: char| !c.is_alphabetic()) {
        if word.len() < 3 || word.len() > 8 {
            continue;
        }
        buf.clear();
        buf.extend(word.chars().flat_map(char::to_lowercase));
        if let Some(&k) = NUMBER_WORDS.get(&(code, buf.as_str())) {
            out.push(k);
        }
    }
}

/// The value of a decimal digit in any of the scripts news text uses.
fn digit(c: char) -> Option<u64> {
    let v = match c {
        '0'..='9' => c as u32 - '0' as u32,
        '٠'..='٩' => c as u32 - '٠' as u32,
        '۰'..='۹' => c as u32 - '۰' as u32,
        '０'..='９' => c as u32 - '０' as u32,
        _ => return None,
    };
    Some(u64::from(v))
}

/// Pushes the anchor keys of one sentence.
fn extract(s: &str, lang: Lang, out: &mut Vec<u64>, name_sounds: &mut HashMap<u64, u64>) {
    let latin_text = matches!(lang, Lang::Id | Lang::En | Lang::Fr);
    let mut chars = s.char_indices().peekable();
    let mut first_word = true;
    while let Some((i, c)) = chars.next() {
        if let Some(v) = digit(c) {
            let mut key = NumberKey::default();
            key.push(v);
            while let Some(&(j, d)) = chars.peek() {
                if let Some(v) = digit(d) {
                    key.push(v);
                } else if !(matches!(d, '.' | ',' | '٫' | '٬' | '\u{a0}' | '\u{202f}')
                    && s[j + d.len_utf8()..]
                        .chars()
                        .next()
                        .and_then(digit)
                        .is_some())
                {
                    break;
                }
                chars.next();
            }
            out.push(key.finish());
            first_word = false;
            continue;
        }
        if is_latin_letter(c) {
            let start = i;
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = chars.peek() {
                if !is_latin_letter(d) {
                    break;
                }
                end = j + d.len_utf8();
                chars.next();
            }
            let word = &s[start..end];
            let was_first = std::mem::replace(&mut first_word, false);
            if word.chars().count() < 2 {
                continue;
            }
            if latin_text {
                let has_upper = word.chars().any(char::is_uppercase);
                let all_upper = !word.chars().any(char::is_lowercase);
                if !has_upper || (was_first && !all_upper) {
                    continue;
                }
            }
            let key = word_key(word);
            out.push(key);
            if lang == Lang::Id && !name_sounds.contains_key(&key) {
                let sk = sounds::latin_skeleton(word);
                if sk.chars().count() >= sounds::MIN_CONSONANTS {
                    name_sounds.insert(key, word_key(&sk));
                }
            }
        } else if c.is_alphabetic() {
            first_word = false;
        }
    }
}

fn is_latin_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || (c.is_alphabetic() && ('\u{c0}'..'\u{250}').contains(&c))
}

/// Key of a number, built digit by digit: its digits without leading or trailing zeros, so
/// scale words do not matter (`1,5 juta` = `1.5 million` = `150万`).
#[derive(Default)]
struct NumberKey {
    hash: u64,
    len: u64,
    pending_zeros: u64,
}

impl NumberKey {
    fn push(&mut self, d: u64) {
        if d == 0 {
            self.pending_zeros += u64::from(self.len > 0);
            return;
        }
        for _ in 0..std::mem::take(&mut self.pending_zeros) {
            self.add(0);
        }
        self.add(d);
    }

    fn add(&mut self, d: u64) {
        self.hash = (self.hash ^ (d + 1)).wrapping_mul(0x0000_0100_0000_01b3);
        self.len += 1;
    }

    fn finish(&self) -> u64 {
        (self.hash ^ self.len.wrapping_mul(0x9e37_79b9_7f4a_7c15)) | NUMBER_BIT
    }
}

/// Key of a word, case-folded (FNV-1a over the lower-cased characters).
fn word_key(word: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for c in word.chars().flat_map(char::to_lowercase) {
        h = (h ^ u64::from(c as u32)).wrapping_mul(0x0000_0100_0000_01b3);
    }
    h & !NUMBER_BIT
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(s: &str, lang: Lang) -> Vec<u64> {
        let r = 0..s.len();
        Anchors::new(s, std::iter::once(&r), lang).of(0).to_vec()
    }

    #[test]
    fn reads_numbers_across_scripts_and_separators() {
        let id = keys("Harga naik menjadi 3.000 rupiah, atau 1,5 juta.", Lang::Id);
        let en = keys("Prices rose to 3,000 rupiah, or 1.5 million.", Lang::En);
        let ar = keys("ارتفعت الأسعار إلى ٣٠٠٠ روبية أو 1.5 مليون.", Lang::Ar);
        let zh = keys("价格涨到3000印尼盾，即150万。", Lang::Zh);
        assert_eq!(id, en);
        assert_eq!(id, ar);
        assert_eq!(id, zh);
    }

    #[test]
    fn number_words_parse_sorted_without_duplicates() {
        let rows: Vec<(&str, &str)> = NUMBER_WORDS_TXT
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split('\t').next().zip(l.split('\t').nth(1)))
            .collect();
        assert!(NUMBER_WORDS_TXT.starts_with("# Number words"));
        assert_eq!(rows.len(), NUMBER_WORDS.len());
        assert!(
            rows.windows(2).all(|w| w[0] < w[1]),
            "not sorted or duplicated"
        );
    }

    #[test]
    fn reads_spelled_numbers_as_number_keys() {
        let r = 0..0;
        let id = "Delapan orang tahanan terlibat.";
        let ri = 0..id.len();
        let a = Anchors::new(id, [&ri, &r].into_iter(), Lang::Id);
        assert!(a.of(0).is_empty());
        assert_eq!(a.spelled(0), keys("8 名囚犯", Lang::Zh));
        assert!(a.spelled(1).is_empty());
        let en = "The ministry hired ten more inspectors.";
        let re = 0..en.len();
        let b = Anchors::new(en, std::iter::once(&re), Lang::En);
        assert_eq!(b.spelled(0), keys("10", Lang::Id));
    }

    #[test]
    fn keeps_names_but_not_the_opening_word() {
        let id = keys("Presiden Joko Widodo bertemu PBB di New York.", Lang::Id);
        let en = keys("President Joko Widodo met the UN in New York.", Lang::En);
        let shared = id.iter().filter(|k| en.contains(k)).count();
        assert_eq!(shared, 4); // Joko, Widodo, New, York
        let ja = keys("ジョコ大統領はNew Yorkで会った。", Lang::Ja);
        assert_eq!(ja.len(), 2);
    }
}
