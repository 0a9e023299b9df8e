//! Numbers written with digits: the separators of each language (`1.000,5`, `1,000.5`,
//! `1 000,5`, `3,80,000`), times of day, and the scale, percent and unit words that follow a
//! number (`2,5 juta`, `38万`, `40 persen`, `6 kaki`).

use super::read::{boundary, char_at, char_before, digit_value, is_cjk};
use super::words::{normal, normal_arabic_char, word_at};
use super::{Number, NumberKind, Unit};
use crate::analyse::Lang;
use crate::lexicon::numbers::{LEXICON, Role};

/// Whether `c` separates digit groups somewhere (decimal point, thousands separator).
fn is_separator(c: char) -> bool {
    matches!(
        c,
        '.' | ',' | '\u{66b}' | '\u{66c}' | ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}'
    )
}

/// Reads the digits at `start` and what follows them; returns the number and the byte after it.
pub(super) fn read_digit_number(text: &str, start: usize, lang: Lang) -> (Number, usize) {
    // Groups of digits and the separators between them.
    let mut groups: Vec<(String, usize)> = Vec::new(); // (digits, end byte)
    let mut seps: Vec<char> = Vec::new();
    let mut i = start;
    loop {
        let mut g = String::new();
        while let Some(c) = char_at(text, i) {
            match digit_value(c) {
                Some(d) => {
                    g.push(char::from_digit(d, 10).unwrap_or('0'));
                    i += c.len_utf8();
                }
                None => break,
            }
        }
        groups.push((g, i));
        match char_at(text, i) {
            Some(s)
                if is_separator(s)
                    && char_at(text, i + s.len_utf8())
                        .and_then(digit_value)
                        .is_some() =>
            {
                seps.push(s);
                i += s.len_utf8();
            }
            _ => break,
        }
    }
    // Phone numbers and codes: a group right after "digits + space", or one followed by
    // "-digits", is not grouped by spaces.
    let after_digits = text[..start]
        .strip_suffix(is_space)
        .and_then(|b| b.chars().next_back())
        .and_then(digit_value)
        .is_some();
    let spaced = seps.iter().any(|&c| is_space(c));
    if (after_digits || spaced && dash_digit_after(text, groups[groups.len() - 1].1))
        && let Some(cut) = seps.iter().position(|&c| is_space(c))
    {
        seps.truncate(cut);
        groups.truncate(cut + 1);
    }
    if lang == Lang::Ar
        && let Some((value, alt)) = spaced_arabic(&groups, &seps)
    {
        let end = groups[groups.len() - 1].1;
        let mut n = Number {
            span: start..end,
            value,
            kind: NumberKind::Cardinal,
            alts: alt.into_iter().collect(),
            unit: None,
            scale: 1.0,
            is_word: false,
            digits: format!("{value}"),
            in_numeric_date: false,
            regrouped: None,
        };
        let end = read_suffixes(text, end, lang, &mut n);
        return (n, end);
    }
    let (int_digits, frac_digits, n_groups) = interpret(&groups, &seps, lang);
    let end = groups[n_groups - 1].1;
    let mut value = int_digits.parse::<f64>().unwrap_or(0.0);
    if !frac_digits.is_empty() {
        value += format!("0.{frac_digits}").parse::<f64>().unwrap_or(0.0);
    }
    let mut digits = int_digits.clone();
    digits.push_str(&frac_digits);
    let regrouped = regrouped(
        &groups[..n_groups],
        &seps[..n_groups - 1],
        frac_digits.is_empty(),
    );
    let mut n = Number {
        span: start..end,
        value,
        kind: NumberKind::Cardinal,
        alts: Vec::new(),
        regrouped,
        unit: None,
        scale: 1.0,
        is_word: false,
        digits,
        in_numeric_date: false,
    };
    let mut end = end;
    // A time of day: 7:55, 07h55, 19 h 00, 7時55分, 3点; "100h15" too, a clock read whole to
    // be reported.
    if frac_digits.is_empty()
        && (value < 100.0 || lang == Lang::Fr && text[end..].starts_with('h'))
        && let Some(e) = read_time(text, end, lang, &mut n)
    {
        end = e;
        return (n, end);
    }
    end = read_suffixes(text, end, lang, &mut n);
    (n, end)
}

