//! `addition/clause`: a sentence inside an aligned unit that its source does not account for:
//! the unit is far too long for its source, and would be of the usual length without that
//! sentence. The aligner merges such a sentence with its neighbour when it cannot tell it
//! apart by length alone.

use crate::analyse::length::{self, Lengths};
use crate::checks::{
    Check, Examples, Findings, Kind, MqmCategory, RuleMeta, Severity, UnitView, quote,
};
use crate::segment;

/// An extra sentence glued to a translated one.
pub struct Clause;

static META: RuleMeta = RuleMeta {
    id: "addition/clause",
    kind: Kind::Addition,
    category: MqmCategory::AccuracyAddition,
    default_severity: Severity::Major,
    summary: "a translated sentence carries an extra sentence with no source",
    explain: "What it catches: a translation unit with more sentences than its source, far too \
long for it, that would be of the usual length without one of its sentences: that sentence \
says something the source does not.\n\
Why it matters: the newsroom publishes a claim its reporters never wrote, glued to a sentence \
that is correctly translated and therefore easy to miss.\n\
Example: \"The bridge will open in June. The striker signed a four-year contract with the \
club.\" for a source that only announces the bridge.\n\
Known false alarms: a source sentence translated very freely as two, one of them much longer \
than usual; an explanation the translator added on purpose (a spelled-out acronym).",
    examples: Examples {
        flags: (
            "id",
            "Harga bawang merah di pasar induk Kramat Jati naik dua kali lipat minggu ini karena pasokan dari Brebes terganggu hujan deras, kata para pedagang.",
            "fr",
            "Le prix des échalotes a doublé cette semaine au marché de gros de Kramat Jati, car les livraisons de Brebes ont été perturbées par de fortes pluies, selon les commerçants. L’entraîneur a annoncé son départ du club.",
        ),
        allows: (
            "id",
            "Jembatan baru itu akan dibuka untuk umum pada bulan Juni, kata gubernur kepada para wartawan di Bandung.",
            "en",
            "The new bridge will open to the public in June. The governor told reporters so in Bandung.",
        ),
    },
};

/// The unit must be at least this many spreads too long as it is (calibrated with
/// `analyse::length`; clean units beyond it are about 1 in 50).
const WHOLE_Z: f64 = 2.0;
/// And within this many spreads of the usual without the extra sentence.
const WITHOUT_Z: f64 = 1.5;
/// Fewest letters of the extra sentence (a stray "she said." is no addition).
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
        let hyp_sents = segment::split(unit.hyp.text, unit.hyp.lang);
        if hyp_sents.len() < 2
            || segment::split(unit.src.text, unit.src.lang).len() >= hyp_sents.len()
        {
            return;
        }
        let parts: Vec<Lengths> = hyp_sents
            .iter()
            .map(|s| Lengths::of(&unit.hyp.text[s.range.clone()], unit.hyp.lang))
            .collect();
        let src = Lengths::of(unit.src.text, unit.src.lang);
        let Some(extra) = length::unmatched_part(&model, src, &parts, true, WHOLE_Z, WITHOUT_Z)
        else {
            return;
        };
        if extra.z_whole < 0.0 || parts[extra.index].letters < MIN_LETTERS {
            return;
        }
        let span = hyp_sents[extra.index].range.clone();
        let text = &unit.hyp.text[span.clone()];
        out.flag(
            &META,
            format!(
                "the sentence {} has no counterpart in the source {}",
                quote(text),
                quote(unit.src.text)
            ),
        )
        .hyp(span)
        .suggest("remove the sentence, or check that the source was not cut short");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::testing::{assert_clean, assert_flags};

    #[test]
    fn flags_sentence_from_another_story_glued_on_in_french() {
        assert_flags(
            &Clause,
            (
                "id",
                "Harga bawang merah di pasar induk Kramat Jati naik dua kali lipat minggu ini karena pasokan dari Brebes terganggu hujan deras, kata para pedagang.",
            ),
            (
                "fr",
                "Le prix des échalotes a doublé cette semaine au marché de gros de Kramat Jati, car les livraisons de Brebes ont été perturbées par de fortes pluies, selon les commerçants. L’entraîneur a annoncé son départ du club.",
            ),
            "addition/clause",
        );
    }

    #[test]
    fn allows_one_sentence_translated_as_two() {
        assert_clean(
            &Clause,
            (
                "id",
                "Harga bawang merah di pasar induk naik dua kali lipat minggu ini karena panen di Brebes gagal akibat hujan deras.",
            ),
            (
                "en",
                "Shallot prices at the wholesale market doubled this week. The harvest in Brebes failed after heavy rain.",
            ),
        );
    }
}
