//! `wrong-language/sentence`: a translated sentence written in another language than the one
//! asked for (French in the English edition, Japanese in the Chinese one).
//!
//! Only acts when detection is safe (see `analyse::lang` and `spec/crates.md` Part B): the script
//! decides Chinese, Japanese and Arabic; a reliable verdict of `analyse::lang` (whatlang, or
//! lingua on short lines, read without the names) decides between Latin-script languages, and
//! names a language outside the supported set (German, Spanish ...); and the sentence must be
//! long enough and made of more than names kept from the source. A sentence left in the source language is `untranslated/copied`'s finding.

use std::collections::HashSet;

use crate::analyse::Lang;
use crate::analyse::tokens::{self, is_cjk_char};
use crate::checks::untranslated::letters_key;
use crate::checks::{
    Check, DocView, Examples, Findings, Kind, MqmCategory, RuleMeta, Severity, UnitView, quote,
};
use crate::lexicon::{common, function_words};

/// A translation in the wrong language.
pub struct WrongLanguage;

static META: RuleMeta = RuleMeta {
    id: "wrong-language/sentence",
    kind: Kind::WrongLanguage,
    category: MqmCategory::OtherWrongLanguage,
    default_severity: Severity::Major,
    summary: "the translation is in another language than the target",
    explain: "What it catches: a translated sentence written in another language than the \
edition's: English or French where Arabic was asked for, Japanese in the Chinese edition, \
Chinese in the Japanese one, Malay or Indonesian in the English one, or a language the \
newsroom does not publish in (German, Spanish, Portuguese, Italian, Dutch, Tagalog).\n\
Why it matters: the sentence is unreadable for the edition's readers, and it usually means a \
translation from another edition was pasted in.\n\
Example: the French edition contains \"The minister resigned on Friday after a week of \
protests.\"\n\
Known false alarms: a long quotation or a title kept in its original language on purpose; a \
Japanese headline written in kanji only. Short sentences and sentences made only of names are \
never reported, and names do not count towards a language: an English sentence listing \
Indonesian districts is English.",
    examples: Examples {
        flags: (
            "id",
            "Menteri itu mengundurkan diri pada hari Jumat setelah sepekan unjuk rasa.",
            "fr",
            "The minister resigned on Friday after a week of protests in the capital.",
        ),
        allows: (
            "id",
            "Menteri itu mengundurkan diri pada hari Jumat setelah sepekan unjuk rasa.",
            "fr",
            "Le ministre a démissionné vendredi après une semaine de manifestations.",
        ),
    },
};

/// Fewest Latin letters for whatlang's verdict between Latin-script languages to be trusted
/// (Part B: reliable verdicts on 40-character snippets were right 99.8% of the time).
const MIN_LATIN_LETTERS: usize = 15;
/// Fewest Latin letters to call a sentence foreign where another script is expected.
const MIN_LATIN_SCRIPT_LETTERS: usize = 10;
/// Fewest Han and kana characters to call a sentence Chinese or Japanese by script.
const MIN_CJK_CHARS: usize = 8;
/// Fewest Arabic letters to call a sentence Arabic by script.
const MIN_ARABIC_LETTERS: usize = 15;
/// Fewest function words of another language, with none of the target's, to call a short
/// Latin-script sentence foreign ("They bullied me!" has two).
const MIN_FUNCTION_WORDS: usize = 2;
/// Fewest words not found in the source, so that a line of names is not taken for a language.
const MIN_OWN_WORDS: usize = 2;
/// Words clearly of the other of English and French (`common::is_only`), with none of the
/// target's, that make a short line that language.
const MIN_ONLY_WORDS: usize = 3;

impl Check for WrongLanguage {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_document(&self, doc: &DocView<'_>, out: &mut Findings) {
        let Some(first) = doc.units.first() else {
            return;
        };
        // Words found anywhere in the source are names or quotations kept as they are, even
        // when the aligner paired them with another source sentence.
        let src_tokens = tokens::tokenize(first.src.record_text, first.src.lang);
        let src_words: HashSet<&str> = src_tokens.iter().map(|t| t.lower.as_str()).collect();
        for unit in doc.units.iter().filter(|u| u.is_paired()) {
            check_unit(unit, &src_words, out);
        }
    }
}