/// The value of a figure written with one point or comma before three digits (`1,127`,
/// `2.500`) read the other way: news in Indonesian and French often keeps English separators
/// ("1,127" for 1127), and translations copy the source's, so either reading may be meant.
/// `as_thousands` says how it was read.
fn regrouped(groups: &[(String, usize)], seps: &[char], as_thousands: bool) -> Option<f64> {
    let ([(head, _), (tail, _)], [sep]) = (groups, seps) else {
        return None;
    };
    let plausible = matches!(sep, '.' | ',')
        && tail.len() == 3
        && (1..=3).contains(&head.len())
        // 0,125 is a decimal whichever way it is read.
        && (as_thousands || !head.starts_with('0'));
    if !plausible {
        return None;
    }
    let other = if as_thousands {
        format!("{head}.{tail}")
    } else {
        format!("{head}{tail}")
    };
    other.parse::<f64>().ok()
}

/// A figure grouped by spaces in Arabic text, read in both orders: `4 094` as written, and
/// `094 4` as right-to-left text often comes out when the groups of a left-to-right figure are
/// laid out one by one (the groups reversed). Returns the value and the other reading.
fn spaced_arabic(groups: &[(String, usize)], seps: &[char]) -> Option<(f64, Option<f64>)> {
    if seps.is_empty() || !seps.iter().all(|&c| is_space(c)) {
        return None;
    }
    let sizes: Vec<usize> = groups.iter().map(|g| g.0.len()).collect();
    let last = sizes.len() - 1;
    let ok_head = |n: usize| (1..=3).contains(&n);
    let as_written = ok_head(sizes[0]) && sizes[1..].iter().all(|&n| n == 3);
    let reversed = ok_head(sizes[last]) && sizes[..last].iter().all(|&n| n == 3);
    let join = |order: &mut dyn Iterator<Item = &(String, usize)>| {
        order
            .map(|g| g.0.as_str())
            .collect::<String>()
            .parse::<f64>()
            .ok()
    };
    let written = as_written.then(|| join(&mut groups.iter())).flatten();
    let turned = reversed.then(|| join(&mut groups.iter().rev())).flatten();
    match (written, turned) {
        (Some(w), t) => Some((w, t.filter(|t| !super::same(*t, w)))),
        (None, Some(t)) => Some((t, None)),
        (None, None) => None,
    }
}

/// A space that may group digits: plain, no-break, narrow no-break, thin.
fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}')
}

/// Whether "-digit" follows byte `i` (a phone number or a code).
fn dash_digit_after(text: &str, i: usize) -> bool {
    text[i..]
        .strip_prefix('-')
        .and_then(|r| r.chars().next())
        .and_then(digit_value)
        .is_some()
}

