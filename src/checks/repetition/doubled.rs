//! `repetition/doubled`: a long stretch of the translation written twice in a row, the copies at
//! most a particle or a comma apart ("ジャカルタ知事アニスバスウェダンは、ジャカルタ知事アニスバスウェダンに"):
//! a translation model that said a clause or a name again in place of what came next. Loops of
//! three copies or more are `phrase`; a whole sentence said twice is `sentence`.

use super::{Double, double, loops};
use crate::checks::{
    Check, Examples, Findings, Kind, MqmCategory, RuleMeta, Severity, UnitView, quote,
};
use crate::segment;

/// A stretch written twice.
pub struct Doubled;

static META: RuleMeta = RuleMeta {
    id: "repetition/doubled",
    kind: Kind::Repetition,
    category: MqmCategory::AccuracyAddition,
    default_severity: Severity::Major,
    summary: "a long stretch of the translation is written twice in a row",
    explain: "What it catches: a stretch of at least 24 letters (12 Chinese or Japanese \
characters) written twice with at most four characters between the copies (a comma, a \
particle), when the source has no such doubling: a translation model that said a name or a \
clause again in place of what came next.\n\
Why it matters: the second copy usually replaces words of the source, and it can change who \
did what (\"Governor Anies asked Governor Anies to postpone the events\").\n\
Example: \"ジャカルタ知事アニスバスウェダンは、ジャカルタ知事アニスバスウェダンに\" for a source that names the \
governor once.\n\
Known false alarms: a translation that repeats a name where the source wrote a pronoun, with \
almost nothing between; professional translators do not write it so. In 5,530 lines of \
professional NTREX translations (five languages) no stretch of more than 14 letters came twice \
within four characters; in 990 machine-translated zh->en segments rated by professionals the \
only doubling of 24 letters or more was one they marked as a major addition (dev benches).",
    examples: Examples {
        flags: (
            "id",
            "Gubernur DKI Anies Baswedan meminta acara keluarga ditunda.",
            "ja",
            "ジャカルタ知事アニスバスウェダンは、ジャカルタ知事アニスバスウェダンに家族の行事を延期するよう求めた。",
        ),
        allows: (
            "id",
            "Gubernur DKI Anies Baswedan meminta acara keluarga ditunda.",
            "ja",
            "ジャカルタ知事アニスバスウェダンは家族の行事を延期するよう求めた。",
        ),
    },
};

/// Fewest letters in one copy, a Chinese or Japanese character counting two. Professional
/// translations come to 14 at most (a name said twice across "and"), machine translations
/// rated clean to 17 ("medical insurance, medical insurance spending", echoing its source).
const MIN_WEIGHT: usize = 24;

impl Check for Doubled {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, unit: &UnitView<'_>, out: &mut Findings) {
        if unit.hyp.is_empty() {
            return;
        }
        let Some(Double { first, second, .. }) = double(unit.hyp.text, MIN_WEIGHT) else {
            return;
        };
        // The source doubles too (a slogan, a chant): the translation is faithful.
        if double(unit.src.text, MIN_WEIGHT / 2).is_some() {
            return;
        }
        let text = unit.hyp.text;
        // A loop of three copies is `phrase`'s; a sentence written twice is `sentence`'s.
        if loops(text)
            .iter()
            .any(|l| l.copies >= 3 && l.span.start < second.end && first.start < l.span.end)
        {
            return;
        }
        let copy = text[first.clone()].trim();
        if segment::split(text, unit.hyp.lang)
            .iter()
            .any(|s| text[s.range.clone()].trim() == copy)
        {
            return;
        }
        out.flag(&META, format!("{} is written twice in a row", quote(copy)))
            .hyp(first.start..second.end)
            .suggest(format!(
                "keep {} once and check against the source what the second copy replaced",
                quote(copy)
            ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::testing::{assert_clean, assert_flags};

    #[test]
    fn flags_a_name_written_twice_in_japanese() {
        let (src, hyp) = (META.examples.flags.1, META.examples.flags.3);
        assert_flags(&Doubled, ("id", src), ("ja", hyp), "repetition/doubled");
    }

    #[test]
    fn flags_a_clause_written_twice_in_english() {
        assert_flags(
            &Doubled,
            (
                "id",
                "Menurut dia, konsensus itu adalah dasar politik partai tersebut.",
            ),
            (
                "en",
                "He said the consensus is the political basis of the party, the consensus is the political basis of the party.",
            ),
            "repetition/doubled",
        );
    }

    #[test]
    fn allows_a_name_said_again_across_a_word() {
        assert_clean(
            &Doubled,
            ("id", "Pendeta Johnson dan istrinya hadir di acara itu."),
            (
                "ja",
                "ジョンソン牧師とジョンソン牧師の妻がそのイベントに出席した。",
            ),
        );
    }

    #[test]
    fn allows_a_short_phrase_echoed() {
        assert_clean(
            &Doubled,
            ("zh", "一是医保，医保支出减少。"),
            (
                "en",
                "One is medical insurance, medical insurance spending is less.",
            ),
        );
    }

    #[test]
    fn allows_a_doubling_that_is_in_the_source() {
        assert_clean(
            &Doubled,
            (
                "id",
                "Massa berteriak \"hidup rakyat Indonesia, hidup rakyat Indonesia\" di depan istana.",
            ),
            (
                "en",
                "The crowd shouted \"long live the Indonesian people, long live the Indonesian people\" outside the palace.",
            ),
        );
    }

    #[test]
    fn leaves_loops_and_whole_sentences_to_their_rules() {
        assert_clean(
            &Doubled,
            (
                "id",
                "Dewan akan memungut suara atas anggaran itu pekan depan.",
            ),
            (
                "en",
                "The council will vote on the national budget proposal on the national budget proposal on the national budget proposal next week.",
            ),
        );
        assert_clean(
            &Doubled,
            (
                "id",
                "Banjir merendam dua desa pada hari Senin. Warga mengungsi.",
            ),
            (
                "en",
                "Floods submerged two villages on Monday. Floods submerged two villages on Monday.",
            ),
        );
    }
}
