//! `addition/new-facts`: a Chinese, Japanese or Arabic translation that carries both a name in
//! Latin script and a number that its source has neither of. Those languages keep foreign
//! names in Latin script as the source writes them, so a name the source lacks, next to a
//! number the source lacks, is text from somewhere else: often a headline or a sentence of
//! another article glued to the unit with no punctuation between them.

use std::ops::Range;

use super::super::{
    Check, Examples, Findings, Kind, MqmCategory, RuleMeta, Severity, UnitView, quote,
};
use crate::analyse::Lang;
use crate::analyse::numbers::same;
use crate::segment;

/// A name and a number of the translation with no source.
pub struct NewFacts;

static META: RuleMeta = RuleMeta {
    id: "addition/new-facts",
    kind: Kind::Addition,
    category: MqmCategory::AccuracyAddition,
    default_severity: Severity::Minor,
    summary: "the translation has a name and a number that the source has neither of",
    explain: "What it catches: in a Chinese, Japanese or Arabic translation, a name written in \
Latin script that no word of the source resembles, together with a number whose value the \
source does not have. These languages keep foreign names as the source writes them, so both \
together are rarely a free rendering: they are facts brought in from elsewhere, such as a \
headline of another article glued to a sentence.\n\
Why it matters: added names and figures are claims the reporters never made, and glued to a \
real sentence they are easy to read past.\n\
Example: \"Pabrik itu ditutup pada hari Senin.\" translated as \"Newport 银行被盗 26,750 美元工厂周一\
关闭。\"\n\
Known false alarms: a number of the source that was also converted (a unit or currency) and a \
name the source spells very differently; so the rule reports at minor severity, worth a look, \
and major only when both stand in a sentence of their own beside the one that translates the \
source.",
    examples: Examples {
        flags: (
            "id",
            "Pabrik tekstil di pinggiran kota itu ditutup pada hari Senin setelah protes para pekerja.",
            "zh",
            "Newport 银行被盗 26,750 美元市郊的纺织厂在工人抗议后于周一关闭。",
        ),
        allows: (
            "id",
            "Pabrik tekstil milik Newport Group ditutup pada hari Senin setelah 26.750 pekerja melakukan protes.",
            "zh",
            "在 26,750 名工人抗议后，Newport Group 旗下的纺织厂于周一关闭。",
        ),
    },
};

/// Shortest Latin-script word taken for a name, in letters.
const MIN_NAME_LETTERS: usize = 3;
/// Similarity to a source word from which a Latin word counts as the source's own name
/// spelt another way ("Advocate" for "Advokat").
const SAME_NAME: f64 = 0.85;
/// Smallest number looked at: a small count ("2 人") is easily a rendering of a word.
const MIN_VALUE: f64 = 10.0;

impl Check for NewFacts {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, unit: &UnitView<'_>, out: &mut Findings) {
        if !unit.is_paired() || !matches!(unit.hyp.lang, Lang::Zh | Lang::Ja | Lang::Ar) {
            return;
        }
        let Some(name) = new_name(unit) else {
            return;
        };
        let Some(number) = new_number(unit) else {
            return;
        };
        let text = unit.hyp.text;
        let span = name.start.min(number.start)..name.end.max(number.end);
        // both in one sentence of a unit the aligner matched with more than one: that sentence
        // is likely added whole
        let sentences = segment::split(text, unit.hyp.lang);
        let in_own_sentence = sentences.len() >= 2
            && sentences
                .iter()
                .any(|s| s.range.start <= span.start && span.end <= s.range.end);
        let finding = out.flag(
            &META,
            format!(
                "the translation has the name {} and the number {}, neither of which is in the source: text may have been added",
                quote(&text[name]),
                quote(&text[number])
            ),
        )
        .hyp(span)
        .suggest("check where the name and the number come from, and remove them if the source does not say them");
        if in_own_sentence {
            finding.severity(Severity::Major);
        }
    }
}

/// The first Latin-script word of the translation, capitalised, that no source word matches
/// or resembles. Words are runs of Latin letters, so a name glued to the text around it
/// ("كأسBetfred", "报道Hammel") counts too.
pub(crate) fn new_name(unit: &UnitView<'_>) -> Option<Range<usize>> {
    let src_words: Vec<String> = unit.src.tokens().iter().map(|t| t.lower.clone()).collect();
    let text = unit.hyp.text;
    crate::text::runs(text, |c| c.is_ascii_alphabetic())
        .into_iter()
        .filter(|r| {
            r.len() >= MIN_NAME_LETTERS
                && text[r.clone()].starts_with(|c: char| c.is_ascii_uppercase())
        })
        .find(|r| {
            let lower = text[r.clone()].to_ascii_lowercase();
            !src_words
                .iter()
                .any(|s| *s == lower || strsim::jaro_winkler(s, &lower) >= SAME_NAME)
        })
}

/// The first number of the translation, written in digits, whose value the source does not
/// have in any reading.
fn new_number(unit: &UnitView<'_>) -> Option<Range<usize>> {
    let src = unit.src.numbers();
    let known = |v: f64| {
        src.iter().any(|s| {
            std::iter::once(s.value)
                .chain(s.alts.iter().copied())
                .any(|x| same(x, v))
        })
    };
    unit.hyp
        .numbers()
        .iter()
        .filter(|n| !n.is_word && n.value.abs() >= MIN_VALUE)
        .find(|n| {
            !std::iter::once(n.value)
                .chain(n.alts.iter().copied())
                .any(known)
        })
        .map(|n| n.span.clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::testing::{assert_clean, assert_flags};

    #[test]
    fn flags_a_headline_glued_to_a_sentence_in_chinese() {
        assert_flags(
            &NewFacts,
            (
                "id",
                "Organisasi industri Jerman meminta AS agar tidak ikut campur dalam kebijakan energi Uni Eropa.",
            ),
            (
                "zh",
                "小偷在 Newport on the Levee 餐饮中心偷走 $26,750德国工业组织呼吁美国不要插手欧盟能源政策。",
            ),
            "addition/new-facts",
        );
    }

    #[test]
    fn a_sentence_of_its_own_with_a_new_name_and_number_is_major() {
        let found = crate::checks::testing::run(
            &NewFacts,
            (
                "id",
                "Pabrik tekstil di pinggiran kota itu ditutup pada hari Senin setelah protes para pekerja.",
            ),
            (
                "ja",
                "郊外の繊維工場は月曜日に閉鎖された。Argosは2020年に開業した。",
            ),
        );
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found[0].severity, Some(Severity::Major));
    }

    #[test]
    fn allows_a_name_spelt_another_way_and_a_converted_number() {
        assert_clean(
            &NewFacts,
            (
                "id",
                "Kontraknya telah ditetapkan senilai $350.000, sang Advokat melaporkan.",
            ),
            (
                "zh",
                "据《倡导者》（Advocate） 报道，其合同金额为 35 万美元。",
            ),
        );
    }

    #[test]
    fn allows_a_new_name_without_a_new_number() {
        assert_clean(
            &NewFacts,
            (
                "id",
                "Juru bicara itu mengatakan 12 orang terluka dalam kecelakaan tersebut.",
            ),
            ("ja", "広報担当のSutopo氏は、事故で12人が負傷したと述べた。"),
        );
    }

    #[test]
    fn leaves_english_and_french_alone() {
        assert_clean(
            &NewFacts,
            ("id", "Pabrik itu ditutup pada hari Senin."),
            (
                "en",
                "The Newport factory closed on Monday after 26,750 workers protested.",
            ),
        );
    }
}
