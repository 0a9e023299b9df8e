//! `addition/sentence`: translation text that the alignment matched with no source at all.

use super::super::{
    Check, DocView, Examples, Findings, Kind, MqmCategory, RuleMeta, Severity, quote,
};
use crate::analyse::tokens::is_cjk_char;

/// A sentence in the translation with no counterpart in the source.
pub struct Addition;

static META: RuleMeta = RuleMeta {
    id: "addition/sentence",
    kind: Kind::Addition,
    category: MqmCategory::AccuracyAddition,
    default_severity: Severity::Major,
    summary: "a translated sentence has no source",
    explain: "What it catches: a sentence of the translation that the alignment could not match \
with any text of the source: invented text, or text pasted in from another article.\n\
Why it matters: the newsroom publishes a claim its reporters never wrote.\n\
Example: the translation ends with a quotation that appears nowhere in the source.\n\
Known false alarms: a source sentence translated freely as two, where the alignment keeps one \
half apart; a sentence cut in two at an abbreviation; a house footer added to every translation \
(configure it as boilerplate). Text that is no sentence of its own (it starts with a lowercase \
letter or a digit, or has fewer than four words, eight characters in Chinese or Japanese) is \
therefore only minor. From a source language other than Indonesian, whose sentence lengths the alignment \
is not calibrated on, every finding is minor: a Chinese sentence translated as two English \
ones often leaves the second unlinked.",
    examples: Examples {
        flags: (
            "id",
            "Harga beras naik sepuluh persen bulan ini. Pemerintah menyalahkan musim kemarau yang panjang.",
            "en",
            "Rice prices rose ten percent this month. The government blamed the long dry season. The central bank also cut its benchmark interest rate by a quarter point on Thursday.",
        ),
        allows: (
            "id",
            "Harga beras naik sepuluh persen bulan ini. Pemerintah menyalahkan musim kemarau yang panjang.",
            "en",
            "Rice prices rose ten percent this month. The government blamed the long dry season.",
        ),
    },
};

impl Check for Addition {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_document(&self, doc: &DocView<'_>, out: &mut Findings) {
        for unit in doc.units {
            if !unit.is_addition() {
                continue;
            }
            let finding = out
                .flag_in(
                    unit.index,
                    &META,
                    format!(
                        "the translated text {} has no counterpart in the source",
                        quote(unit.hyp.text)
                    ),
                )
                .hyp(0..unit.hyp.text.len())
                .suggest("remove the sentence, or check that the source was not cut short");
            // the aligner's length costs are calibrated on Indonesian sources: from another
            // source, one sentence translated as two often leaves one of them unlinked
            let uncalibrated = unit.src.lang != crate::analyse::Lang::Id;
            if uncalibrated || is_fragment(unit.hyp.text) {
                finding.severity(Severity::Minor);
            }
        }
    }
}

/// Text that is no sentence of its own: it starts with a lowercase letter or a digit (the
/// rest of a sentence cut at an abbreviation: "6 U.S. congressional elections"), or it is
/// too short to say anything on its own.
fn is_fragment(text: &str) -> bool {
    let text = text.trim();
    let starts_low = text
        .chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit());
    let cjk = text.chars().filter(|c| is_cjk_char(*c)).count();
    let short = if cjk > 0 {
        cjk < 8
    } else {
        text.split_whitespace().count() < 4
    };
    starts_low || short
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::testing::{assert_clean, assert_flags};

    #[test]
    fn flags_sentence_from_another_article() {
        assert_flags(
            &Addition,
            (
                "id",
                "Banjir merendam tiga desa di Kabupaten Bandung pada Senin. Hujan diperkirakan berlanjut hingga akhir pekan.",
            ),
            (
                "en",
                "Floods submerged three villages in Bandung Regency on Monday. The striker signed a four-year contract with the club in Madrid last summer. Rain is expected to continue until the weekend.",
            ),
            "addition/sentence",
        );
    }

    #[test]
    fn a_fragment_or_text_beside_another_source_language_is_minor() {
        assert!(is_fragment(
            "6 U.S. congressional elections, a charge it denies."
        ));
        assert!(is_fragment("His comments come."));
        assert!(is_fragment("两国关系。"));
        assert!(!is_fragment("The striker signed a four-year contract."));
        // the same invented sentence after a Chinese source: the alignment is not calibrated
        let found = crate::checks::testing::run(
            &Addition,
            ("zh", "洪水周一淹没了万隆县的三个村庄。"),
            (
                "en",
                "Floods submerged three villages in Bandung Regency on Monday. The striker signed a four-year contract with the club in Madrid last summer.",
            ),
        );
        assert!(
            !found.is_empty() && found.iter().all(|f| f.severity == Some(Severity::Minor)),
            "{found:#?}"
        );
    }

    #[test]
    fn allows_one_sentence_split_in_two() {
        assert_clean(
            &Addition,
            (
                "id",
                "Banjir merendam tiga desa pada Senin sehingga 400 warga terpaksa mengungsi ke masjid terdekat.",
            ),
            (
                "en",
                "Floods submerged three villages on Monday. Some 400 residents had to flee to a nearby mosque.",
            ),
        );
    }
}
