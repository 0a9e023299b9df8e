//! `addition/unsupported`: a sentence of the translation that the alignment put beside a source
//! sentence (a 1-2 unit) but that shares nothing with it: no word the bilingual lexicon knows as
//! a translation of a source word, no number, no name. Added text often lands there: short, and
//! merged by the aligner with the sentence next to it.

use std::ops::Range;

use super::super::{
    Check, Examples, Findings, Kind, MqmCategory, RuleMeta, Severity, UnitView, quote,
};
use crate::analyse::Lang;
use crate::analyse::numbers::{extract, same};
use crate::lexicon::{bilingual, dictionary, function_words};
use crate::segment;
use crate::text::has_unpaired_quotes;
use crate::text::kana;

/// A translated sentence inside a matched unit with no support in its source.
pub struct Unsupported;

static META: RuleMeta = RuleMeta {
    id: "addition/unsupported",
    kind: Kind::Addition,
    category: MqmCategory::AccuracyAddition,
    default_severity: Severity::Minor,
    summary: "a translated sentence shares nothing with the source it was matched with",
    explain: "What it catches: a unit where one source sentence was matched with two or more \
translated sentences, one of which has nothing in common with the source: none of its words is a \
known translation of a source word, and it has no number or name of the source. Text added to a \
translation is often short and gets matched with its neighbour.\n\
Why it matters: an added sentence is a claim the reporters never made.\n\
Example: \"Polisi menangkap 12 tersangka di Medan.\" translated as \"Police arrested 12 \
suspects in Medan. Neighbours were afraid to go out.\"\n\
Known false alarms: a free translation that spells out in a sentence of its own what the source \
only implies, in words the lexicon does not know, usually in a short sentence; so a sentence \
under 50 characters (20 in Chinese and Japanese) is reported minor, worth a look, and a longer \
one major, as is a short one that opens a quotation which nothing closes while the source's \
quotation marks pair up.",
    examples: Examples {
        flags: (
            "id",
            "Polisi menangkap 12 tersangka pencurian sepeda motor di Medan pada Selasa malam.",
            "fr",
            "La police a arrêté mardi soir à Medan 12 suspects de vols de motos. Les voisins avaient peur de sortir.",
        ),
        allows: (
            "id",
            "Polisi menangkap 12 tersangka pencurian sepeda motor di Medan pada Selasa malam, dan mereka kini ditahan di kantor polisi.",
            "en",
            "Police arrested 12 suspects in motorcycle thefts in Medan on Tuesday night. They are now held at the police station.",
        ),
    },
};

/// Shortest sentence looked at, in characters (a short phrase may be a free rendering of
/// anything): Latin and Arabic scripts, then Chinese and Japanese.
const MIN_CHARS: usize = 25;
const MIN_CJK_CHARS: usize = 10;
/// From this length on (twice the shortest), a sentence that shares nothing is reported major:
/// a translator's own short aside ("時には失敗するでしょう。") is seldom that long. A shorter one
/// is major too when it opens a quotation mark that nothing closes while the source's marks pair
/// up: a quote cut from another article, not an aside (+1 on qa-bench, no other flag changed on
/// qa-bench, align-bench or the NTREX human translations).
const MAJOR_CHARS: usize = 2 * MIN_CHARS;
const MAJOR_CJK_CHARS: usize = 2 * MIN_CJK_CHARS;
/// Support the rest of the unit must have, so that the unit itself is a real match: words,
/// numbers and names it answers, and the share of the source's known ones (words the lexicon
/// knows, names, numbers) that it answers. A source sentence translated in two halves shares
/// its words between them; one whose translation is all in the other sentences does not.
/// The share is half: a Chinese or Japanese sentence answers few words the lexicon knows
/// (0.6 missed an added sentence on align-bench; 0.3-0.5 found the same, with no flag on a
/// clean line).
const MIN_OTHER_SUPPORT: usize = 6;
const MIN_OTHER_SHARE: f64 = 0.5;
/// Support of the rest of a Chinese or Japanese unit, and length of the sentence looked at,
/// from which one match in that sentence is taken for chance and counts as none.
const CJK_CHANCE_OTHER_SUPPORT: usize = 7;
const CJK_CHANCE_CHARS: usize = 30;

