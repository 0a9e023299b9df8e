//! `negation/added`: the translation negates where the source has no negation or denial at
//! all. Only minor: translations often say positively-phrased things with a negation
//! ("gagal" = "did not manage to", "hanya" = "nothing but").

use super::super::{
    Check, Examples, Findings, Kind, MqmCategory, RuleMeta, Severity, UnitView, quote,
};
use super::{is_readable, of_kind};
use crate::analyse::Lang;
use crate::lexicon::negation::CueKind;

/// A negation in the translation with no negation in the source.
pub struct Added;

static META: RuleMeta = RuleMeta {
    id: "negation/added",
    kind: Kind::Negation,
    category: MqmCategory::AccuracyMistranslation,
    default_severity: Severity::Minor,
    summary: "the translation negates where the source does not",
    explain: "What it catches: a translation that says \"not\", \"never\", \"ne ... pas\", 不, \
ない or لا where the source has no negation and no word of denial or refusal at all: \"akan \
hadir\" translated as \"will not attend\".\n\
Why it matters: an added \"not\" reverses the sentence as surely as a lost one.\n\
Example: \"Presiden akan hadir dalam upacara itu\" translated as \"The president will not \
attend the ceremony\".\n\
Known false alarms: sources that negate by meaning rather than by a negation word (\"gagal\" \
= failed, \"hanya\" = only, rendered \"did not manage\", \"nothing but\"); hence only minor.",
    examples: Examples {
        flags: (
            "id",
            "Presiden akan hadir dalam upacara peringatan itu.",
            "en",
            "The president will not attend the memorial ceremony.",
        ),
        allows: (
            "id",
            "Presiden tidak akan hadir dalam upacara peringatan itu.",
            "en",
            "The president will not attend the memorial ceremony.",
        ),
    },
};

impl Check for Added {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, unit: &UnitView<'_>, out: &mut Findings) {
        // a "not only" of the source is no negation, but its translation may well hold one in
        // any word order ("ليس هذا فقط", "だけではありません"): such a unit is not read
        if !unit.is_paired()
            || !is_readable(&unit.hyp)
            || unit
                .src
                .negations()
                .iter()
                .any(|c| !c.kind.is_marker() || c.kind == CueKind::Only)
        {
            return;
        }
        let hyp = of_kind(unit.hyp.negations(), &[CueKind::Neg]);
        let Some(first) = hyp
            .iter()
            .find(|c| is_clausal(unit.hyp.text, &c.span, unit.hyp.lang))
        else {
            return;
        };
        let word = &unit.hyp.text[first.span.clone()];
        out.flag(
            &META,
            format!(
                "the translation negates ({}) but the source {} has no negation",
                quote(word),
                quote(unit.src.text)
            ),
        )
        .hyp(first.span.clone())
        .suggest(format!(
            "check whether {} belongs in the translation",
            quote(word)
        ));
    }
}

/// Negations that negate a clause ("not", "ne", "لم", "不会", "ない"), as opposed to negative
/// prefixes and bound morphemes (non-profit, 不足 = shortage, غير = non-), which translate
/// positive source words and would make this rule noisy.
fn is_clausal(text: &str, span: &std::ops::Range<usize>, lang: Lang) -> bool {
    let word = text[span.clone()].to_lowercase();
    let word = word.as_str();
    match lang {
        Lang::En => matches!(
            word,
            "not"
                | "n't"
                | "n’t"
                | "never"
                | "no"
                | "nothing"
                | "none"
                | "nobody"
                | "neither"
                | "nor"
                | "cannot"
        ),
        Lang::Fr => matches!(word, "ne" | "n'" | "n’"),
        Lang::Ar => matches!(
            word,
            "لا" | "ولا"
                | "فلا"
                | "لم"
                | "ولم"
                | "فلم"
                | "لن"
                | "ولن"
                | "فلن"
                | "ليس"
                | "وليس"
                | "ليست"
                | "وليست"
                | "ليسوا"
                | "لست"
                | "لسنا"
                | "لستم"
        ),
        Lang::Zh | Lang::Ja => {
            let mut chars = word.chars();
            let first = chars.next();
            if first.is_some_and(|c| ('\u{3040}'..='\u{309f}').contains(&c)) {
                return true;
            }
            let next = text[span.end..].chars().next();
            matches!(first, Some('不' | '没' | '沒'))
                && next.is_some_and(|c| "会能是要应可得想愿必需再敢肯用有".contains(c))
        }
        Lang::Id => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::testing::{assert_clean, assert_flags};

    #[test]
    fn flags_invented_not() {
        assert_flags(
            &Added,
            ("id", "Harga minyak naik tajam setelah pengumuman itu."),
            (
                "en",
                "Oil prices did not rise sharply after the announcement.",
            ),
            "negation/added",
        );
    }

    #[test]
    fn flags_invented_bu_in_chinese() {
        assert_flags(
            &Added,
            ("id", "Pemerintah akan menaikkan upah minimum tahun depan."),
            ("zh", "政府明年不会提高最低工资。"),
            "negation/added",
        );
    }

    #[test]
    fn allows_negation_rendering_a_refusal() {
        assert_clean(
            &Added,
            ("id", "Juru bicara itu menolak berkomentar."),
            ("en", "The spokesman would not comment."),
        );
    }

    #[test]
    fn allows_negative_prefixes() {
        assert_clean(
            &Added,
            ("id", "Lembaga nirlaba itu kekurangan dana."),
            ("zh", "这家非营利机构资金不足。"),
        );
    }

    #[test]
    fn allows_antonym_without_source_negation() {
        assert_clean(
            &Added,
            ("id", "Nasib para pengungsi masih misterius."),
            ("en", "The fate of the refugees remains unclear."),
        );
    }

    #[test]
    fn allows_a_not_only_said_with_a_negation_in_another_order() {
        assert_clean(
            &Added,
            ("id", "Tak hanya itu, komisi juga meminta dokumen tambahan."),
            ("ar", "ليس هذا فحسب، بل طلبت اللجنة أيضا وثائق إضافية."),
        );
    }

    #[test]
    fn allows_ne_que_in_french() {
        assert_clean(
            &Added,
            ("id", "Pelatih hanya diizinkan memanggil dua pemain."),
            (
                "fr",
                "L’entraîneur n’a le droit d’appeler que deux joueurs.",
            ),
        );
    }
}