/// Decides what the separators mean. Returns the integer digits, the decimal digits and how
/// many groups belong to the number.
fn interpret(groups: &[(String, usize)], seps: &[char], lang: Lang) -> (String, String, usize) {
    let comma_decimal = matches!(lang, Lang::Id | Lang::Fr);
    let is_thousands = |c: char, count: usize| -> bool {
        match c {
            '\u{a0}' | '\u{202f}' | '\u{2009}' | '\u{66c}' => true,
            ' ' => lang == Lang::Fr,
            '.' => comma_decimal || count > 1,
            ',' => !comma_decimal || count > 1,
            _ => false,
        }
    };
    let is_decimal = |c: char| -> bool {
        match c {
            '\u{66b}' => true,
            '.' => true,
            ',' => comma_decimal,
            _ => false,
        }
    };
    // Indian English groups by two digits above the thousands: 3,80,000 and 1,00,000.
    let indian = lang == Lang::En
        && seps.len() >= 2
        && seps.iter().all(|&c| c == ',')
        && groups.last().is_some_and(|g| g.0.len() == 3)
        && groups[1..groups.len() - 1].iter().all(|g| g.0.len() == 2);
    // A space is a thousands separator only in a plain figure, not in a phone number
    // (0800 555 111, 859 292-3680).
    let phone_like = groups[0].0.starts_with('0') && groups[0].0.len() > 1;
    let mut int = groups[0].0.clone();
    let mut used = 1;
    for (k, &s) in seps.iter().enumerate() {
        let next = &groups[k + 1].0;
        let count = seps.iter().filter(|&&x| x == s).count();
        let first_ok = groups[0].0.len() <= 3 && !(is_space(s) && phone_like);
        let size_ok = next.len() == 3 || (indian && next.len() == 2);
        if is_thousands(s, count) && size_ok && first_ok {
            int.push_str(next);
            used += 1;
            continue;
        }
        if is_decimal(s) && k == seps.len() - 1 {
            return (int, next.clone(), used + 1);
        }
        // A comma that groups nothing in a point-decimal language (2,5 or 10,00) is a decimal
        // comma written the continental way, or a mangled figure: read it whole either way.
        if s == ',' && k == seps.len() - 1 && next.len() != 3 && used == 1 {
            return (int, next.clone(), used + 1);
        }
        break;
    }
    (int, String::new(), used)
}

/// Reads a time of day written after the hours at `end`; sets `n` and returns the end.
pub(super) fn read_time(text: &str, end: usize, lang: Lang, n: &mut Number) -> Option<usize> {
    let rest = &text[end..];
    let hours = n.value;
    let two_digits = |s: &str| -> Option<(u32, usize)> {
        let mut chars = s.char_indices();
        let (_, a) = chars.next()?;
        let (j, b) = chars.next()?;
        let after = j + b.len_utf8();
        if s[after..].chars().next().and_then(digit_value).is_some() {
            return None;
        }
        Some((digit_value(a)? * 10 + digit_value(b)?, after))
    };
    let mut set = |minutes: u32, consumed: usize| -> Option<usize> {
        if minutes >= 60 {
            return None;
        }
        n.kind = NumberKind::Time;
        n.value = hours + f64::from(minutes) / 100.0;
        n.digits = format!("{}{minutes:02}", n.digits);
        n.span.end = end + consumed;
        time_alts(n);
        Some(end + consumed)
    };
    // 7:55, 7：55; past 24 hours a colon is a score (31：27) unless the minutes are written
    // with a leading zero, as only a clock is ("34:00" is read whole, to be reported).
    for colon in [":", "："] {
        if let Some(r) = rest.strip_prefix(colon)
            && let Some((m, used)) = two_digits(r)
            && (hours <= 24.0 || r.chars().next().and_then(digit_value) == Some(0))
        {
            return set(m, colon.len() + used);
        }
    }
    // 07h55 written without spaces is a clock whatever the hours ("100h15" is reported).
    if lang == Lang::Fr
        && let Some(r) = rest.strip_prefix('h')
        && let Some((m, used)) = two_digits(r)
    {
        return set(m, 1 + used);
    }
    // Other clocks only up to 24 hours.
    if hours > 24.0 {
        return None;
    }
    // 07h55, 19 h 00, 15 h
    if lang == Lang::Fr {
        const SPACES: [char; 3] = [' ', '\u{a0}', '\u{202f}'];
        let trimmed = rest.trim_start_matches(SPACES);
        let skipped = rest.len() - trimmed.len();
        if let Some(r) = trimmed.strip_prefix('h') {
            let after_h = skipped + 1;
            let r2 = r.trim_start_matches(SPACES);
            if let Some((m, used)) = two_digits(r2) {
                return set(m, after_h + (r.len() - r2.len()) + used);
            }
            if !r.chars().next().is_some_and(char::is_alphabetic) {
                return set(0, after_h);
            }
        }
    }
    // 7時55分, 7点, 7時
    if lang.is_cjk() {
        for mark in ["時", "点", "点钟"] {
            if let Some(r) = rest.strip_prefix(mark) {
                if let Some((m, used)) = two_digits(r)
                    && r[used..].starts_with('分')
                {
                    return set(m, mark.len() + used + '分'.len_utf8());
                }
                if r.starts_with('半') {
                    return set(30, mark.len() + '半'.len_utf8());
                }
                return set(0, mark.len());
            }
        }
    }
    None
}

