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
        return unit_unread(s, h) || unit_unread(h, s);
    };
    // Two temperatures whose scale is not said may still be one in Fahrenheit and the other
    // in Celsius ("80 degrees" in an American report, "26 degrés" in its French translation).
    if us == uh && us != Unit::Degree {
        return false;
    }
    if let (Some((ds, fs)), Some((dh, fh))) = (us.per_hour(), uh.per_hour()) {
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

/// Whether `b`, whose unit was not read (written before the figure, as in 時速85マイル, or a
/// word form the lists lack), is `a` converted into another unit of `a`'s dimension, rounded
/// the way translators round (within 6%): 250 kg given as "550 رطلاً", 26 degrees as 80.
fn unit_unread(a: &Number, b: &Number) -> bool {
    let close = |want: f64, got: f64| (want - got).abs() <= (0.06 * want.abs()).max(0.6);
    let Some(ua) = a.unit else {
        return false;
    };
    if b.unit.is_some() || a.value == 0.0 {
        return false;
    }
    if matches!(ua, Unit::Celsius | Unit::Fahrenheit | Unit::Degree) {
        return close((a.value - 32.0) * 5.0 / 9.0, b.value)
            || close(a.value * 9.0 / 5.0 + 32.0, b.value);
    }
    let Some((da, fa)) = ua.per_hour() else {
        return false;
    };
    Unit::ALL.iter().any(|&other| {
        other != ua
            && other
                .per_hour()
                .is_some_and(|(d, f)| d == da && close(a.value * fa / f, b.value))
    })
}

/// Whether `a` and `b` are one figure with its separators read by two conventions: "1,127" in
/// an Indonesian text that keeps English separators, given as "1,127" or 1127. The other side
/// must be written with the same digits or with no separator at all: "10,00" for "10.000" is a
/// mangled figure, not another reading of it.
pub fn regrouped(a: &Number, b: &Number) -> bool {
    let plain = |n: &Number| {
        n.digits
            .parse::<f64>()
            .is_ok_and(|d| same(d, n.value / n.scale))
    };
    let other = |x: &Number, y: &Number| {
        x.regrouped.is_some_and(|r| same(r, y.value)) && (x.digits == y.digits || plain(y))
    };
    !a.digits.is_empty() && (other(a, b) || other(b, a))
}

/// Pairs `src` with `hyp`, each number at most once.
pub fn pair(src: &[Number], hyp: &[Number]) -> Pairing {
    let mut src_used = vec![false; src.len()];
    let mut hyp_used = vec![false; hyp.len()];
    let mut matched = Vec::new();
    type Test = fn(&Number, &Number) -> bool;
    let passes: [Test; 3] = [
        |s, h| same(s.value, h.value),
        |s, h| {
            s.alts.iter().any(|a| h.reads_as(*a))
                || h.alts.iter().any(|a| s.reads_as(*a))
                || regrouped(s, h)
        },
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

/// How far apart two values are in their significant digits (leading and trailing zeros
/// dropped): 300,000 and 30,000 are 0 apart, 2017 and 2717 one, 25,000 and 25,150 two. A
/// figure changed by a slip (a digit changed, added or dropped, a scale off by ten) is at most
/// one apart; two unrelated figures mostly more.
pub fn significant_distance(a: &Number, b: &Number) -> usize {
    strsim::levenshtein(&significant(a.value), &significant(b.value))
}

/// The significant digits of a value.
fn significant(v: f64) -> String {
    let rounded = format!("{}", (v * 1e6).round() / 1e6);
    let digits: String = rounded.chars().filter(char::is_ascii_digit).collect();
    digits.trim_matches('0').to_string()
}
