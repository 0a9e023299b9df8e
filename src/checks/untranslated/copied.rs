//! `untranslated/copied`: the translation is the source sentence itself, or nearly so.

use super::{function_words, letters_key};
use crate::analyse::Lang;
use crate::analyse::Side;
use crate::checks::{
    Check, DocView, Examples, Findings, Kind, MqmCategory, RuleMeta, Severity, quote,
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
itself, letter for letter or nearly (spacing, case and punctuation aside).\n\
Why it matters: readers of the English, French, Chinese, Japanese or Arabic edition get a \
sentence they cannot read; it usually means the translation step failed or was skipped.\n\
Example: the source \"Harga cabai naik tajam menjelang Lebaran.\" appears unchanged in the \
English translation.\n\
Known false alarms: a sentence that is only names, a title or a quotation kept in the \
original on purpose; such a copy is only reported when it contains Indonesian words or reads \
as Indonesian.",
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
        for (i, unit) in doc.units.iter().enumerate() {
            if unit.is_paired() {
                if is_copy(&unit.src, &unit.hyp) {
                    report(out, unit.index, &unit.src, &unit.hyp).src(0..unit.src.text.len());
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
                    report(out, unit.index, &v.src, &unit.hyp);
                }
            }
        }
    }
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

    #[test]
    fn allows_a_french_quotation_in_the_source() {
        assert_clean(
            &Copied,
            ("id", "« C'est la vie », dit-il."),
            ("fr", "« C'est la vie », dit-il."),
        );
    }
}
