//! `untranslated/copied`: the translation is the source sentence itself, or nearly so; or the
//! whole translation is in the source's own language (one critical finding for the article).
//!
//! The whole translation is untranslated when its language, as the pipeline decided it (the
//! one stated, else the one the text reads as), is the source's own: a translation from
//! Indonesian into Indonesian is none, whatever the target was to be. It is too when the
//! target is another language but the text is the source language all the same: for an
//! Indonesian source, Indonesian function words (a closed class English and French news never
//! use as words, `lexicon::function_words`) make a fifth of its words, as in running
//! Indonesian, where a translation has next to none; for any source, most of its text is
//! copied sentences. Sentence by sentence, a copy is major; the whole article is critical, and
//! then its sentences are not reported one by one.

use super::{function_words, letters_key};
use crate::analyse::{Lang, Side, lang};
use crate::checks::{
    Check, DocView, Examples, Findings, Kind, MqmCategory, RuleMeta, Severity, UnitView, quote,
};
use crate::lexicon::common;

/// A sentence copied from the source instead of translated.
pub struct Copied;

static META: RuleMeta = RuleMeta {
    id: "untranslated/copied",
    kind: Kind::Untranslated,
    category: MqmCategory::AccuracyUntranslated,
    default_severity: Severity::Major,
    summary: "the translation repeats the source sentence untranslated",
    explain: "What it catches: a translated sentence that is the Indonesian source sentence \
itself, letter for letter or nearly (spacing, case and punctuation aside): major. A whole \
translation in the source's own language (the source file given again as the translation, \
or a text that is Indonesian throughout where English was asked for) is one critical finding \
for the article, on its first sentence, instead of one per sentence.\n\
Why it matters: readers of the English, French, Chinese, Japanese or Arabic edition get a \
sentence they cannot read; it usually means the translation step failed or was skipped.\n\
Example: the source \"Harga cabai naik tajam menjelang Lebaran.\" appears unchanged in the \
English translation.\n\
Known false alarms: a sentence that is only names, a title or a quotation kept in the \
original on purpose; such a copy is only reported when it contains Indonesian words or reads \
as Indonesian. A whole article is reported only when its language is the source's, or a \
fifth of its words are Indonesian function words (which translations keep only inside \
quoted names), or most of its text is copied sentences.",
    examples: Examples {
        flags: (
            "id",
            "Harga cabai naik tajam menjelang Lebaran di seluruh Jawa.",
            "en",
            "Harga cabai naik tajam menjelang Lebaran di seluruh Jawa.",
        ),
        allows: (
            "id",
            "Persija Jakarta vs Persib Bandung",
            "en",
            "Persija Jakarta vs Persib Bandung",
        ),
    },
};

/// Share of a translation's words that are Indonesian function words from which the whole
/// translation is Indonesian. On qa-bench dev, Indonesian sentences have a median of 36% and
/// nine in ten have 22% or more; whole articles (align-bench dev) 28% or more; the clean
/// translations beside them have at most one such word (the list holds no word of English or
/// French, and "Dan" is a name).
const WHOLE_FUNCTION_WORD_SHARE: f64 = 0.2;
/// Fewest such words for that verdict, so that one short quoted phrase does not make it.
const WHOLE_MIN_FUNCTION_WORDS: usize = 3;
/// A text that is Indonesian throughout has at most one target-language function word per
/// this many Indonesian ones (a quoted English phrase), and a half-translated one more.
const TARGET_FUNCTION_WORDS_PER: usize = 5;
/// ... or, for a Chinese, Japanese or Arabic target, at most this share of its letters in
/// the target's script.
const TARGET_SCRIPT_SHARE: f64 = 0.1;
/// Share of a translation's letters in copied sentences from which the whole is a copy.
const WHOLE_COPIED_SHARE: f64 = 0.8;

