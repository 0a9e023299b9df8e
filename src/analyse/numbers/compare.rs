//! Pairs the numbers of a source and its translation: first equal values, then other readings
//! (3 pm given as 15:00, `1950-53` as 1950-1953), then unit conversions that translators make
//! (inches to centimetres, miles to kilometres, pounds to kilograms, Fahrenheit to Celsius).
//! What is left on each side is for the checks to judge.

use super::{Number, NumberKind, Unit, same};

/// How the numbers of two sides pair up.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Pairing {
    /// (source index, translation index) of numbers that agree.
    pub matched: Vec<(usize, usize)>,
    /// Source numbers with no counterpart, in order.
    pub src_left: Vec<usize>,
    /// Translation numbers with no counterpart, in order.
    pub hyp_left: Vec<usize>,
}

/// Whether two numbers may stand for the same thing: a month only pairs with a month, except
/// that the day and month of a numeric date pair with either (`10/11/2025` kept as it is, or
/// turned into `11/10/2025`).
pub fn compatible(a: &Number, b: &Number) -> bool {
    let day_or_month = |n: &Number| matches!(n.kind, NumberKind::Month | NumberKind::Cardinal);
    (a.kind == NumberKind::Month) == (b.kind == NumberKind::Month)
        || (a.in_numeric_date || b.in_numeric_date) && day_or_month(a) && day_or_month(b)
}

/// Whether `h` is a conversion of `s` into another unit of the same dimension, rounded the way
/// translators round (within 12%, or half a unit for small values).
pub fn converts(s: &Number, h: &Number) -> bool {
    let temp = |u: Unit| matches!(u, Unit::Fahrenheit | Unit::Celsius | Unit::Degree);
    let close = |want: f64, got: f64| (want - got).abs() <= (0.12 * want.abs()).max(0.6);
    // "80 derajat", "the 80s" (Fahrenheit, in American weather) given as "26 degrés".
    let to_celsius = |f: f64| (f - 32.0) * 5.0 / 9.0;
    if h.unit
        .is_some_and(|u| matches!(u, Unit::Celsius | Unit::Degree))
        && s.unit
            .is_none_or(|u| matches!(u, Unit::Fahrenheit | Unit::Degree))
        && s.value >= 40.0
        && close(to_celsius(s.value), h.value)
    {
        return true;
    }
    let (Some(us), Some(uh)) = (s.unit, h.unit) else {
        return false;
    };
    if us == uh {
        return false;
    }
    if let (Some((ds, fs)), Some((dh, fh))) = (us.metric(), uh.metric()) {
        return ds == dh && close(s.value * fs / fh, h.value);
    }
    if temp(us) && temp(uh) {
        // A temperature (80 °F = 27 °C) or a difference (10 °F warmer = 5.5 °C warmer).
        let to_c = (s.value - 32.0) * 5.0 / 9.0;
        let to_f = s.value * 9.0 / 5.0 + 32.0;
        return close(to_c, h.value)
            || close(to_f, h.value)
            || close(s.value * 5.0 / 9.0, h.value)
            || close(s.value * 9.0 / 5.0, h.value);
    }
    false
}

/// Pairs `src` with `hyp`, each number at most once.
pub fn pair(src: &[Number], hyp: &[Number]) -> Pairing {
    let mut src_used = vec![false; src.len()];
    let mut hyp_used = vec![false; hyp.len()];
    let mut matched = Vec::new();
    type Test = fn(&Number, &Number) -> bool;
    let passes: [Test; 3] = [
        |s, h| same(s.value, h.value),
        |s, h| s.alts.iter().any(|a| h.reads_as(*a)) || h.alts.iter().any(|a| s.reads_as(*a)),
        converts,
    ];
    // Digits pair with digits and words with words first, so that a word (the "tiga" of "tiga
    // pria", the "fourball" of a golf report) does not take the place of a changed figure.
    // Equal values and other readings go before conversions, so that "6 m (18 ft)" pairs
    // metres with metres rather than with the converted feet.
    let order = [
        (0, true),
        (1, true),
        (0, false),
        (1, false),
        (2, true),
        (2, false),
    ];
    for (test, strict) in order.map(|(p, strict)| (&passes[p], strict)) {
        for (j, h) in hyp.iter().enumerate() {
            if hyp_used[j] {
                continue;
            }
            let found = src.iter().enumerate().find(|(k, s)| {
                !src_used[*k]
                    && (!strict || s.is_word == h.is_word)
                    && compatible(s, h)
                    && test(s, h)
            });
            if let Some((k, _)) = found {
                src_used[k] = true;
                hyp_used[j] = true;
                matched.push((k, j));
            }
        }
    }
    matched.sort_unstable();
    Pairing {
        matched,
        src_left: (0..src.len()).filter(|k| !src_used[*k]).collect(),
        hyp_left: (0..hyp.len()).filter(|j| !hyp_used[*j]).collect(),
    }
}

/// How far apart two numbers are as written: the edit distance of their digits (a digit
/// dropped, added or changed counts one), for telling a typo-like change from a different
/// number. Words are compared through their value.
pub fn digit_distance(a: &Number, b: &Number) -> usize {
    let da = digits_of(a);
    let db = digits_of(b);
    strsim::levenshtein(&da, &db)
}

/// The significant digits of a number: as written, or from its value.
fn digits_of(n: &Number) -> String {
    let d = if n.digits.is_empty() {
        format!("{}", n.value)
    } else {
        n.digits.clone()
    };
    d.chars().filter(char::is_ascii_digit).collect()
}
