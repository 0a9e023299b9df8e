//! The reader: one pass over the text that reads digit numbers (`digits`), Chinese/Japanese
//! numerals, number words and month names (`words`), then a few readings that depend on
//! neighbours (`1950-53`, `années 30`, `3 sore`, `2 hingga 4 inci`).

use super::digits::{read_digit_number, time_alts};
use super::words::{read_cjk_numeral, read_words};
use super::{Number, NumberKind, Unit};
use crate::analyse::Lang;
use crate::lexicon::numbers::LEXICON;

/// The value of a digit of any script we read: ASCII, Arabic-Indic, Extended Arabic-Indic
/// (Persian/Urdu forms), full-width.
pub(super) fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '\u{660}'..='\u{669}' => Some(c as u32 - 0x660),
        '\u{6f0}'..='\u{6f9}' => Some(c as u32 - 0x6f0),
        '\u{ff10}'..='\u{ff19}' => Some(c as u32 - 0xff10),
        _ => None,
    }
}

pub(super) fn is_cjk(c: char) -> bool {
    crate::analyse::tokens::is_cjk_char(c)
}

/// The character at byte `i`, if any.
pub(super) fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..).and_then(|s| s.chars().next())
}

/// The character before byte `i`, if any.
pub(super) fn char_before(text: &str, i: usize) -> Option<char> {
    text.get(..i).and_then(|s| s.chars().next_back())
}

/// Reads every number of `text`.
pub(super) fn read(text: &str, lang: Lang) -> Vec<Number> {
    let mut out: Vec<Number> = Vec::new();
    let mut i = 0;
    let mut percent_prefix = false;
    while let Some(c) = char_at(text, i) {
        if digit_value(c).is_some() && utc_offset(text, i) {
            // GMT+0100: a time zone, which translations often restate in another zone.
            let (_, end) = read_digit_number(text, i, lang);
            i = end.max(i + c.len_utf8());
        } else if digit_value(c).is_some() {
            let (mut n, end) = read_digit_number(text, i, lang);
            if std::mem::take(&mut percent_prefix) {
                n.kind = NumberKind::Percent;
            }
            out.push(n);
            i = end.max(i + c.len_utf8());
        } else if text[i..].starts_with("百分之") {
            percent_prefix = true;
            i += "百分之".len();
        } else if is_cjk(c) && LEXICON.cjk(c).is_some() {
            match read_cjk_numeral(text, i, lang) {
                Some((mut n, end)) => {
                    if std::mem::take(&mut percent_prefix) {
                        n.kind = NumberKind::Percent;
                    }
                    out.push(n);
                    i = end.max(i + c.len_utf8());
                }
                None => i += c.len_utf8(),
            }
        } else if !is_cjk(c) && c.is_alphabetic() {
            let (found, end) = read_words(text, i, lang);
            out.extend(found);
            i = end.max(i + c.len_utf8());
        } else {
            i += c.len_utf8();
        }
    }
    neighbours(text, lang, &mut out);
    merge_fractions(text, merge_decades(text, out))
}

/// Fractions read as one number: 3分の1 and 三分之一 (the denominator first), "dua per tiga"
/// and 2/3 (the numerator first), "dua pertiga", "deux tiers" (a count of a unit fraction
/// word: "pertiga" and "tiers" are read as 0.333...).
fn merge_fractions(text: &str, numbers: Vec<Number>) -> Vec<Number> {
    let mut out: Vec<Number> = Vec::with_capacity(numbers.len());
    for n in numbers {
        if let Some(prev) = out.last_mut()
            && let Some(value) = fraction(text, prev, &n)
        {
            prev.value = value;
            prev.alts.clear();
            prev.regrouped = None;
            prev.span.end = n.span.end;
            prev.is_word = prev.is_word && n.is_word;
            prev.digits.clear();
            continue;
        }
        out.push(n);
    }
    out
}