impl Check for Unsupported {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, unit: &UnitView<'_>, out: &mut Findings) {
        if !unit.is_paired() {
            return;
        }
        let lang = unit.hyp.lang;
        let sentences: Vec<Range<usize>> = segment::split(unit.hyp.text, lang)
            .into_iter()
            .map(|s| s.range)
            .filter(|r| !unit.hyp.text[r.clone()].trim().is_empty())
            .collect();
        if sentences.len() < 2 {
            return;
        }
        let supports: Vec<usize> = sentences
            .iter()
            .map(|r| support(unit, &unit.hyp.text[r.clone()], lang))
            .collect();
        let total: usize = supports.iter().sum();
        let known = known_words(unit, lang);
        if total < MIN_OTHER_SUPPORT || (total as f64) < MIN_OTHER_SHARE * known as f64 {
            return;
        }
        for (r, &s) in sentences.iter().zip(&supports) {
            let text = unit.hyp.text[r.clone()].trim();
            let (min, major) = if lang.is_cjk() {
                (MIN_CJK_CHARS, MAJOR_CJK_CHARS)
            } else {
                (MIN_CHARS, MAJOR_CHARS)
            };
            let chars = text.chars().count();
            // in Chinese and Japanese, single characters of the lexicon turn up by chance in a
            // long sentence: one is allowed there when the rest of the unit has much more
            let chance = usize::from(
                lang.is_cjk() && chars >= CJK_CHANCE_CHARS && total - s >= CJK_CHANCE_OTHER_SUPPORT,
            );
            if s > chance || chars < min {
                continue;
            }
            // a sentence that opens a quotation the source does not have is more likely
            // text from elsewhere than an aside of the translator's
            let opens_a_quote = !has_unpaired_quotes(unit.src.text) && has_unpaired_quotes(text);
            let severity = if chars >= major || opens_a_quote {
                Severity::Major
            } else {
                Severity::Minor
            };
            out.flag(
                &META,
                format!(
                    "the translated sentence {} shares no word, number or name with the source \
                     it was matched with: it may have been added",
                    quote(text)
                ),
            )
            .hyp(r.clone())
            .suggest("check the sentence against the source, and remove it if the source does not say it")
            .severity(severity);
        }
    }
}

/// How many of the source's words, numbers and names a translation could show: content words
/// the lexicon knows, capitalised words, numbers.
pub(crate) fn known_words(unit: &UnitView<'_>, lang: Lang) -> usize {
    let src = unit.src.text;
    bilingual::words(src)
        .filter(|r| {
            let lower = src[r.clone()].to_lowercase();
            !function_words::is_function_word(Lang::Id, &lower)
                && (bilingual::units(&lower, lang).is_some()
                    || !dictionary::lookup(&lower, lang).is_empty()
                    || src[r.clone()]
                        .chars()
                        .next()
                        .is_some_and(char::is_uppercase))
        })
        .count()
        + unit.src.numbers().len()
}

