//! `omission/bracket`: a translation that closes a bracket it never opened, or opens one it
//! never closes, where the source's brackets all pair up. The lone bracket is the edge of a piece
//! of the sentence that went missing ("尤文图斯Rossi)" where the source has "Marco Rossi" in full,
//! with his name in Chinese and the opening bracket before it).

use std::ops::Range;

use crate::checks::{
    Check, Examples, Findings, Kind, MqmCategory, RuleMeta, Severity, UnitView, quote,
};

/// A bracket left without its pair, in a translation of a source whose brackets pair up.
pub struct Bracket;

static META: RuleMeta = RuleMeta {
    id: "omission/bracket",
    kind: Kind::Omission,
    category: MqmCategory::AccuracyOmission,
    default_severity: Severity::Major,
    summary: "a bracket of the translation has lost its pair: text around it is missing",
    explain: "What it catches: a translated sentence with a closing bracket that was never opened \
(or an opening one never closed) when every bracket of the source has its pair. Translators keep \
brackets in pairs; a lone one is what is left when a piece of the sentence, with the other \
bracket in it, went missing.\n\
Why it matters: the missing piece is often a name with its explanation, or a whole clause, and \
the rest of the sentence can still read well.\n\
Example: \"Marco Rossi (Juventus) menyamakan skor\" translated as \"尤文图斯) 扳平比分\".\n\
Known false alarms: a bracket typed wrongly by the translator; a sentence split in two by the \
alignment in the middle of a bracket.",
    examples: Examples {
        flags: (
            "id",
            "Gol Marco Rossi (Juventus) pada menit terakhir menyamakan skor melawan Napoli.",
            "zh",
            "尤文图斯）在最后一分钟扳平了与那不勒斯的比分。",
        ),
        allows: (
            "id",
            "Gol Marco Rossi (Juventus) pada menit terakhir menyamakan skor melawan Napoli.",
            "zh",
            "马可·罗西（尤文图斯）在最后一分钟扳平了与那不勒斯的比分。",
        ),
    },
};

impl Check for Bracket {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, unit: &UnitView<'_>, out: &mut Findings) {
        if unit.src.is_empty() || unit.hyp.is_empty() || lone_bracket(unit.src.text).is_some() {
            return;
        }
        let Some(lone) = lone_bracket(unit.hyp.text) else {
            return;
        };
        let mark = &unit.hyp.text[lone.clone()];
        let what = if is_open(mark) {
            "opens a bracket it never closes"
        } else {
            "closes a bracket it never opened"
        };
        out.flag(
            &META,
            format!(
                "the translation {} {what} ({}), while the source's brackets all pair up: \
                 the text around it seems to have been cut",
                quote(unit.hyp.text),
                quote(mark)
            ),
        )
        .hyp(lone)
        .src(0..unit.src.text.len())
        .suggest("compare with the source around the bracket and translate what is missing");
    }
}

fn is_open(mark: &str) -> bool {
    matches!(mark, "(" | "（" | "[" | "【")
}

/// Which pair a bracket belongs to (round or square; ASCII and full-width alike), and whether it
/// opens.
fn bracket(c: char) -> Option<(usize, bool)> {
    match c {
        '(' | '（' => Some((0, true)),
        ')' | '）' => Some((0, false)),
        '[' | '【' => Some((1, true)),
        ']' | '】' => Some((1, false)),
        _ => None,
    }
}

/// The first round or square bracket of `text` without its pair, as a byte range.
pub(crate) fn lone_bracket(text: &str) -> Option<Range<usize>> {
    let mut open: [Vec<Range<usize>>; 2] = [Vec::new(), Vec::new()];
    for (b, c) in text.char_indices() {
        let Some((kind, opens)) = bracket(c) else {
            continue;
        };
        let at = b..b + c.len_utf8();
        if opens {
            open[kind].push(at);
        } else if open[kind].pop().is_none() {
            return Some(at);
        }
    }
    open.into_iter()
        .filter_map(|stack| stack.into_iter().next())
        .min_by_key(|r| r.start)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::testing::{assert_clean, assert_flags};

    #[test]
    fn flags_closing_bracket_left_after_a_cut() {
        assert_flags(
            &Bracket,
            (
                "id",
                "Menteri Keuangan Sri Mulyani (kiri) menjawab pertanyaan wartawan di Jakarta pada hari Senin.",
            ),
            ("zh", "财政部长）周一在雅加达回答了记者的提问。"),
            "omission/bracket",
        );
    }

    #[test]
    fn flags_opening_bracket_never_closed_in_english() {
        assert_flags(
            &Bracket,
            (
                "id",
                "Badan Meteorologi (BMKG) memperingatkan hujan lebat di Jawa Barat hingga Rabu.",
            ),
            ("en", "The Meteorology Agency (BMKG warned of heavy rain."),
            "omission/bracket",
        );
    }

    #[test]
    fn allows_mixed_ascii_and_full_width_pair() {
        assert_clean(
            &Bracket,
            (
                "id",
                "Kasus itu kini ditangani KPK (Komisi Pemberantasan Korupsi) di Jakarta.",
            ),
            ("zh", "此案现由雅加达的KPK（肃贪委员会)处理。"),
        );
    }

    #[test]
    fn allows_lone_bracket_copied_from_the_source() {
        assert_clean(
            &Bracket,
            ("id", "Pilihan: a) setuju, b) tidak setuju."),
            ("en", "Choices: a) agree, b) disagree."),
        );
    }

    #[test]
    fn finds_the_first_lone_bracket() {
        assert_eq!(lone_bracket("a (b) c) d"), Some(7..8));
        assert_eq!(lone_bracket("a (b c"), Some(2..3));
        assert_eq!(lone_bracket("a (b) [c]"), None);
    }
}