/// A time of day may be given on the 12-hour or the 24-hour clock.
pub(super) fn time_alts(n: &mut Number) {
    if n.value < 12.0 {
        n.alts.push(n.value + 12.0);
    } else if n.value >= 13.0 {
        n.alts.push(n.value - 12.0);
    }
}

/// Reads the scale, percent and unit words after a number at `end`; returns the new end.
pub(super) fn read_suffixes(text: &str, mut end: usize, lang: Lang, n: &mut Number) -> usize {
    // £125m, $2bn: English money abbreviations.
    let money = char_before(text, n.span.start).is_some_and(|c| matches!(c, '£' | '$' | '€'));
    if money && lang == Lang::En {
        for (abbr, w) in [("bn", 1e9), ("m", 1e6)] {
            if text[end..].starts_with(abbr) && boundary(&text[end..], abbr.len()) {
                n.rescale(w);
                end += abbr.len();
                n.span.end = end;
                break;
            }
        }
    }
    // Scale words: juta, million, 万, 億 (and 1億2,500万).
    while let Some((w, e)) = scale_after(text, end, lang) {
        n.rescale(w);
        n.span.end = e;
        end = e;
        // 1億2,500万: a smaller group written right after a CJK scale adds to it.
        if w >= 1e4
            && char_at(text, end).and_then(digit_value).is_some()
            && let Some(c) = char_before(text, end)
            && is_cjk(c)
        {
            // 1万8250: the rest of the number, without a scale of its own.
            let (more, e2) = read_digit_number(text, end, lang);
            let rest = more.scale == 1.0
                && more.unit.is_none()
                && more.kind == NumberKind::Cardinal
                && more.value < w;
            if more.scale > 1.0 && more.scale < w || rest {
                n.value += more.value;
                n.digits.push_str(&more.digits);
                n.span.end = e2;
                end = e2;
            }
            break;
        }
    }
    // Percent and units: 40 persen, 40%, 15-page is not a unit but 20-degree is.
    if let Some((unit, e)) = unit_after(text, end, lang) {
        n.unit = Some(unit);
        if unit == Unit::Percent {
            n.kind = NumberKind::Percent;
        }
        n.span.end = e;
        end = e;
    }
    // 7割 is 70 percent in Japanese (割 is a tenth).
    if lang == Lang::Ja
        && n.scale == 1.0
        && n.unit.is_none()
        && n.value <= 10.0
        && text[end..].starts_with('割')
    {
        n.value *= 10.0;
        n.unit = Some(Unit::Percent);
        n.kind = NumberKind::Percent;
        end += '割'.len_utf8();
        n.span.end = end;
        return end;
    }
    // 9月: a month (but 9个月, 9か月 are durations and are not read here).
    // A number before 月 that is no month (13月) is still meant as one: it pairs with the
    // source's month and is reported.
    let rest = text[end..].trim_start_matches(' ');
    if lang.is_cjk() && n.scale == 1.0 && n.unit.is_none() && rest.starts_with('月') {
        n.kind = NumberKind::Month;
        end = text.len() - rest.len() + '月'.len_utf8();
        n.span.end = end;
    }
    end
}