/// Two keys this similar are the same sentence with a typo or a word changed.
const NEAR_COPY: f64 = 0.9;
/// Longest key compared letter by letter (the comparison is quadratic; a longer unit is a
/// copy only when it is exactly the source).
const MAX_FUZZY_BYTES: usize = 4000;

impl Check for Copied {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_document(&self, doc: &DocView<'_>, out: &mut Findings) {
        // Each copied sentence with the source sentence it copies.
        let mut copies: Vec<(&UnitView<'_>, &Side<'_>)> = Vec::new();
        for (i, unit) in doc.units.iter().enumerate() {
            if unit.is_paired() {
                if is_copy(&unit.src, &unit.hyp) {
                    copies.push((unit, &unit.src));
                }
            } else if unit.is_addition() {
                // The aligner cannot pair a copy with its source by length when the target
                // language is much shorter (Chinese, Japanese): it leaves a dropped source
                // sentence beside an added translated one. Look at that neighbour.
                let neighbour = [i.checked_sub(1), Some(i + 1)]
                    .into_iter()
                    .flatten()
                    .filter_map(|j| doc.units.get(j))
                    .find(|v| v.is_omission() && is_copy(&v.src, &unit.hyp));
                if let Some(v) = neighbour {
                    copies.push((unit, &v.src));
                }
            }
        }
        if report_whole(doc, &copies, out) {
            return;
        }
        for (unit, src) in copies {
            let f = report(out, unit.index, src, &unit.hyp);
            if unit.is_paired() {
                f.src(0..unit.src.text.len());
            }
        }
    }
}

/// Reports the whole translation as untranslated (critical, on its first translated unit)
/// when it is in the source's own language; see the module docs. Returns whether it did.
fn report_whole(
    doc: &DocView<'_>,
    copies: &[(&UnitView<'_>, &Side<'_>)],
    out: &mut Findings,
) -> bool {
    let Some(first) = doc.units.iter().find(|u| !u.hyp.is_empty()) else {
        return false;
    };
    let (src_lang, hyp_lang) = (first.src.lang, first.hyp.lang);
    if !doc.units.iter().any(|u| has_letters(u.src.text)) {
        return false;
    }
    let letters = |units: &mut dyn Iterator<Item = &UnitView<'_>>| -> usize {
        units
            .map(|u| u.hyp.text.chars().filter(|c| c.is_alphabetic()).count())
            .sum()
    };
    let all_letters = letters(&mut doc.units.iter());
    let copied_letters = letters(&mut copies.iter().map(|(u, _)| *u));
    let (mut words, mut function, mut target_function) = (0, 0, 0);
    let mut scripts = lang::ScriptMix::default();
    for u in doc.units {
        words += u
            .hyp
            .tokens()
            .iter()
            .filter(|t| t.lower.chars().any(char::is_alphabetic))
            .count();
        function += function_words(&u.hyp);
        target_function += u
            .hyp
            .tokens()
            .iter()
            .filter(|t| {
                crate::lexicon::function_words::is_function_word(
                    hyp_lang,
                    &u.hyp.text[t.span.clone()],
                )
            })
            .count();
        let s = u.hyp.detected().scripts;
        scripts.latin += s.latin;
        scripts.han += s.han;
        scripts.kana += s.kana;
        scripts.arabic += s.arabic;
        scripts.other += s.other;
    }
    let target_letters = match hyp_lang {
        Lang::Zh => scripts.han,
        Lang::Ja => scripts.han + scripts.kana,
        Lang::Ar => scripts.arabic,
        Lang::Id | Lang::En | Lang::Fr => 0,
    };
    let nothing_of_the_target = target_function * TARGET_FUNCTION_WORDS_PER <= function
        && target_letters as f64 <= TARGET_SCRIPT_SHARE * scripts.letters().max(1) as f64;
    let message = if src_lang == hyp_lang {
        format!(
            "the translation is in {}, the language of the source: it has not been translated",
            src_lang.name()
        )
    } else if let Some((unit, src)) = copies.first()
        && copied_letters as f64 >= WHOLE_COPIED_SHARE * all_letters as f64
    {
        format!(
            "the translation is the source text, left in {}: it has not been translated into {}",
            copy_language(src, &unit.hyp),
            hyp_lang.name()
        )
    } else if src_lang == Lang::Id
        && function >= WHOLE_MIN_FUNCTION_WORDS
        && function as f64 >= WHOLE_FUNCTION_WORD_SHARE * words as f64
        && nothing_of_the_target
    {
        format!(
            "the translation is in {}, the language of the source, not in {}: it has not been translated",
            src_lang.name(),
            hyp_lang.name()
        )
    } else {
        return false;
    };
    let suggestion = if src_lang == hyp_lang {
        "translate the article (and check that the right file was given as the translation)"
            .to_string()
    } else {
        format!("translate the article into {}", hyp_lang.name())
    };
    out.flag_in(first.index, &META, message)
        .hyp(0..first.hyp.text.len())
        .severity(Severity::Critical)
        .suggest(suggestion);
    true
}

