//! `omission/sentence`: source text that the alignment matched with no translation at all.

use crate::analyse::Lang;
use crate::checks::{
    Check, Examples, Findings, Kind, MqmCategory, RuleMeta, Severity, UnitView, quote,
};

/// A source sentence (or more) left out of the translation.
pub struct Omission;

static META: RuleMeta = RuleMeta {
    id: "omission/sentence",
    kind: Kind::Omission,
    category: MqmCategory::AccuracyOmission,
    default_severity: Severity::Major,
    summary: "a source sentence has no translation",
    explain: "What it catches: a sentence of the source that the alignment could not match with \
any text of the translation.\n\
Why it matters: readers of the translation never learn what the sentence said; a dropped \
denial, figure or attribution changes the story.\n\
Example: the source has three sentences and the translation renders only the first and the \
third.\n\
Known false alarms: a source sentence merged into a neighbour so freely that the alignment \
cannot tell; boilerplate that the translation leaves out on purpose (configure it as \
boilerplate). From a source in another language than Indonesian the finding is minor: there \
one sentence translated together with its neighbour is often left unlinked (55 such units in \
professional translations of 70 NTREX dev articles checked in 25 other directions, none a \
dropped sentence).",
    examples: Examples {
        flags: (
            "id",
            "Harga beras naik sepuluh persen bulan ini. Pemerintah menyalahkan musim kemarau panjang yang membuat panen di Jawa Tengah dan Jawa Timur gagal. Para pedagang di pasar mengeluhkan sepinya pembeli.",
            "en",
            "Rice prices rose ten percent this month. Traders at the market complained about the lack of buyers.",
        ),
        allows: (
            "id",
            "Harga beras naik sepuluh persen bulan ini. Pemerintah menyalahkan musim kemarau yang panjang.",
            "en",
            "Rice prices rose ten percent this month. The government blamed the long dry season.",
        ),
    },
};

impl Check for Omission {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, unit: &UnitView<'_>, out: &mut Findings) {
        if unit.is_omission() {
            let finding = out
                .flag(
                    &META,
                    format!(
                        "the source sentence {} has no translation",
                        quote(unit.src.text)
                    ),
                )
                .src(0..unit.src.text.len())
                .suggest(format!(
                    "translate the missing sentence: {}",
                    unit.src.text.trim()
                ));
            // from a source in another language than Indonesian, a sentence translated
            // together with its neighbour is often left unlinked: on the professional
            // translations of the NTREX dev articles checked in the 25 other directions, 55
            // such one-sided units, none of them a dropped sentence (as `addition/sentence`)
            if unit.src.lang != Lang::Id {
                finding.severity(Severity::Minor);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::testing::{assert_clean, assert_flags};

    #[test]
    fn flags_dropped_middle_sentence() {
        assert_flags(
            &Omission,
            (
                "id",
                "Banjir merendam tiga desa di Kabupaten Bandung pada Senin. Sebanyak 400 warga mengungsi ke masjid dan sekolah terdekat. Hujan diperkirakan berlanjut hingga akhir pekan.",
            ),
            (
                "en",
                "Floods submerged three villages in Bandung Regency on Monday. Rain is expected to continue until the weekend.",
            ),
            "omission/sentence",
        );
    }

    #[test]
    fn allows_two_sentences_merged_into_one() {
        assert_clean(
            &Omission,
            (
                "id",
                "Banjir merendam tiga desa pada Senin. Sebanyak 400 warga mengungsi.",
            ),
            (
                "en",
                "Floods submerged three villages on Monday, forcing 400 residents to flee.",
            ),
        );
    }

    #[test]
    fn is_minor_from_another_source_language() {
        let severity = |src: (&str, &str), hyp: (&str, &str)| {
            let found = crate::checks::testing::run(&Omission, src, hyp);
            found
                .first()
                .map(|f| f.severity.unwrap_or(META.default_severity))
        };
        assert_eq!(
            severity(
                (
                    "id",
                    "Banjir merendam tiga desa di Kabupaten Bandung pada Senin. Sebanyak 400 warga mengungsi ke masjid dan sekolah terdekat. Hujan diperkirakan berlanjut hingga akhir pekan.",
                ),
                (
                    "en",
                    "Floods submerged three villages in Bandung Regency on Monday. Rain is expected to continue until the weekend.",
                ),
            ),
            Some(Severity::Major)
        );
        assert_eq!(
            severity(
                (
                    "en",
                    "Floods submerged three villages in Bandung Regency on Monday. Some 400 residents fled to nearby mosques and schools. Rain is expected to continue until the weekend.",
                ),
                (
                    "fr",
                    "Des inondations ont submergé trois villages de la régence de Bandung lundi. La pluie devrait continuer jusqu'au week-end.",
                ),
            ),
            Some(Severity::Minor)
        );
    }
}