/// A scale word at `end` (after optional spaces): its value and end.
fn scale_after(text: &str, end: usize, lang: Lang) -> Option<(f64, usize)> {
    let rest = &text[end..];
    let trimmed = rest.trim_start_matches([' ', '\u{a0}']);
    let at = end + (rest.len() - trimmed.len());
    // 500余万, 三十多万: "more than five million", the scale after 余 or 多.
    let (trimmed, at) = match trimmed.strip_prefix(['余', '多', '餘']) {
        Some(r) if r.chars().next().is_some_and(|c| LEXICON.cjk(c).is_some()) => {
            (r, at + '余'.len_utf8())
        }
        _ => (trimmed, at),
    };
    let c = trimmed.chars().next()?;
    if trimmed.starts_with("千米") {
        return None;
    }
    if is_cjk(c) {
        // 兆瓦 is a megawatt, 兆赫 a megahertz, 兆字节 a megabyte: no trillions there.
        if c == '兆' && trimmed['兆'.len_utf8()..].starts_with(['瓦', '赫', '字', '比', '焦'])
        {
            return None;
        }
        let w = LEXICON.cjk(c)?;
        return match w.role {
            Role::Scale | Role::Mul if w.value >= 100.0 => Some((w.value, at + c.len_utf8())),
            _ => None,
        };
    }
    let (word, e) = word_at(text, at)?;
    let w = LEXICON.word(lang, &normal(word, lang))?;
    (w.role == Role::Scale).then_some((w.value, e))
}

/// A unit or percent word at `end`: the longest phrase of the language that follows, after
/// optional spaces or a hyphen (`20-degree`).
fn unit_after(text: &str, end: usize, lang: Lang) -> Option<(Unit, usize)> {
    let rest = &text[end..];
    let trimmed = rest.trim_start_matches([' ', '\u{a0}', '-']);
    let at = end + (rest.len() - trimmed.len());
    // Arabic is compared word by word after normalising.
    let norm_rest = if lang == Lang::Ar {
        Some(normal_arabic_prefix(trimmed))
    } else {
        None
    };
    for (phrase, unit) in LEXICON.units(lang) {
        if let Some((ref norm, ref map)) = norm_rest {
            if !norm.starts_with(phrase.as_str()) {
                continue;
            }
            // The accusative ending of a counted noun (ميلاً, قدمًا, رطلاً) is an alef after
            // the word.
            let chars = phrase.chars().count();
            let len = if boundary(norm, phrase.len()) {
                Some(chars)
            } else {
                norm[phrase.len()..]
                    .strip_prefix('ا')
                    .filter(|r| boundary(r, 0))
                    .map(|_| chars + 1)
            };
            if let Some(&raw_len) = len.and_then(|n| map.get(n)) {
                return Some((*unit, at + raw_len));
            }
            continue;
        }
        let Some(head) = trimmed.get(..phrase.len()) else {
            continue;
        };
        let matches = head == phrase || head.to_lowercase() == *phrase;
        let starts_word = phrase
            .chars()
            .next()
            .is_some_and(|c| c.is_alphabetic() && !is_cjk(c));
        if matches && (!starts_word || boundary(trimmed, phrase.len())) {
            return Some((*unit, at + phrase.len()));
        }
    }
    None
}

/// Normalised Arabic for the start of `s` (up to 40 characters), with a map from each
/// normalised character count to the raw byte length it covers.
fn normal_arabic_prefix(s: &str) -> (String, Vec<usize>) {
    let mut norm = String::new();
    let mut map = vec![0];
    for (b, c) in s.char_indices().take(40) {
        if let Some(m) = normal_arabic_char(c) {
            norm.push(m);
            map.push(b + c.len_utf8());
        } else if let Some(last) = map.last_mut() {
            *last = b + c.len_utf8();
        }
    }
    (norm, map)
}
