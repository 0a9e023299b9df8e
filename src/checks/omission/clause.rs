//! `omission/clause`: a source sentence inside an aligned unit that the translation does not
//! account for: the translation is far too short for the unit's source, and would be of the
//! usual length for the source without that sentence. The aligner merges a dropped sentence
//! with its neighbour when it cannot tell it apart by length alone.

use crate::analyse::length::{self, Lengths};
use crate::checks::{
    Check, Examples, Findings, Kind, MqmCategory, RuleMeta, Severity, UnitView, quote,
};
use crate::segment;

/// A source sentence missing from a translated unit.
pub struct Clause;

static META: RuleMeta = RuleMeta {
    id: "omission/clause",
    kind: Kind::Omission,
    category: MqmCategory::AccuracyOmission,
    default_severity: Severity::Major,
    summary: "a source sentence is missing inside a translated passage",
    explain: "What it catches: a source passage of several sentences whose translation is far \
too short for it, and of the usual length for all its sentences but one: that sentence was \
not translated.\n\
Why it matters: readers never learn what the sentence said; a dropped denial, figure or \
attribution changes the story, and the gap is easy to miss beside a correct translation.\n\
Example: the source says \"The bridge will open in June. The governor said it cost 200 billion \
rupiah.\" and the translation only \"The bridge will open in June.\"\n\
Known false alarms: two source sentences condensed into one short one on purpose.",
    examples: Examples {
        flags: (
            "id",
            "Harga bawang merah di pasar induk naik dua kali lipat minggu ini. Pedagang menyalahkan cuaca.",
            "ar",
            "تضاعفت أسعار الكراث في سوق الجملة هذا الأسبوع.",
        ),
        allows: (
            "id",
            "Jembatan baru itu akan dibuka pada bulan Juni. Biayanya dua ratus miliar rupiah.",
            "en",
            "The new bridge, which cost 200 billion rupiah, will open in June.",
        ),
    },
};

/// The unit must be at least this many spreads too short as it is.
const WHOLE_Z: f64 = 2.0;
/// And within this many spreads of the usual without the missing sentence.
const WITHOUT_Z: f64 = 1.5;
/// Fewest letters of the missing sentence.
const MIN_LETTERS: usize = 15;

impl Check for Clause {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, unit: &UnitView<'_>, out: &mut Findings) {
        if !unit.is_paired() {
            return;
        }
        let Some(model) = length::model(unit.src.lang, unit.hyp.lang) else {
            return;
        };
        let src_sents = segment::split(unit.src.text, unit.src.lang);
        if src_sents.len() < 2
            || segment::split(unit.hyp.text, unit.hyp.lang).len() >= src_sents.len()
        {
            return;
        }
        let parts: Vec<Lengths> = src_sents
            .iter()
            .map(|s| Lengths::of(&unit.src.text[s.range.clone()], unit.src.lang))
            .collect();
        let hyp = Lengths::of(unit.hyp.text, unit.hyp.lang);
        let Some(missing) = length::unmatched_part(&model, hyp, &parts, false, WHOLE_Z, WITHOUT_Z)
        else {
            return;
        };
        if missing.z_whole > 0.0 || parts[missing.index].letters < MIN_LETTERS {
            return;
        }
        let span = src_sents[missing.index].range.clone();
        let text = unit.src.text[span.clone()].trim();
        out.flag(
            &META,
            format!(
                "the source sentence {} seems to have no translation in {}",
                quote(text),
                quote(unit.hyp.text)
            ),
        )
        .src(span)
        .suggest(format!("translate the missing sentence: {text}"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::testing::{assert_clean, assert_flags};

    #[test]
    fn flags_second_sentence_missing_in_arabic() {
        assert_flags(
            &Clause,
            (
                "id",
                "Harga bawang merah di pasar induk naik dua kali lipat minggu ini. Pedagang menyalahkan cuaca.",
            ),
            ("ar", "تضاعفت أسعار الكراث في سوق الجملة هذا الأسبوع."),
            "omission/clause",
        );
    }

    #[test]
    fn allows_two_sentences_merged_into_one() {
        assert_clean(
            &Clause,
            (
                "id",
                "Harga bawang merah naik dua kali lipat minggu ini. Penyebabnya gagal panen di Brebes.",
            ),
            (
                "en",
                "Shallot prices doubled this week because the harvest failed in Brebes.",
            ),
        );
    }
}
