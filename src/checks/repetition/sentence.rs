//! `repetition/sentence`: the same sentence written twice in a translation whose source says it
//! once (a model that restarted, or a paragraph pasted twice).

use std::collections::HashMap;

use crate::analyse::Lang;
use crate::checks::untranslated::letters_key;
use crate::checks::{
    Check, DocView, Examples, Findings, Kind, MqmCategory, RuleMeta, Severity, quote,
};
use crate::segment;

/// A sentence said twice.
pub struct Sentence;

static META: RuleMeta = RuleMeta {
    id: "repetition/sentence",
    kind: Kind::Repetition,
    category: MqmCategory::FluencyGrammar,
    default_severity: Severity::Major,
    summary: "a sentence of the translation is written twice",
    explain: "What it catches: a sentence that appears twice in the translation (same words, \
spacing and punctuation aside) when the source has no repeated sentence.\n\
Why it matters: the repeated sentence usually took the place of one that was not translated, \
and a published article that says the same thing twice looks careless.\n\
Example: the translation's third sentence repeats its second word for word.\n\
Known false alarms: a refrain or a repeated quotation that the source words slightly \
differently; sentences shorter than twenty letters (\"No comment.\") are never reported.",
    examples: Examples {
        flags: (
            "id",
            "Banjir merendam dua desa pada hari Senin. Warga mengungsi ke sekolah terdekat.",
            "en",
            "Floods submerged two villages on Monday. Floods submerged two villages on Monday.",
        ),
        allows: (
            "id",
            "Banjir merendam dua desa pada hari Senin. Warga mengungsi ke sekolah terdekat.",
            "en",
            "Floods submerged two villages on Monday. Residents fled to the nearest school.",
        ),
    },
};

/// Fewest letters for a sentence to count (Chinese and Japanese: characters).
fn min_letters(lang: Lang) -> usize {
    if lang.is_cjk() { 10 } else { 20 }
}

/// One sentence that repeats an earlier one.
struct Repeat {
    /// The unit holding the repetition, and its byte span there.
    unit: usize,
    span: std::ops::Range<usize>,
    /// Whether the earlier occurrence is in the same unit.
    same_unit: bool,
}

/// The sentences of `texts` (unit, text) that repeat an earlier one.
fn repeats<'a>(texts: impl Iterator<Item = (usize, &'a str)>, lang: Lang) -> Vec<Repeat> {
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut out = Vec::new();
    for (unit, text) in texts {
        for s in segment::split(text, lang) {
            let key = letters_key(&text[s.range.clone()]);
            if key.chars().count() < min_letters(lang) {
                continue;
            }
            if let Some(&earlier) = seen.get(&key) {
                out.push(Repeat {
                    unit,
                    span: s.range,
                    same_unit: earlier == unit,
                });
            } else {
                seen.insert(key, unit);
            }
        }
    }
    out
}

impl Check for Sentence {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_document(&self, doc: &DocView<'_>, out: &mut Findings) {
        let Some(first) = doc.units.first() else {
            return;
        };
        let (src_lang, hyp_lang) = (first.src.lang, first.hyp.lang);
        let hyp_repeats = repeats(doc.units.iter().map(|u| (u.index, u.hyp.text)), hyp_lang);
        if hyp_repeats.is_empty() {
            return;
        }
        let src_repeats = repeats(doc.units.iter().map(|u| (u.index, u.src.text)), src_lang);
        for Repeat {
            unit,
            span,
            same_unit,
        } in hyp_repeats.into_iter().skip(src_repeats.len())
        {
            let Some(view) = doc.units.iter().find(|u| u.index == unit) else {
                continue;
            };
            let text = &view.hyp.text[span.clone()];
            // Two source sentences said differently may translate the same ("They bullied
            // me!"); a repetition inside what translates one source sentence cannot.
            let severity = if same_unit {
                Severity::Major
            } else {
                Severity::Minor
            };
            out.flag_in(
                unit,
                &META,
                format!("the sentence {} is written twice", quote(text)),
            )
            .severity(severity)
            .hyp(span)
            .suggest("delete the repeated sentence and check that no source sentence was left out");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::testing::{assert_clean, assert_flags};

    #[test]
    fn flags_sentence_repeated_in_japanese() {
        assert_flags(
            &Sentence,
            (
                "id",
                "Kereta cepat itu mulai beroperasi pada bulan Oktober. Tiketnya dijual mulai hari ini.",
            ),
            (
                "ja",
                "高速鉄道は10月に運行を開始した。高速鉄道は10月に運行を開始した。",
            ),
            "repetition/sentence",
        );
    }

    #[test]
    fn allows_sentence_repeated_in_the_source_too() {
        assert_clean(
            &Sentence,
            (
                "id",
                "Kami tidak akan menyerah pada teror. Kami tidak akan menyerah pada teror.",
            ),
            (
                "en",
                "We will not give in to terror. We will not give in to terror.",
            ),
        );
    }
}
