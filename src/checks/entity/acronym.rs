//! An acronym of the source read as the English word it spells: "PEN" (Pemulihan Ekonomi
//! Nasional, the national economic recovery programme) written 笔会, "pen club". A machine that
//! does not know an acronym may take its letters for a word it knows; a translator who does not
//! know it keeps it or writes the institution out, and never puts the meaning of its letters.
//! Reported by `entity/name-altered`.

use std::ops::Range;

use super::name_altered::{find_word, has_word};
use crate::analyse::Lang;
use crate::checks::UnitView;
use crate::lexicon::{common, dictionary};

/// An acronym of the source rendered by the meaning of the word it spells.
pub(super) struct ReadAsWord<'s> {
    /// The acronym, as the source writes it.
    pub acronym: &'s str,
    /// Where the translation puts the word's meaning.
    pub rendering: Range<usize>,
}

/// The first acronym of an Indonesian source (3 to 6 capitals) that spells a common English
/// word, that the translation does not keep, and whose word's meaning stands in the translation
/// while no other word of the source means it.
pub(super) fn read_as_a_word<'s>(unit: &UnitView<'s>) -> Option<ReadAsWord<'s>> {
    // an English translation that writes the word ("Pen") cannot be told from one that keeps
    // the acronym in another case ("PhD" for "PHD")
    if unit.src.lang != Lang::Id
        || matches!(unit.hyp.lang, Lang::Id | Lang::En)
        || !unit.is_paired()
    {
        return None;
    }
    let src = unit.src.text;
    let hyp = unit.hyp.text;
    let src_lower = src.to_lowercase();
    src.split(|c: char| !c.is_alphanumeric())
        .filter(|w| (3..=6).contains(&w.len()) && w.chars().all(|c| c.is_ascii_uppercase()))
        .filter(|w| !hyp.contains(w))
        .find_map(|acronym| {
            let word = acronym.to_lowercase();
            // (the acronym itself, lowercased, is no other word of the source)
            if !common::is_common(Lang::En, &word)
                || dictionary::indonesian_for(&word)
                    .iter()
                    .any(|id| *id != word && has_word(&src_lower, id))
            {
                return None;
            }
            let rendering = rendering_of(&word, hyp, unit.hyp.lang)?;
            Some(ReadAsWord { acronym, rendering })
        })
}

/// Where `hyp` holds a translation of the English `word` (in
/// Chinese or Japanese anywhere but right after a numeral, where a character is a measure word:
/// 一笔资金 is a sum of money, not a pen).
fn rendering_of(word: &str, hyp: &str, lang: Lang) -> Option<Range<usize>> {
    // lowercased for the Latin scripts, where a span of the copy must be one of the text: a
    // letter whose lowercase is longer (İ) leaves the text as it is
    let lower = Some(hyp.to_lowercase())
        .filter(|l| l.len() == hyp.len())
        .unwrap_or_else(|| hyp.to_string());
    // through the Indonesian words the word translates, not the acronym's own entry: "nato" is
    // NATO (北约, OTAN), "pena" is a pen
    let meanings = dictionary::indonesian_for(word)
        .iter()
        .filter(|id| **id != word)
        .flat_map(|id| dictionary::translations(id, lang).iter().copied());
    meanings.into_iter().find_map(|t| {
        if lang.is_cjk() {
            hyp.match_indices(t)
                .find(|(at, _)| {
                    !hyp[..*at]
                        .chars()
                        .next_back()
                        .is_some_and(|c| c.is_numeric() || "一两二三四五六七八九十几数".contains(c))
                })
                .map(|(at, t)| at..at + t.len())
        } else {
            find_word(&lower, &t.to_lowercase()).filter(|r| hyp.get(r.clone()).is_some())
        }
    })
}

#[cfg(test)]
mod tests {
    use super::super::name_altered::NameAltered;
    use crate::checks::testing::{assert_clean, assert_flags};

    const SRC: &str = "Menurut Ketua Satgas PEN, program itu mempercepat pemulihan ekonomi.";

    #[test]
    fn flags_an_acronym_written_as_the_meaning_of_its_letters() {
        assert_flags(
            &NameAltered,
            ("id", SRC),
            ("zh", "据笔会工作组组长说，该计划加快了经济复苏。"),
            "entity/name-altered",
        );
    }

    #[test]
    fn allows_the_acronym_kept_or_written_out() {
        assert_clean(
            &NameAltered,
            ("id", SRC),
            ("zh", "据PEN工作组组长说，该计划加快了经济复苏。"),
        );
        assert_clean(
            &NameAltered,
            ("id", SRC),
            (
                "zh",
                "据国家经济复苏计划工作组组长说，该计划加快了经济复苏。",
            ),
        );
    }

    #[test]
    fn allows_an_organisation_s_own_name() {
        assert_clean(
            &NameAltered,
            ("id", "NATO menggelar latihan di Polandia pekan ini."),
            ("zh", "北约本周在波兰举行演习。"),
        );
    }

    #[test]
    fn reads_no_english_translation() {
        // "Pen" may be the acronym kept in another case as well as the word: not told apart
        assert_clean(
            &NameAltered,
            ("id", SRC),
            (
                "en",
                "According to the head of the Pen task force, the programme sped up the recovery.",
            ),
        );
    }
}