fn has_letters(text: &str) -> bool {
    text.chars().any(char::is_alphabetic)
}

fn report<'o>(
    out: &'o mut Findings,
    unit: usize,
    src: &Side<'_>,
    hyp: &Side<'_>,
) -> &'o mut crate::checks::RawFinding {
    out.flag_in(
        unit,
        &META,
        format!(
            "the sentence {} was left in {}: it is not translated into {}",
            quote(hyp.text),
            copy_language(src, hyp),
            hyp.lang.name()
        ),
    )
    .hyp(0..hyp.text.len())
    .suggest(format!("translate the sentence into {}", hyp.lang.name()))
}

/// The language the copied text is in: the source's, unless it reads as another one (a French
/// quotation in an Indonesian article).
fn copy_language(src: &Side<'_>, hyp: &Side<'_>) -> &'static str {
    let guess = hyp.detected();
    if let Some(l) = guess.lang
        && guess.is_reliable
        && l != hyp.lang
        && l != src.lang
    {
        return l.name();
    }
    reads_as_english_or_french(hyp)
        .filter(|_| function_words(hyp) == 0)
        .map_or(src.lang.name(), Lang::name)
}

/// English or French, when `hyp` (in another target language) has two function words of it and
/// none of its own language's: a line too short for whatlang.
fn reads_as_english_or_french(hyp: &Side<'_>) -> Option<Lang> {
    let function_words_of = |lang: Lang| {
        hyp.tokens()
            .iter()
            .filter(|t| crate::lexicon::function_words::is_function_word(lang, &t.lower))
            .count()
    };
    if function_words_of(hyp.lang) > 0 {
        return None;
    }
    [Lang::En, Lang::Fr]
        .into_iter()
        .find(|&l| l != hyp.lang && function_words_of(l) >= 2)
}

