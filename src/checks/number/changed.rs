//! `number/changed`: a number, amount, percentage, date or year of the source that the
//! translation gives as a different value.

use crate::analyse::numbers::compare::{compatible, digit_distance, pair, significant_distance};
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
\u{201c}380.000\u{201d} rendered \u{201c}38,000\u{201d}, a digit changed in a year. Numbers \
are compared as values, every plausible reading of each side against every reading of the \
other, the way each language writes them: 1.000,5 in Indonesian and French is 1,000.5 in \
English, and a figure with one separator before three digits (\u{201c}1,127\u{201d}) may be \
read either way, as Indonesian news often keeps English separators; juta = million = \
100\u{4e07}; \u{4e00}\u{4e07}\u{516d}\u{4e03}\u{5343} is 16,000 or 17,000; Arabic-Indic and \
full-width digits, and Arabic digit groups laid out right to left; number words; month names \
and bracketed dates (Senin (1/4)); Japanese era years; ordinals, and centuries by their years; \
3 pm = 15:00; conversions of inches, miles, pounds and degrees, also when the translation says \
the unit apart from the figure (\u{6642}\u{901f}85\u{30de}\u{30a4}\u{30eb}). A finding is \
major only on strong evidence: the one figure left unmatched on each side is a digit away from \
the source's or another value of the same measure, or, among several figures left, one keeps \
the source's digits with a slip of scale or of a power of ten. Weaker evidence is minor: a \
digit apart among several figures left, a small number word or an ordinal word of the source \
(\u{201c}tiga\u{201d}, \u{201c}pertama\u{201d}), a figure the source says twice, the same \
digits read as another value or copied with the source's separators, a scale word left out, a \
loosely converted measure, a figure in the translation with no counterpart in the source. A \
source number that the translation leaves out is not reported by this rule.\n\
Why it matters: a wrong figure, date or age in a published story is a factual error that \
readers cannot detect and that the newsroom has to correct.\n\
Example: \u{201c}Sebanyak 380.000 warga mengungsi\u{201d} translated \u{201c}38,000 residents \
fled\u{201d}: the message quotes both and suggests 380,000.\n\
Known false alarms: translations that recompute a figure (an age turned into a birth year, a \
time given in another time zone, 2,5 jam given as 150 minutes), that adapt it (an emergency \
number), or that correct the source.",
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
                && weak_word(&src[k], &hyp[j])
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
        // The source says this figure twice and the translation once.
        let repeated = |k: usize| {
            pairing
                .matched
                .iter()
                .any(|&(k2, _)| k2 != k && src[k2].reads_as(src[k].value))
        };
        // Figures left on each side that could stand for a changed one: not a small number
        // word, an ordinal word or a repeated figure of the source, not a bare 1 or a number
        // word of the translation.
        let open_src = pairing
            .src_left
            .iter()
            .filter(|&&k| !weak_source(&src[k]) && !repeated(k))
            .count();
        let open_hyp = hyp_left
            .iter()
            .filter(|&&j| !hyp[j].is_word && !is_one(&hyp[j]))
            .count();
        let single = open_src <= 1 && open_hyp <= 1;
        for (j, k) in pairs {
            let (s, h) = (&src[k], &hyp[j]);
            let src_text = &unit.src.text[s.span.clone()];
            let hyp_text = &unit.hyp.text[h.span.clone()];
            let message = if same_digits(s, h) {
                format!(
                    "{} in the source is {} here: the same digits, read as another value \
                     (check the decimal point, the thousands separator and the scale word)",
                    quote(src_text),
                    quote(hyp_text)
                )
            } else {
                format!(
                    "{} in the source is {} here",
                    quote(src_text),
                    quote(hyp_text)
                )
            };
            let severity = if is_strong(s, h, repeated(k), single) {
                Severity::Major
            } else {
                Severity::Minor
            };
            out.flag(&META, message)
                .src(s.span.clone())
                .hyp(h.span.clone())
                .suggest(format(s, unit.hyp.lang))
                .severity(severity);
        }
        // A figure the translation copies as written, separators and all, that reads as
        // another value in the translation's language ("125,251" is 125.251 in Indonesian and
        // 125,251 in English): either may be meant, so it is only worth a look.
        for &(k, j) in &pairing.matched {
            let (s, h) = (&src[k], &hyp[j]);
            let written = &unit.src.text[s.span.clone()];
            if same(s.value, h.value)
                || s.regrouped.is_none()
                || written != &unit.hyp.text[h.span.clone()]
            {
                continue;
            }
            out.flag(
                &META,
                format!(
                    "{} is copied from the source as written, but in {} it reads as {}, \
                     where the source's convention gives {}: check which is meant",
                    quote(written),
                    unit.hyp.lang.name(),
                    format(h, unit.hyp.lang),
                    format(s, unit.hyp.lang)
                ),
            )
            .src(s.span.clone())
            .hyp(h.span.clone())
            .suggest(format(s, unit.hyp.lang))
            .severity(Severity::Minor);
        }
        for &j in &hyp_left {
            let h = &hyp[j];
            // The other end of a figure the source gives as a range or with two readings
            // (一万六七千 as "16,000 to 17,000") is the source's too.
            let other_reading = || src.iter().any(|s| s.alts.iter().any(|&a| h.reads_as(a)));
            if hyp_done[j] || h.is_word || is_one(h) || other_reading() {
                continue;
            }
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

/// Whether a pair of numbers left unmatched is strong evidence (major) that the translation
/// gives a different value where the source's should be. When one figure is left on each side
/// (`single`), it stands in the source's place: a digit apart (one digit changed, added or
/// dropped), or of one measure and kind, it is strong. When several are left, a pair a digit
/// apart may be two different figures, so only one that keeps its significant digits is strong
/// (a slip of scale or of a power of ten: "2,5 juta" as 25 million, 300.000 as 30,000).
/// Weaker evidence is minor: a source number word below ten or an ordinal word, a figure the
/// source repeats and the translation gives once, a bare 1 far from its partner, the same
/// digits read as another value, a scale word left out, a measure converted loosely.
fn is_strong(s: &Number, h: &Number, repeated: bool, single: bool) -> bool {
    if weak_word(s, h) || weak(s, h) || repeated || same_digits(s, h) {
        return false;
    }
    let distance = significant_distance(s, h);
    if (is_one(s) || is_one(h)) && distance > 1 {
        return false;
    }
    distance == 0 || single && (distance == 1 || same_measure(s, h) && s.kind == h.kind)
}

/// Whether two numbers count the same thing: both bare, both percentages, one unit, or two
/// units of one dimension.
fn same_measure(s: &Number, h: &Number) -> bool {
    s.unit == h.unit || measure(s).is_some() && measure(s) == measure(h)
}

/// Whether two different values are written with the same digits: a decimal comma read as a
/// thousands separator ("5.016,712" as 5,016,712) or a scale word left out ("1,5 juta" as 1.5).
fn same_digits(s: &Number, h: &Number) -> bool {
    !s.digits.is_empty() && s.digits == h.digits
}

/// Whether `n` is a bare "1": Japanese and Chinese write the "se-" of "seorang" (a person) or
/// "sekali" (once) as "1人", "1回", so a "1" of the translation alone says nothing.
fn is_one(n: &Number) -> bool {
    n.kind == NumberKind::Cardinal && n.unit.is_none() && same(n.value, 1.0)
}

/// Whether a source number read from a word is weak evidence: small number words and
/// ordinals are often idioms or re-expressed ("satu dekade" = "a decade", "pertama" = "first",
/// "empat bola" = "fourball", "quatre jeunes (17, 18 et 20 ans)"), unless the translation gives
/// an ordinal too ("kedua" as "12度目"); month names are not weak.
fn weak_word(s: &Number, h: &Number) -> bool {
    let ordinals = s.kind == NumberKind::Ordinal && h.kind == NumberKind::Ordinal;
    weak_source(s) && !ordinals
}

/// Whether a source number is a small number word or an ordinal word (not a month name).
fn weak_source(n: &Number) -> bool {
    n.is_word && (n.kind == NumberKind::Ordinal || n.kind != NumberKind::Month && n.value < 10.0)
}

/// The dimension of a number's unit, if it is a measure (speeds with distances, as a speed's
/// "per hour" is often said apart from the figure).
fn measure(n: &Number) -> Option<u8> {
    n.unit.and_then(|u| u.per_hour()).map(|(d, _)| d)
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