/// How many source words, numbers and names the translated sentence `hyp` answers.
pub(crate) fn support(unit: &UnitView<'_>, hyp: &str, lang: Lang) -> usize {
    let src = unit.src.text;
    let hyp_lower = hyp.to_lowercase();
    let prepared = dictionary::Prepared::new(hyp);
    let katakana: Vec<&str> = if lang == Lang::Ja {
        kana::katakana_runs(hyp)
            .into_iter()
            .map(|r| &hyp[r])
            .collect()
    } else {
        Vec::new()
    };
    let mut n = 0;
    for r in bilingual::words(src) {
        let word = &src[r];
        let lower = word.to_lowercase();
        if function_words::is_function_word(Lang::Id, &lower) {
            continue;
        }
        let by_lexicon = bilingual::units(&lower, lang)
            .is_some_and(|mut units| units.any(|u| bilingual::occurs(u, &hyp_lower, lang)))
            || prepared.renders(&dictionary::lookup(&lower, lang), lang);
        // a name or a word carried over as it is ("Jakarta", "COVID")
        // or written by sound in Japanese ("Grant" = グラント)
        let is_name =
            word.chars().count() >= 3 && word.chars().next().is_some_and(char::is_uppercase);
        let as_is = is_name
            && (bilingual::words(&hyp_lower).any(|h| hyp_lower[h] == lower)
                || katakana.iter().any(|k| kana::same_name(word, k)));
        n += usize::from(by_lexicon || as_is);
    }
    let hyp_numbers = extract(hyp, lang);
    n + unit
        .src
        .numbers()
        .iter()
        .filter(|s| hyp_numbers.iter().any(|h| same(s.value, h.value)))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::testing::{assert_clean, assert_flags};

    #[test]
    fn flags_a_sentence_with_nothing_from_the_source() {
        assert_flags(
            &Unsupported,
            (
                "id",
                "Polisi menangkap 12 tersangka pencurian sepeda motor di Medan pada Selasa malam.",
            ),
            (
                "fr",
                "La police a arrêté mardi soir à Medan 12 suspects de vols de motos. Les voisins avaient peur de sortir.",
            ),
            "addition/unsupported",
        );
    }

    #[test]
    fn reports_a_short_aside_as_minor_and_a_long_sentence_as_major() {
        let severity = |hyp: &str| {
            let found = crate::checks::testing::run(
                &Unsupported,
                (
                    "id",
                    "Polisi menangkap 12 tersangka pencurian sepeda motor di Medan pada Selasa malam.",
                ),
                ("fr", hyp),
            );
            assert_eq!(found.len(), 1, "{found:#?}");
            found[0].severity
        };
        assert_eq!(
            severity(
                "La police a arrêté mardi soir à Medan 12 suspects de vols de motos. Les voisins avaient peur de sortir."
            ),
            Some(Severity::Minor)
        );
        assert_eq!(
            severity(
                "La police a arrêté mardi soir à Medan 12 suspects de vols de motos. Beaucoup de voisins avaient peur de sortir de chez eux."
            ),
            Some(Severity::Major)
        );
        // the short aside opening a quotation that the source does not have
        assert_eq!(
            severity(
                "La police a arrêté mardi soir à Medan 12 suspects de vols de motos. « Les voisins avaient peur de sortir."
            ),
            Some(Severity::Major)
        );
    }

    #[test]
    fn flags_beside_a_sentence_that_answers_half_the_source() {
        // the first sentence leaves out the motorcycles and the stolen cars: half of the source's
        // known words are answered, enough to take the unit as a real match
        assert_flags(
            &Unsupported,
            (
                "id",
                "Polisi menangkap 12 tersangka pencurian sepeda motor di Medan pada Selasa malam dan menyita mobil mereka.",
            ),
            (
                "fr",
                "La police a arrêté mardi soir à Medan 12 suspects. Les voisins avaient peur de sortir de chez eux.",
            ),
            "addition/unsupported",
        );
    }

    #[test]
    fn counts_names_written_in_katakana_as_support() {
        // アンドリュー and オールバニ answer "Andrew" and "Albany": the rest of the unit is a real
        // match, and the first sentence shares nothing with the source
        assert_flags(
            &Unsupported,
            (
                "id",
                "Gubernur Andrew Cuomo mengatakan di Albany pada hari Senin bahwa jembatan itu akan dibuka kembali.",
            ),
            (
                "ja",
                "昨年の夏は雨がとても多かった。アンドリュー・クオモ知事は月曜日、オールバニで橋を再開すると語った。",
            ),
            "addition/unsupported",
        );
    }

    #[test]
    fn allows_a_sentence_split_in_two() {
        assert_clean(
            &Unsupported,
            (
                "id",
                "Polisi menangkap 12 tersangka pencurian sepeda motor di Medan pada Selasa malam, dan mereka kini ditahan di kantor polisi.",
            ),
            (
                "en",
                "Police arrested 12 suspects in motorcycle thefts in Medan on Tuesday night. They are now held at the police station.",
            ),
        );
    }
}