/// Whether `hyp` is `src` copied, and the copy is source-language text rather than names.
fn is_copy(src: &Side<'_>, hyp: &Side<'_>) -> bool {
    if hyp.lang == src.lang {
        return false;
    }
    let (src_key, hyp_key) = (letters_key(src.text), letters_key(hyp.text));
    if src_key.chars().count() < 4 {
        return false;
    }
    let is_copy = src_key == hyp_key || {
        let (a, b) = (src_key.len() as f64, hyp_key.len() as f64);
        a.min(b) / a.max(b) > NEAR_COPY
            && src_key.len() <= MAX_FUZZY_BYTES
            && strsim::normalized_levenshtein(&src_key, &hyp_key) >= NEAR_COPY
    };
    if !is_copy {
        return false;
    }
    // A copy of names only ("Persija Jakarta vs Persib Bandung") is a correct translation.
    // whatlang calls a line of Indonesian names Indonesian, so its verdict needs running text
    // (lowercase words) beside it.
    let guess = hyp.detected();
    let lowercase_words = hyp
        .tokens()
        .iter()
        .filter(|t| hyp.text[t.span.clone()].starts_with(char::is_lowercase))
        .count();
    let reads_as_source = guess.lang == Some(src.lang) && guess.is_reliable && lowercase_words >= 2;
    // The source line is itself in a third language (a quotation left in French): its copy is
    // untranslated all the same.
    let other_function_words = reads_as_english_or_french(hyp).is_some();
    let reads_as_other = src_key == hyp_key
        && lowercase_words >= 2
        && (guess.is_reliable && guess.lang.is_some_and(|l| l != hyp.lang)
            // too short for whatlang: running text in Latin script left in a Chinese, Japanese
            // or Arabic translation, or another language's function words and none of the target's
            || matches!(hyp.lang, Lang::Zh | Lang::Ja | Lang::Ar) && lowercase_words >= 3
            || other_function_words);
    // An Indonesian headline copied into Chinese, Japanese or Arabic: capitalised, but with
    // words built by Indonesian affixes ("Penemu", "Pencacah"), which names are not.
    let source_words_in_other_script = src.lang == Lang::Id
        && matches!(hyp.lang, Lang::Zh | Lang::Ja | Lang::Ar)
        && hyp
            .tokens()
            .iter()
            .filter(|t| common::is_derived_id(&t.lower))
            .count()
            >= 2;
    reads_as_source
        || reads_as_other
        || source_words_in_other_script
        || (src.lang == Lang::Id && function_words(hyp) > 0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::testing::{assert_clean, assert_flags};

    #[test]
    fn flags_sentence_copied_into_french() {
        assert_flags(
            &Copied,
            (
                "id",
                "Polisi menangkap dua tersangka pencurian sepeda motor di Medan.",
            ),
            (
                "fr",
                "Polisi menangkap dua tersangka pencurian sepeda motor di Medan.",
            ),
            "untranslated/copied",
        );
    }

    #[test]
    fn flags_capitalised_headline_copied_into_chinese() {
        assert_flags(
            &Copied,
            ("id", "Sorotan: Pencarian Korban Banjir Dilanjutkan"),
            ("zh", "Sorotan: Pencarian Korban Banjir Dilanjutkan"),
            "untranslated/copied",
        );
    }

    #[test]
    fn flags_a_quotation_in_a_third_language_copied() {
        assert_flags(
            &Copied,
            ("id", "Nous devons le faire ensemble, et maintenant."),
            ("ja", "Nous devons le faire ensemble, et maintenant."),
            "untranslated/copied",
        );
    }

    #[test]
    fn flags_a_short_french_line_copied_into_english_and_japanese() {
        for lang in ["en", "ja"] {
            assert_flags(
                &Copied,
                ("id", "Il le faut bien, dit-il."),
                (lang, "Il le faut bien, dit-il."),
                "untranslated/copied",
            );
        }
    }

    #[test]
    fn names_the_language_a_copied_quotation_is_in() {
        let found = crate::checks::testing::run(
            &Copied,
            ("id", "Il le faut bien, dit-il."),
            ("ja", "Il le faut bien, dit-il."),
        );
        assert!(
            found.iter().any(|f| f.message.contains("left in French")),
            "{found:#?}"
        );
    }

    #[test]
    fn allows_names_only_kept_in_chinese() {
        assert_clean(
            &Copied,
            ("id", "Persija Jakarta vs Persib Bandung"),
            ("zh", "Persija Jakarta vs Persib Bandung"),
        );
    }

    #[test]
    fn flags_copy_with_small_changes_into_arabic() {
        assert_flags(
            &Copied,
            ("id", "Menurut BMKG, gempa itu tidak berpotensi tsunami."),
            ("ar", "Menurut BMKG gempa itu tidak berpotensi tsunami"),
            "untranslated/copied",
        );
    }

    #[test]
    fn flags_copy_in_japanese_edition() {
        assert_flags(
            &Copied,
            (
                "id",
                "Dia mengatakan bahwa jembatan itu akan selesai dibangun tahun depan.",
            ),
            (
                "ja",
                "Dia mengatakan bahwa jembatan itu akan selesai dibangun tahun depan.",
            ),
            "untranslated/copied",
        );
    }

    #[test]
    fn allows_names_kept_as_they_are() {
        assert_clean(
            &Copied,
            ("id", "Arsenal 2, Chelsea 0"),
            ("en", "Arsenal 2, Chelsea 0"),
        );
    }

    const ARTICLE: &str = "Pemerintah Kota Surabaya membuka 25 taman baru sepanjang tahun ini. \
Wali Kota mengatakan taman-taman itu terbuka untuk umum setiap hari. \
Setiap taman dilengkapi lampu tenaga surya dan keran air minum.";

    /// The findings on an article, with their severities.
    fn whole(src: (&str, &str), hyp: (&str, &str)) -> Vec<(Option<Severity>, String)> {
        crate::checks::testing::run(&Copied, src, hyp)
            .into_iter()
            .map(|f| (f.severity, f.message))
            .collect()
    }

    #[test]
    fn flags_the_source_given_again_as_the_english_translation() {
        let found = whole(("id", ARTICLE), ("en", ARTICLE));
        assert_eq!(found.len(), 1, "one finding for the article: {found:#?}");
        assert_eq!(found[0].0, Some(Severity::Critical));
        assert_eq!(
            found[0].1,
            "the translation is the source text, left in Indonesian: it has not been translated into English"
        );
    }

    #[test]
    fn flags_a_translation_in_the_source_language_whatever_it_says() {
        // The target language was not given and the text reads as Indonesian: "id -> id".
        let hyp = "Pemkot Surabaya telah membuka 25 taman baru tahun ini. Semua taman terbuka bagi warga.";
        let found = whole(("id", ARTICLE), ("id", hyp));
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found[0].0, Some(Severity::Critical));
        assert!(
            found[0].1.contains("it has not been translated"),
            "{found:#?}"
        );
    }

    #[test]
    fn flags_an_indonesian_rewrite_where_english_was_asked_for() {
        let hyp = "Pemkot Surabaya telah membuka 25 taman baru tahun ini. Menurut wali kota, semua \
taman itu terbuka bagi warga setiap hari. Tiap taman memiliki lampu surya dan keran air.";
        let found = whole(("id", ARTICLE), ("en", hyp));
        assert!(
            found.iter().any(|f| f.0 == Some(Severity::Critical)),
            "{found:#?}"
        );
    }

    #[test]
    fn allows_an_english_translation_full_of_indonesian_names() {
        let src = "Dan Satriana dari Partai Persatuan Pembangunan tiba di Jakarta.";
        let hyp = "Dan Satriana of the Partai Persatuan Pembangunan arrived in Jakarta.";
        assert!(whole(("id", src), ("en", hyp)).is_empty());
    }

    #[test]
    fn allows_an_article_half_translated_as_one_article() {
        // One sentence left in Indonesian is that sentence's finding, major; the article as a
        // whole is translated.
        let hyp = "The Surabaya city government opened 25 new parks this year. \
Wali Kota mengatakan taman-taman itu terbuka untuk umum setiap hari. \
Each park is equipped with solar-powered lamps and drinking water taps.";
        let found = whole(("id", ARTICLE), ("en", hyp));
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found[0].0, None, "the rule's default severity: {found:#?}");
        assert!(found[0].1.starts_with("the sentence"), "{found:#?}");
    }

    #[test]
    fn allows_a_french_quotation_in_the_source() {
        assert_clean(
            &Copied,
            ("id", "« C'est la vie », dit-il."),
            ("fr", "« C'est la vie », dit-il."),
        );
    }
}
