//! `addition/sentence`: translation text that the alignment matched with no source at all.

use super::super::{
    Check, Examples, Findings, Kind, MqmCategory, RuleMeta, Severity, UnitView, quote,
};

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
half apart; a house footer added to every translation (configure it as boilerplate).",
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

    fn check(&self, unit: &UnitView<'_>, out: &mut Findings) {
        if unit.is_addition() {
            out.flag(
                &META,
                format!(
                    "the translated text {} has no counterpart in the source",
                    quote(unit.hyp.text)
                ),
            )
            .hyp(0..unit.hyp.text.len())
            .suggest("remove the sentence, or check that the source was not cut short");
        }
    }
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
