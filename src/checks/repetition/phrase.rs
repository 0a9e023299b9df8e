//! `repetition/phrase`: a phrase or a run of characters repeated three or more times in a row,
//! the loop a translation model falls into ("legislation on the legislation on the ...",
//! "罗斯参与罗斯参与罗斯参与").

use super::loops;
use crate::checks::{
    Check, Examples, Findings, Kind, MqmCategory, RuleMeta, Severity, UnitView, quote,
};

/// A looping phrase.
pub struct Phrase;

static META: RuleMeta = RuleMeta {
    id: "repetition/phrase",
    kind: Kind::Repetition,
    category: MqmCategory::FluencyGrammar,
    default_severity: Severity::Major,
    summary: "a phrase is repeated three or more times in a row",
    explain: "What it catches: the same words, or the same Chinese or Japanese characters, \
written three or more times in a row, when the source has no such repetition: the loop a \
translation model falls into.\n\
Why it matters: the sentence is garbled and whatever the loop replaced is usually lost.\n\
Example: \"The council will vote on the budget on the budget on the budget next week.\"\n\
Known false alarms: a repetition that is really in the quotation (\"Go, go, go!\") when the \
source words it differently; a repeated exclamation shorter than ten letters is never \
reported.",
    examples: Examples {
        flags: (
            "id",
            "Dewan akan memungut suara atas anggaran itu pekan depan.",
            "en",
            "The council will vote on the budget on the budget on the budget next week.",
        ),
        allows: (
            "id",
            "Dewan akan memungut suara atas anggaran itu pekan depan.",
            "en",
            "The council will vote on the budget next week.",
        ),
    },
};

/// Fewest letters in all the copies together, a Chinese or Japanese character counting two:
/// "ha ha ha" (6) is laughter, not a loop.
const MIN_LETTERS: usize = 10;

impl Check for Phrase {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, unit: &UnitView<'_>, out: &mut Findings) {
        if unit.hyp.is_empty() {
            return;
        }
        let found = loops(unit.hyp.text);
        let Some(worst) = found
            .iter()
            .find(|l| l.letters >= 2 && l.weight * l.copies >= MIN_LETTERS)
        else {
            return;
        };
        // The source loops too (a chant, a repeated slogan): the translation is faithful.
        let src_max = loops(unit.src.text)
            .iter()
            .filter(|l| l.letters >= 2)
            .map(|l| l.copies)
            .max()
            .unwrap_or(0);
        if src_max >= worst.copies {
            return;
        }
        let phrase = unit.hyp.text[worst.unit.clone()].trim();
        out.flag(
            &META,
            format!(
                "{} is repeated {} times in a row",
                quote(phrase),
                worst.copies
            ),
        )
        .hyp(worst.span.clone())
        .suggest(format!(
            "keep {} once and check against the source what the repetition replaced",
            quote(phrase)
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::testing::{assert_clean, assert_flags};

    #[test]
    fn flags_chinese_character_loop() {
        assert_flags(
            &Phrase,
            (
                "id",
                "Polisi menyelidiki kebakaran gudang di pelabuhan itu.",
            ),
            ("zh", "警方正在调查港口仓库仓库仓库仓库仓库的火灾。"),
            "repetition/phrase",
        );
    }

    #[test]
    fn flags_arabic_phrase_loop() {
        assert_flags(
            &Phrase,
            ("id", "Presiden bertemu para pemimpin daerah di istana."),
            (
                "ar",
                "التقى الرئيس بقادة المناطق بقادة المناطق بقادة المناطق في القصر.",
            ),
            "repetition/phrase",
        );
    }

    #[test]
    fn allows_short_laughter() {
        assert_clean(
            &Phrase,
            ("id", "\"Ha ha ha,\" katanya sambil tertawa."),
            ("en", "\"Ha ha ha,\" he said, laughing."),
        );
    }

    #[test]
    fn allows_repetition_that_is_in_the_source() {
        assert_clean(
            &Phrase,
            (
                "id",
                "Massa meneriakkan \"turun, turun, turun, turun\" di depan gedung.",
            ),
            (
                "en",
                "The crowd chanted \"down, down, down, down\" outside the building.",
            ),
        );
    }
}