fn check_unit(unit: &UnitView<'_>, src_words: &HashSet<&str>, out: &mut Findings) {
    let Some(shown) = other_language(unit, src_words) else {
        return;
    };
    out.flag_in(
        unit.index,
        &META,
        format!(
            "{} is in {shown}, not in {}",
            quote(unit.hyp.text),
            unit.hyp.lang.name()
        ),
    )
    .hyp(0..unit.hyp.text.len())
    .suggest(format!(
        "translate the source sentence into {}",
        unit.hyp.lang.name()
    ));
}

/// The language the translation is written in instead of the target, named for the message,
/// when the evidence is safe.
fn other_language(unit: &UnitView<'_>, src_words: &HashSet<&str>) -> Option<&'static str> {
    let target = unit.hyp.lang;
    let guess = unit.hyp.detected();
    let s = guess.scripts;
    let letters = s.letters();
    if letters == 0 {
        return None;
    }
    let share = |n: usize| n as f64 / letters as f64;
    // Japanese always writes kana; Chinese never does. A few katakana may be a Japanese name
    // in Chinese text, so the share of kana must be real.
    if target == Lang::Zh && s.kana >= 3 && share(s.kana) >= 0.1 && s.han + s.kana >= MIN_CJK_CHARS
    {
        return Some(Lang::Ja.name());
    }
    if target == Lang::Ja && s.kana == 0 && s.han >= MIN_CJK_CHARS {
        return Some(Lang::Zh.name());
    }
    let cjk = s.han + s.kana;
    if !target.is_cjk() && cjk >= MIN_CJK_CHARS && share(cjk) >= 0.5 {
        return Some(if s.kana > 0 {
            Lang::Ja.name()
        } else {
            Lang::Zh.name()
        });
    }
    if target != Lang::Ar && s.arabic >= MIN_ARABIC_LETTERS && share(s.arabic) >= 0.5 {
        return Some(Lang::Ar.name());
    }
    // Latin script where another script is expected: the script decides, whatlang only names
    // the language; a line of names kept from the source is not a language.
    let latin_named = || match (guess.lang, guess.foreign) {
        (Some(Lang::Id), _) if guess.is_reliable => "Indonesian or Malay",
        (Some(l), _) if guess.is_reliable => l.name(),
        (None, Some(foreign)) if guess.is_reliable => foreign,
        _ => "a Latin-script language",
    };
    if matches!(target, Lang::Zh | Lang::Ja | Lang::Ar) {
        return (s.latin >= MIN_LATIN_SCRIPT_LETTERS
            && share(s.latin) >= 0.8
            && own_words(unit, src_words) >= MIN_OWN_WORDS
            && letters_key(unit.src.text) != letters_key(unit.hyp.text))
        .then(latin_named);
    }
    // Latin script in a Latin-script edition: whatlang's reliable verdict, or, on sentences
    // too short for it, function words of another language and none of the target's.
    if share(s.latin) < 0.8 || own_words(unit, src_words) < MIN_OWN_WORDS {
        return None;
    }
    if let Some(found) = guess.lang
        && found != target
        && guess.is_reliable
        && s.latin >= MIN_LATIN_LETTERS
    {
        if found == unit.src.lang && letters_key(unit.src.text) == letters_key(unit.hyp.text) {
            return None;
        }
        return Some(latin_named());
    }
    // A language outside the supported set (German, Spanish ...), named by detection.
    if let Some(foreign) = guess.foreign
        && guess.is_reliable
        && s.latin >= MIN_LATIN_LETTERS
    {
        return Some(foreign);
    }
    let function_words_of = |lang: Lang| {
        unit.hyp
            .tokens()
            .iter()
            .filter(|t| function_words::is_function_word(lang, &unit.hyp.text[t.span.clone()]))
            .count()
    };
    if function_words_of(target) > 0 {
        return None;
    }
    // A short English line in the French edition, or a French one in the English edition:
    // words that are clearly of that language and not the target's, and none the other way.
    let only_in = |lang: Lang| {
        unit.hyp
            .tokens()
            .iter()
            .filter(|t| !src_words.contains(t.lower.as_str()) && common::is_only(lang, &t.lower))
            .count()
    };
    let other = match target {
        Lang::En => Some(Lang::Fr),
        Lang::Fr => Some(Lang::En),
        _ => None,
    };
    if let Some(other) = other
        && only_in(other) >= MIN_ONLY_WORDS
        && only_in(target) == 0
    {
        return Some(other.name());
    }
    [Lang::En, Lang::Fr, Lang::Id]
        .into_iter()
        .filter(|&l| l != target)
        .find(|&l| function_words_of(l) >= MIN_FUNCTION_WORDS)
        .map(|l| {
            if l == Lang::Id {
                "Indonesian or Malay"
            } else {
                l.name()
            }
        })
}

/// Latin-script words of the translation that are not in the source (names kept as they are
/// do not count, nor do Chinese or Japanese characters).
fn own_words(unit: &UnitView<'_>, src_words: &HashSet<&str>) -> usize {
    unit.hyp
        .tokens()
        .iter()
        .filter(|t| {
            t.lower
                .chars()
                .any(|c| c.is_alphabetic() && !is_cjk_char(c))
                && !src_words.contains(t.lower.as_str())
        })
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::testing::{assert_clean, assert_flags};

    #[test]
    fn flags_english_in_the_arabic_edition() {
        assert_flags(
            &WrongLanguage,
            (
                "id",
                "Harga minyak dunia turun tajam setelah OPEC menaikkan produksi.",
            ),
            (
                "ar",
                "World oil prices fell sharply after OPEC decided to raise its output.",
            ),
            "wrong-language/sentence",
        );
    }

    #[test]
    fn flags_japanese_in_the_chinese_edition() {
        assert_flags(
            &WrongLanguage,
            (
                "id",
                "Gempa kuat mengguncang wilayah pesisir pada hari Sabtu.",
            ),
            ("zh", "土曜日に強い地震が沿岸地域を揺らした。"),
            "wrong-language/sentence",
        );
    }

    #[test]
    fn allows_chinese_sentence_full_of_latin_names() {
        assert_clean(
            &WrongLanguage,
            (
                "id",
                "Manchester United mengalahkan Real Madrid di Liga Champions UEFA.",
            ),
            (
                "zh",
                "Manchester United 在 UEFA Champions League 中击败了 Real Madrid。",
            ),
        );
    }

    #[test]
    fn flags_a_short_english_line_in_the_french_edition() {
        assert_flags(
            &WrongLanguage,
            ("id", "Stok beras menipis di gudang."),
            ("fr", "Rice stocks run thin in warehouses."),
            "wrong-language/sentence",
        );
    }

    #[test]
    fn flags_a_german_sentence_in_the_english_edition_as_german() {
        let found = crate::checks::testing::run(
            &WrongLanguage,
            (
                "id",
                "Pemerintah akan menurunkan pajak tahun depan, kata menteri.",
            ),
            (
                "en",
                "Die Regierung will die Steuern im nächsten Jahr deutlich senken, sagte der Minister.",
            ),
        );
        assert!(
            found.iter().any(|f| f.message.contains("is in German")),
            "{found:#?}"
        );
    }

    #[test]
    fn allows_an_english_sentence_full_of_indonesian_places() {
        assert_clean(
            &WrongLanguage,
            (
                "id",
                "Polisi dari Polres Metro Jakarta Selatan dan Polsek Pasar Minggu datang.",
            ),
            (
                "en",
                "Police from Polres Metro Jakarta Selatan and Polsek Pasar Minggu came.",
            ),
        );
    }

    #[test]
    fn allows_short_english_title_in_the_french_edition() {
        assert_clean(
            &WrongLanguage,
            ("id", "Acara itu bernama Global Citizen Festival."),
            ("fr", "L’événement s’appelle Global Citizen Festival."),
        );
    }
}
