//! `number/changed`: a number, amount, percentage, date or year of the source that the
//! translation gives as a different value.

use crate::analyse::numbers::compare::{compatible, digit_distance, pair};
use crate::analyse::numbers::format::format;
use crate::analyse::numbers::{Number, NumberKind, has_digits, same};
use crate::checks::{
    Check, Examples, Findings, Kind, MqmCategory, RuleMeta, Severity, UnitView, quote,
};

/// A number whose value differs between the source and the translation.
pub struct Changed;

static META: RuleMeta = RuleMeta {
    id: "number/changed",
    kind: Kind::Number,
    category: MqmCategory::AccuracyMistranslation,
    default_severity: Severity::Major,
    summary: "a number, date or amount differs from the source",
    explain: "What it catches: a number, amount, percentage, date or year that the translation \
gives as a different value: \u{201c}2,5 juta\u{201d} rendered \u{201c}25 million\u{201d}, \
\u{201c}16 Juni\u{201d} rendered \u{201c}May 16\u{201d}, a digit dropped from a year. Numbers \
are compared as values, the way each language writes them (1.000,5 in Indonesian and French is \
1,000.5 in English; juta = million = 100\u{4e07}; Arabic-Indic and full-width digits; number \
words; month names; ordinals; 3 pm = 15:00; inches = centimetres), so a right conversion is not \
reported.\n\
Why it matters: a wrong figure, date or age in a published story is a factual error that \
readers cannot detect and that the newsroom has to correct.\n\
Example: \u{201c}Sebanyak 380.000 warga mengungsi\u{201d} translated \u{201c}38,000 residents \
fled\u{201d}: the message quotes both and suggests 380,000.\n\
Known false alarms: translations that recompute a figure (an age turned into a birth year, a \
time given in another time zone) or that correct the source. Weak evidence is reported as \
minor: a figure in the translation with no counterpart in the source, a mismatch against \
\u{201c}satu\u{201d} or an ordinal word, a unit conversion that is only roughly right, a scale \
word left out. A source number that the translation leaves out is not reported by this rule.",
    examples: Examples {
        flags: (
            "id",
            "Sebanyak 380.000 warga mengungsi akibat banjir.",
            "en",
            "As many as 38,000 residents fled the floods.",
        ),
        allows: (
            "id",
            "Pemerintah menyiapkan dana Rp 2,5 triliun untuk 16 Maret.",
            "en",
            "The government set aside 2.5 trillion rupiah for March 16.",
        ),
    },
};

