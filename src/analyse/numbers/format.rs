//! Writes a number the way a language writes it, for suggestions: `2.5 million` in English,
//! `2,5 millions` in French, `250万` in Chinese, `2,5 juta` in Indonesian; months by name
//! (`March`, `mars`, `3月`, `مارس`); percentages with the language's sign or word.

use super::{Number, NumberKind, Unit};
use crate::analyse::Lang;

/// `n`'s value written in `lang`.
pub fn format(n: &Number, lang: Lang) -> String {
    match n.kind {
        NumberKind::Month => return month_name(n.value as u8, lang),
        NumberKind::Time => {
            let h = n.value.trunc();
            let m = ((n.value - h) * 100.0).round();
            return match lang {
                Lang::Fr => format!("{h}h{m:02}"),
                Lang::Id => format!("{h}.{m:02}"),
                _ => format!("{h}:{m:02}"),
            };
        }
        _ => {}
    }
    let body = amount(n.value, n.scale, lang);
    match (n.kind, n.unit) {
        (NumberKind::Percent, _) | (_, Some(Unit::Percent)) => match lang {
            Lang::Id => format!("{body} persen"),
            Lang::En => format!("{body} percent"),
            Lang::Fr => format!("{body} %"),
            Lang::Zh | Lang::Ja | Lang::Ar => format!("{body}%"),
        },
        _ => body,
    }
}

/// An amount, with a scale word when the source used one.
fn amount(value: f64, scale: f64, lang: Lang) -> String {
    if scale > 1.0 {
        let scales: &[(f64, &str)] = match lang {
            Lang::Id => &[
                (1e12, "triliun"),
                (1e9, "miliar"),
                (1e6, "juta"),
                (1e3, "ribu"),
            ],
            Lang::En => &[
                (1e12, "trillion"),
                (1e9, "billion"),
                (1e6, "million"),
                (1e3, "thousand"),
            ],
            Lang::Fr => &[(1e12, "billions"), (1e9, "milliards"), (1e6, "millions")],
            Lang::Zh => &[(1e8, "亿"), (1e4, "万")],
            Lang::Ja => &[(1e12, "兆"), (1e8, "億"), (1e4, "万")],
            Lang::Ar => &[(1e9, "مليار"), (1e6, "مليون"), (1e3, "ألف")],
        };
        if let Some((s, word)) = scales.iter().find(|(s, _)| value >= *s) {
            let head = plain(value / s, lang, false);
            let word = if lang == Lang::Fr && value / s < 2.0 {
                word.trim_end_matches('s')
            } else {
                word
            };
            return if lang.is_cjk() {
                format!("{head}{word}")
            } else {
                format!("{head} {word}")
            };
        }
    }
    plain(value, lang, value >= 10_000.0)
}

/// A plain number: the language's decimal mark, and thousands separators when `group`.
fn plain(value: f64, lang: Lang, group: bool) -> String {
    let rounded = (value * 1e6).round() / 1e6;
    let text = format!("{rounded}");
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    let (thousands, decimal) = match lang {
        Lang::Id => (".", ","),
        Lang::Fr => ("\u{a0}", ","),
        _ => (",", "."),
    };
    let mut out = String::new();
    let n = int.len();
    for (k, c) in int.chars().enumerate() {
        if group && k > 0 && (n - k) % 3 == 0 {
            out.push_str(thousands);
        }
        out.push(c);
    }
    if !frac.is_empty() {
        out.push_str(decimal);
        out.push_str(frac);
    }
    out
}

/// The name of month `m` (1-12) in `lang`.
pub fn month_name(m: u8, lang: Lang) -> String {
    const NAMES: [[&str; 12]; 4] = [
        [
            "Januari",
            "Februari",
            "Maret",
            "April",
            "Mei",
            "Juni",
            "Juli",
            "Agustus",
            "September",
            "Oktober",
            "November",
            "Desember",
        ],
        [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ],
        [
            "janvier",
            "février",
            "mars",
            "avril",
            "mai",
            "juin",
            "juillet",
            "août",
            "septembre",
            "octobre",
            "novembre",
            "décembre",
        ],
        [
            "يناير",
            "فبراير",
            "مارس",
            "أبريل",
            "مايو",
            "يونيو",
            "يوليو",
            "أغسطس",
            "سبتمبر",
            "أكتوبر",
            "نوفمبر",
            "ديسمبر",
        ],
    ];
    let k = usize::from(m.clamp(1, 12) - 1);
    match lang {
        Lang::Id => NAMES[0][k].to_string(),
        Lang::En => NAMES[1][k].to_string(),
        Lang::Fr => NAMES[2][k].to_string(),
        Lang::Ar => NAMES[3][k].to_string(),
        Lang::Zh | Lang::Ja => format!("{m}月"),
    }
}