/// The value of `a` and the number `b` right after it read together as a fraction, if they are
/// one.
fn fraction(text: &str, a: &Number, b: &Number) -> Option<f64> {
    let plain = |n: &Number| n.kind == NumberKind::Cardinal && n.unit.is_none() && n.scale == 1.0;
    if !plain(a) || !plain(b) {
        return None;
    }
    let between = &text[a.span.end..b.span.start];
    let whole = |n: &Number| n.value.fract() == 0.0 && n.value >= 1.0;
    let small_denominator = |d: &Number| whole(d) && (2.0..=10.0).contains(&d.value);
    let before = text[..a.span.start].chars().next_back();
    let after = text[b.span.end..].chars().next();
    let digit_or_slash = |c: Option<char>| c.is_some_and(|c| c == '/' || c.is_ascii_digit());
    match between {
        "分の" | "分之" if small_denominator(a) && whole(b) && b.value < a.value => {
            Some(b.value / a.value)
        }
        " per " if a.is_word && b.is_word && small_denominator(b) && a.value < b.value => {
            Some(a.value / b.value)
        }
        // 2/3, but not the day and month of 14/10/2025 or a score written 1/2/3
        "/" if !a.is_word
            && !b.is_word
            && small_denominator(b)
            && whole(a)
            && a.value < b.value
            && !digit_or_slash(before)
            && !digit_or_slash(after)
            && !(before == Some('(') && after == Some(')')) =>
        {
            Some(a.value / b.value)
        }
        " " if whole(a) && a.value < 10.0 && b.is_word && b.value < 0.5 => Some(a.value * b.value),
        _ => None,
    }
}

/// 20世纪80年代 ("the 80s of the 20th century") is one year, 1980.
fn merge_decades(text: &str, numbers: Vec<Number>) -> Vec<Number> {
    let mut out: Vec<Number> = Vec::with_capacity(numbers.len());
    for n in numbers {
        if let Some(prev) = out.last_mut() {
            let between = text[prev.span.end..n.span.start].trim();
            let century = prev.value;
            if matches!(between, "世纪" | "世紀")
                && text[n.span.end..].trim_start().starts_with("年代")
                && (1.0..=30.0).contains(&century)
                && n.value < 100.0
            {
                prev.value = (century - 1.0) * 100.0 + n.value;
                prev.kind = NumberKind::Cardinal;
                prev.alts.clear();
                prev.regrouped = None;
                prev.span.end = n.span.end;
                prev.is_word = prev.is_word && n.is_word;
                prev.digits = format!("{}{}", prev.digits, n.digits);
                continue;
            }
        }
        out.push(n);
    }
    out
}

/// Whether the digits at `i` are a time-zone offset (`GMT+0100`, `UTC-5`).
pub(super) fn utc_offset(text: &str, i: usize) -> bool {
    let before = &text[..i];
    ["GMT+", "GMT-", "UTC+", "UTC-", "GMT +", "UTC +"]
        .iter()
        .any(|p| before.ends_with(p))
}

/// Whether byte `i` of `s` ends a word (for Latin and Arabic phrases).
pub(super) fn boundary(s: &str, i: usize) -> bool {
    match s.get(i..).and_then(|r| r.chars().next()) {
        None => true,
        Some(c) => !c.is_alphanumeric() || is_cjk(c),
    }
}

/// Whether the digits at `s..e` are written as an ordinal in `lang`.
pub(super) fn ordinal_digits(text: &str, s: usize, e: usize, lang: Lang) -> bool {
    let after = &text[e..];
    let before = &text[..s];
    let suffix_then_break = |suffixes: &[&str]| {
        suffixes.iter().any(|x| {
            after.len() >= x.len()
                && after.is_char_boundary(x.len())
                && after[..x.len()].eq_ignore_ascii_case(x)
                && boundary(after, x.len())
        })
    };
    match lang {
        Lang::En => suffix_then_break(&["st", "nd", "rd", "th"]),
        Lang::Fr => suffix_then_break(&["e", "er", "ère", "ème", "eme", "es", "èmes"]),
        Lang::Id => before.ends_with("ke-") || before.ends_with("ke "),
        Lang::Zh | Lang::Ja => {
            before.trim_end().ends_with('第')
                || ["回目", "度目", "番目", "人目", "日目", "年目", "位"]
                    .iter()
                    .any(|x| after.trim_start().starts_with(x))
        }
        Lang::Ar => false,
    }
}