impl Check for Changed {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, unit: &UnitView<'_>, out: &mut Findings) {
        // Only figures written in digits in the translation are reported, so a translation
        // without digits needs no reading at all.
        if !unit.is_paired() || !has_digits(unit.hyp.text) {
            return;
        }
        let src = unit.src.numbers();
        let hyp = unit.hyp.numbers();
        if hyp.is_empty() {
            return;
        }
        let pairing = pair(src, hyp);
        let mut hyp_left = pairing.hyp_left.clone();
        // A source figure left alone while a source word took a translation figure a digit
        // away from it ("satu sisi" taking the "1" that replaced "abad ke 17"): the figure was
        // changed, and the word is the coincidence.
        for &(k, j) in &pairing.matched {
            let reopen = src[k].is_word
                && !hyp[j].is_word
                && pairing.src_left.iter().any(|&d| {
                    !src[d].is_word
                        && src[d].digits.len() >= 2
                        && compatible(&src[d], &hyp[j])
                        && digit_distance(&src[d], &hyp[j]) <= 1
                });
            if reopen {
                hyp_left.push(j);
            }
        }
        hyp_left.sort_unstable();
        // Numbers left on both sides are paired closest first: same kind of measure, then the
        // fewest digits apart. A translation number with no partner is minor.
        let mut candidates = Vec::new();
        for &j in &hyp_left {
            // Number words in the translation only serve to pair; a translator's "a", "one"
            // or "二人" with no source digit behind it says nothing.
            if hyp[j].is_word {
                continue;
            }
            for &k in &pairing.src_left {
                if compatible(&src[k], &hyp[j]) {
                    let unit_cost = usize::from(measure(&src[k]) != measure(&hyp[j]));
                    let is_word = usize::from(src[k].is_word);
                    let distance = digit_distance(&src[k], &hyp[j]);
                    candidates.push((unit_cost, is_word, distance, j, k));
                }
            }
        }
        candidates.sort_unstable();
        let mut hyp_done = vec![false; hyp.len()];
        let mut src_done = vec![false; src.len()];
        let mut pairs = Vec::new();
        for (_, _, _, j, k) in candidates {
            if !hyp_done[j] && !src_done[k] {
                hyp_done[j] = true;
                src_done[k] = true;
                pairs.push((j, k));
            }
        }
        pairs.sort_unstable();
        for (j, k) in pairs {
            let (s, h) = (&src[k], &hyp[j]);
            let src_text = &unit.src.text[s.span.clone()];
            let hyp_text = &unit.hyp.text[h.span.clone()];
            let severity = if weak_word(s, h) || weak(s, h) {
                Severity::Minor
            } else {
                Severity::Major
            };
            out.flag(
                &META,
                format!(
                    "{} in the source is {} here",
                    quote(src_text),
                    quote(hyp_text)
                ),
            )
            .src(s.span.clone())
            .hyp(h.span.clone())
            .suggest(format(s, unit.hyp.lang))
            .severity(severity);
        }
        for &j in &hyp_left {
            if hyp_done[j] || hyp[j].is_word || is_one(&hyp[j]) {
                continue;
            }
            let h = &hyp[j];
            out.flag(
                &META,
                format!(
                    "{} here has no counterpart in the source",
                    quote(&unit.hyp.text[h.span.clone()])
                ),
            )
            .hyp(h.span.clone())
            .severity(Severity::Minor);
        }
    }
}

/// Whether `n` is a bare "1": Japanese and Chinese write the "se-" of "seorang" (a person) or
/// "sekali" (once) as "1人", "1回", so a "1" of the translation alone says nothing.
fn is_one(n: &Number) -> bool {
    n.kind == NumberKind::Cardinal && n.unit.is_none() && same(n.value, 1.0)
}

/// Whether a source number read from a word is weak evidence: "satu" and ordinals are often
/// idioms ("satu dekade" = "a decade", "pertama" = "first"), unless the translation gives an
/// ordinal too ("kedua" as "12度目"); month names are not weak.
fn weak_word(s: &Number, h: &Number) -> bool {
    let ordinals = s.kind == NumberKind::Ordinal && h.kind == NumberKind::Ordinal;
    s.is_word
        && !ordinals
        && (s.kind == NumberKind::Ordinal || s.kind != NumberKind::Month && s.value < 2.0)
}

/// The dimension of a number's unit, if it is a measure.
fn measure(n: &Number) -> Option<u8> {
    n.unit.and_then(|u| u.metric()).map(|(d, _)| d)
}

/// Whether a mismatch between measures is weak evidence: a unit conversion that came out
/// differently (the translator may have rounded or used another unit), or a measure split
/// into two units (6.6 feet as 6 feet 6 inches).
fn weak(s: &Number, h: &Number) -> bool {
    // A scale word left out ("1,5 juta" as "1.5"): an error, but one a reader sees.
    if s.scale > 1.0 && h.scale == 1.0 && same(s.value / s.scale, h.value) {
        return true;
    }
    match (
        s.unit.and_then(|u| u.metric()),
        h.unit.and_then(|u| u.metric()),
    ) {
        (Some((ds, fs)), Some((dh, fh))) if ds == dh => {
            if s.unit == h.unit {
                same(s.value.trunc(), h.value)
            } else {
                // Rounded loosely, not recomputed from a changed figure.
                let want = s.value * fs / fh;
                (h.value - want).abs() <= 0.35 * want.abs()
            }
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests;
