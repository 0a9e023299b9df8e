//! `negation/denial`: a verb of denial or refusal in the source ("membantah" = refuted,
//! "menyangkal" = denied, "menolak" = rejected) that the translation turns into a neutral or
//! opposite verb ("delivers", "accepted"), with no denial and no extra negation to carry it.

use super::super::{
    Check, Examples, Findings, Kind, MqmCategory, RuleMeta, Severity, UnitView, quote,
};
use super::{is_readable, of_kind, with_next_word};
use crate::lexicon::negation::CueKind;

/// A denial or refusal of the source that the translation does not carry.
pub struct Denial;

/// Denial verbs with one sense (refute, deny): losing them is strong evidence. "menolak"
/// (refuse, reject, decline, resist, oppose) has too many renderings to be more than minor.
const REFUTE: &[&str] = &[
    "bantahan",
    "dibantah",
    "disangkal",
    "ditampik",
    "membantah",
    "membantahnya",
    "menafikan",
    "menampik",
    "menyangkal",
    "penyangkalan",
];

static META: RuleMeta = RuleMeta {
    id: "negation/denial",
    kind: Kind::Negation,
    category: MqmCategory::AccuracyMistranslation,
    default_severity: Severity::Minor,
    summary: "a denial or refusal of the source is turned into its opposite",
    explain: "What it catches: the source denies, refutes or rejects (\"membantah\", \
\"menyangkal\", \"menampik\", \"menolak\") and the translation has no verb of denial \
(deny, refute, reject, dismiss, dispute, ...) and no negation to stand in for it, so the \
claim now reads as made or accepted.\n\
Why it matters: \"the report refutes the counter-narrative\" and \"the report delivers a \
counter-narrative\" say opposite things; the reader is told a side holds a view it denies.\n\
Example: \"laporan itu juga membantah narasi tandingan\" translated as \"the report also \
delivers a counter-narrative\".\n\
Known false alarms: a denial or refusal rendered by a verb the list does not know \
(\"menolak\" as \"dodged\", \"waved away\"; \"membantah\" as \"the Kremlin says ... is \
only\"): professional translations do this often enough (three of the 350 dev articles of \
human translations) that the rule is minor, worth a look, never a gate failure by default.",
    examples: Examples {
        flags: (
            "id",
            "Kementerian itu membantah laporan tentang kebocoran data pemilih.",
            "en",
            "The ministry delivered a report on the leak of voter data.",
        ),
        allows: (
            "id",
            "Kementerian itu membantah laporan tentang kebocoran data pemilih.",
            "en",
            "The ministry denied reports of a leak of voter data.",
        ),
    },
};

impl Check for Denial {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, unit: &UnitView<'_>, out: &mut Findings) {
        if !unit.is_paired() || !is_readable(&unit.hyp) {
            return;
        }
        let src_deny = of_kind(unit.src.negations(), &[CueKind::Deny]);
        if src_deny.is_empty() {
            return;
        }
        let src_neg = of_kind(unit.src.negations(), &[CueKind::Neg]).len();
        // a condemnation answers a denial ("menolak" = "denounced"), never a negation
        let hyp_deny = of_kind(unit.hyp.negations(), &[CueKind::Deny, CueKind::Cond]).len();
        let hyp_neg = unit
            .hyp
            .negations()
            .iter()
            .filter(|c| !c.kind.is_marker() && c.kind != CueKind::Deny)
            .count();
        // a negation beyond those the source has may carry the denial ("did not accept")
        if src_deny.len() <= hyp_deny + hyp_neg.saturating_sub(src_neg) {
            return;
        }
        // report a refuting verb before a refusing one
        let is_refute = |c: &&crate::lexicon::negation::Cue| {
            REFUTE.contains(&unit.src.text[c.span.clone()].to_lowercase().as_str())
        };
        let refute = src_deny.iter().find(is_refute);
        let Some(cue) = refute.or(src_deny.first()) else {
            return;
        };
        let phrase = with_next_word(unit.src.text, &cue.span);
        let verb = &unit.src.text[cue.span.clone()];
        let finding = out
            .flag(
                &META,
                format!(
                    "the source denies or rejects ({}), but the translation {} does not: the claim may now read as made or accepted",
                    quote(&unit.src.text[phrase.clone()]),
                    quote(unit.hyp.text)
                ),
            )
            .src(phrase)
            .suggest(format!(
                "render {} as a denial (\"denied\", \"refuted\", \"rejected\")",
                quote(verb)
            ));
        if refute.is_none() {
            finding.severity(Severity::Minor);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::testing::{assert_clean, assert_flags};

    #[test]
    fn flags_refuted_rendered_as_delivered() {
        assert_flags(
            &Denial,
            (
                "id",
                "Juru bicara partai itu membantah tuduhan korupsi dalam proyek jalan tol.",
            ),
            (
                "en",
                "The party spokesman confirmed corruption allegations in the toll road project.",
            ),
            "negation/denial",
        );
    }

    #[test]
    fn flags_denial_lost_in_french() {
        assert_flags(
            &Denial,
            (
                "id",
                "Perusahaan itu menyangkal terlibat dalam pembakaran hutan.",
            ),
            (
                "fr",
                "L’entreprise a reconnu son implication dans les incendies de forêt.",
            ),
            "negation/denial",
        );
    }

    #[test]
    fn allows_denial_kept() {
        assert_clean(
            &Denial,
            (
                "id",
                "Perusahaan itu menyangkal terlibat dalam pembakaran hutan.",
            ),
            ("en", "The company denied any role in the forest fires."),
        );
    }

    #[test]
    fn allows_refusal_carried_by_a_negation() {
        assert_clean(
            &Denial,
            (
                "id",
                "Juru bicara itu menolak berkomentar soal kasus tersebut.",
            ),
            ("en", "The spokesman would not comment on the case."),
        );
    }

    #[test]
    fn allows_disputed_in_arabic() {
        assert_clean(
            &Denial,
            (
                "id",
                "Kementerian itu membantah bahwa proyek bendungan merugikan petani.",
            ),
            ("ar", "وجادلت الوزارة في أن مشروع السد يضر بالمزارعين."),
        );
    }

    #[test]
    fn allows_refusal_rendered_as_condemnation() {
        assert_clean(
            &Denial,
            (
                "id",
                "Para petani menolak rencana tambang di lereng gunung itu.",
            ),
            (
                "fr",
                "Les agriculteurs dénoncent le projet de mine sur les flancs du volcan.",
            ),
        );
    }
}