/// The Japanese eras since 1912 and the year before each one's first (令和元年 = 2019).
const JAPANESE_ERAS: [(&str, f64); 4] = [
    ("令和", 2018.0),
    ("平成", 1988.0),
    ("昭和", 1925.0),
    ("大正", 1911.0),
];

/// Words that join the two ends of a range (`2 hingga 4 inci`, `5 à 10 cm`, `1 إلى 2 بوصة`).
pub(super) const RANGE_WORDS: [&str; 18] = [
    "-",
    "–",
    "hingga",
    "sampai",
    "sampai dengan",
    "to",
    "and",
    "or",
    "à",
    "et",
    "ou",
    "から",
    "至",
    "到",
    "~",
    "～",
    "إلى",
    "و",
];

/// Readings that depend on the words around a number.
pub(super) fn neighbours(text: &str, lang: Lang, out: &mut [Number]) {
    // The first end of a range takes the unit of the second.
    for k in (0..out.len().saturating_sub(1)).rev() {
        if out[k].unit.is_none()
            && out[k + 1].unit.is_some_and(|u| u != Unit::Percent)
            && RANGE_WORDS.contains(&text[out[k].span.end..out[k + 1].span.start].trim())
        {
            out[k].unit = out[k + 1].unit;
        }
    }
    // "Senin (1/4)": Indonesian news dates a day with its day and month in brackets; a
    // translation gives it as "April 1" or "4月1日".
    for k in 1..out.len() {
        let (a, b) = (&out[k - 1], &out[k]);
        let day_or_month = |n: &Number| n.value >= 1.0 && n.value <= 31.0 && n.value.fract() == 0.0;
        if &text[a.span.end..b.span.start] == "/"
            && text[..a.span.start].ends_with('(')
            && text[b.span.end..].starts_with(')')
            && day_or_month(a)
            && day_or_month(b)
        {
            if lang != Lang::En && b.value <= 12.0 {
                out[k].kind = NumberKind::Month;
            }
            out[k - 1].in_numeric_date = true;
            out[k].in_numeric_date = true;
        }
    }
    for k in 0..out.len() {
        let (s, e) = (out[k].span.start, out[k].span.end);
        let before = text[..s].trim_end();
        let after = text[e..].trim_start();
        let v = out[k].value;
        // "2 x 24 jam" (twice 24 hours) is 48 hours.
        if k > 0 && matches!(text[out[k - 1].span.end..s].trim(), "x" | "X" | "×") {
            let times = out[k - 1].value;
            out[k].alts.push(times * v);
        }
        // 1950-53: the second year written with two digits.
        if k > 0 {
            let prev = &out[k - 1];
            let between = &text[prev.span.end..s];
            if matches!(
                between.trim(),
                "-" | "–" | "—" | "－" | "/" | "~" | "～" | "〜" | "至" | "到" | "から"
            ) && prev.digits.len() == 4
                && out[k].digits.len() == 2
                && prev.kind == NumberKind::Cardinal
            {
                let century = (prev.value / 100.0).floor() * 100.0;
                out[k].alts.push(century + v);
            }
        }
        // Dates written with slashes (14/10/2025): the middle number is the month, or in
        // American English the first (11/25/2025). Where both could be, the two pair with a day
        // or a month of either side (`in_numeric_date`).
        if k >= 1
            && k + 1 < out.len()
            && &text[out[k - 1].span.end..s] == "/"
            && &text[e..out[k + 1].span.start] == "/"
            && out[k + 1].digits.len() == 4
        {
            let first = out[k - 1].value;
            let month = |x: f64| (1.0..=12.0).contains(&x) && x.fract() == 0.0;
            if month(v) && first <= 31.0 {
                out[k].kind = NumberKind::Month;
            } else if lang == Lang::En && month(first) && v <= 31.0 {
                out[k - 1].kind = NumberKind::Month;
            }
            if first <= 31.0 && v <= 31.0 {
                out[k - 1].in_numeric_date = true;
                out[k].in_numeric_date = true;
            }
        }
        // Ordinals written with digits: 29th, 65e, 2e, ke-29, 第3, 2度目, 12回目.
        if !out[k].is_word
            && out[k].kind == NumberKind::Cardinal
            && ordinal_digits(text, s, e, lang)
        {
            out[k].kind = NumberKind::Ordinal;
        }
        // Centuries are ordinals (abad 21, القرن العشرين, 21st century, XXIe siècle, 20世纪),
        // which a translation may give by their years ("abad ke-19" as "the 1800s").
        let century = ["abad", "abad ke-", "abad ke", "القرن", "قرن"]
            .iter()
            .any(|w| before.ends_with(w))
            || ["century", "centuries", "siècle", "世纪", "世紀"]
                .iter()
                .any(|w| after.starts_with(w));
        if century && (1.0..=30.0).contains(&v) && v.fract() == 0.0 {
            out[k].kind = NumberKind::Ordinal;
            out[k].alts.push((v - 1.0) * 100.0);
        }
        // Japanese era years: 令和2年 is 2020, 平成31年 2019, 昭和45年 1970.
        if after.starts_with('年')
            && let Some((_, base)) = JAPANESE_ERAS.iter().find(|(era, _)| before.ends_with(era))
        {
            out[k].alts.push(base + v);
        }
        // A two-digit number glued to a code (SS19, COVID-19) is often a year.
        let glued = before.len() == s
            && before
                .strip_suffix('-')
                .unwrap_or(before)
                .ends_with(|c: char| c.is_ascii_uppercase());
        if glued && out[k].digits.len() == 2 {
            out[k].alts.extend([1900.0 + v, 2000.0 + v]);
        }
        // Decades: années 30, 30年代, '80s; and the generation born in one, 80后 (the
        // post-1980s).
        let decade = v < 100.0 && v.fract() == 0.0 && (v as i64) % 10 == 0;
        let suffix = &text[e..];
        if decade
            && (before.ends_with("années")
                || after.starts_with("年代")
                || suffix.starts_with('后')
                || suffix.starts_with("-an")
                || suffix.starts_with("an ")
                || suffix.starts_with('s')
                || before.ends_with('\'')
                || before.ends_with('’'))
        {
            out[k].alts.extend([1900.0 + v, 2000.0 + v]);
        }
        // Counted units that translations give in years: "satu dekade" is "10 ans".
        if out[k].is_word {
            let per = [
                ("dekade", 10.0),
                ("windu", 8.0),
                ("abad", 100.0),
                ("lusin", 12.0),
            ];
            if let Some((_, f)) = per
                .iter()
                .find(|(w, _)| lang == Lang::Id && after.starts_with(w))
            {
                out[k].alts.push(v * f);
            }
            // "seperempat jam" and "setengah jam" are given in minutes: 15, 30
            if lang == Lang::Id && v < 1.0 && after.starts_with("jam") {
                out[k].alts.push(v * 60.0);
            }
        }
        // Afternoon and evening hours: 3 sore, 7 malam, 1 siang, 3 p.m., 3 pm.
        let pm = match lang {
            Lang::Id => ["sore", "malam", "siang"]
                .iter()
                .any(|w| after.starts_with(w)),
            Lang::En => ["p.m.", "pm", "p.m"].iter().any(|w| after.starts_with(w)),
            Lang::Fr => ["de l’après-midi", "de l'après-midi", "du soir"]
                .iter()
                .any(|w| after.starts_with(w)),
            Lang::Zh | Lang::Ja => ["下午", "晚上", "午後", "夜"]
                .iter()
                .any(|w| before.ends_with(w)),
            Lang::Ar => ["مساء", "ظهر"].iter().any(|w| after.starts_with(w)),
        };
        if pm && v < 12.0 && out[k].kind != NumberKind::Time {
            out[k].alts.push(v + 12.0);
        }
        let clock = match lang {
            Lang::Id => before.ends_with("pukul") || before.ends_with("jam"),
            Lang::Ar => before.ends_with("الساعة"),
            _ => false,
        };
        if clock && out[k].kind == NumberKind::Cardinal {
            out[k].kind = NumberKind::Time;
            if !out[k].alts.contains(&(v + 12.0)) {
                time_alts(&mut out[k]);
            }
        }
    }
}
