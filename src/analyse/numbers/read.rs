//! The reader: one pass over the text that reads digit numbers (with the separators of the
//! text's language), Chinese/Japanese numerals, number words and month names, then the scale,
//! percent and unit words that follow them, then a few readings that depend on neighbours
//! (`1950-53`, `années 30`, `3 sore`).

use std::borrow::Cow;

use super::{Number, NumberKind, Unit};
use crate::analyse::Lang;
use crate::lexicon::numbers::{LEXICON, NumberWord, Role};

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

fn is_cjk(c: char) -> bool {
    crate::analyse::tokens::is_cjk_char(c)
}

/// The character at byte `i`, if any.
fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..).and_then(|s| s.chars().next())
}

/// The character before byte `i`, if any.
fn char_before(text: &str, i: usize) -> Option<char> {
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
    out
}

/// Whether the digits at `i` are a time-zone offset (`GMT+0100`, `UTC-5`).
fn utc_offset(text: &str, i: usize) -> bool {
    let before = &text[..i];
    ["GMT+", "GMT-", "UTC+", "UTC-", "GMT +", "UTC +"]
        .iter()
        .any(|p| before.ends_with(p))
}

/// Whether `c` separates digit groups somewhere (decimal point, thousands separator).
fn is_separator(c: char) -> bool {
    matches!(
        c,
        '.' | ',' | '\u{66b}' | '\u{66c}' | ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}'
    )
}

/// Reads the digits at `start` and what follows them; returns the number and the byte after it.
fn read_digit_number(text: &str, start: usize, lang: Lang) -> (Number, usize) {
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
    let (int_digits, frac_digits, n_groups) = interpret(&groups, &seps, lang);
    let end = groups[n_groups - 1].1;
    let mut value = int_digits.parse::<f64>().unwrap_or(0.0);
    if !frac_digits.is_empty() {
        value += format!("0.{frac_digits}").parse::<f64>().unwrap_or(0.0);
    }
    let mut digits = int_digits.clone();
    digits.push_str(&frac_digits);
    let mut n = Number {
        span: start..end,
        value,
        kind: NumberKind::Cardinal,
        alts: Vec::new(),
        unit: None,
        scale: 1.0,
        is_word: false,
        digits,
    };
    let mut end = end;
    // A time of day: 7:55, 07h55, 19 h 00, 7時55分, 3点.
    if frac_digits.is_empty()
        && value <= 24.0
        && let Some(e) = read_time(text, end, lang, &mut n)
    {
        end = e;
        return (n, end);
    }
    end = read_suffixes(text, end, lang, &mut n);
    (n, end)
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
        break;
    }
    (int, String::new(), used)
}

/// Reads a time of day written after the hours at `end`; sets `n` and returns the end.
fn read_time(text: &str, end: usize, lang: Lang, n: &mut Number) -> Option<usize> {
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
    // 7:55, 7：55
    for colon in [":", "："] {
        if let Some(r) = rest.strip_prefix(colon)
            && let Some((m, used)) = two_digits(r)
        {
            return set(m, colon.len() + used);
        }
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
                if mark == "点" && r.starts_with('半') {
                    return set(30, mark.len() + '半'.len_utf8());
                }
                return set(0, mark.len());
            }
        }
    }
    None
}

/// A time of day may be given on the 12-hour or the 24-hour clock.
fn time_alts(n: &mut Number) {
    if n.value < 12.0 {
        n.alts.push(n.value + 12.0);
    } else if n.value >= 13.0 {
        n.alts.push(n.value - 12.0);
    }
}

/// Reads the scale, percent and unit words after a number at `end`; returns the new end.
fn read_suffixes(text: &str, mut end: usize, lang: Lang, n: &mut Number) -> usize {
    // £125m, $2bn: English money abbreviations.
    let money = char_before(text, n.span.start).is_some_and(|c| matches!(c, '£' | '$' | '€'));
    if money && lang == Lang::En {
        for (abbr, w) in [("bn", 1e9), ("m", 1e6)] {
            if text[end..].starts_with(abbr) && boundary(&text[end..], abbr.len()) {
                n.value *= w;
                n.scale *= w;
                end += abbr.len();
                n.span.end = end;
                break;
            }
        }
    }
    // Scale words: juta, million, 万, 億 (and 1億2,500万).
    while let Some((w, e)) = scale_after(text, end, lang) {
        n.value *= w;
        n.scale *= w;
        n.span.end = e;
        end = e;
        // 1億2,500万: a smaller group written right after a CJK scale adds to it.
        if w >= 1e4
            && char_at(text, end).and_then(digit_value).is_some()
            && let Some(c) = char_before(text, end)
            && is_cjk(c)
        {
            let (more, e2) = read_digit_number(text, end, lang);
            if more.scale > 1.0 && more.scale < w {
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
    let c = trimmed.chars().next()?;
    if trimmed.starts_with("千米") {
        return None;
    }
    if is_cjk(c) {
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
            if norm.starts_with(phrase.as_str())
                && boundary(norm, phrase.len())
                && let Some(&raw_len) = map.get(phrase.chars().count())
            {
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

/// Whether byte `i` of `s` ends a word (for Latin and Arabic phrases).
fn boundary(s: &str, i: usize) -> bool {
    match s.get(i..).and_then(|r| r.chars().next()) {
        None => true,
        Some(c) => !c.is_alphanumeric() || is_cjk(c),
    }
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

/// One Arabic character normalised: alef forms to ا, ta marbuta to ه, alef maqsura to ي;
/// diacritics and tatweel dropped (`None`).
fn normal_arabic_char(c: char) -> Option<char> {
    match c {
        'أ' | 'إ' | 'آ' | 'ٱ' => Some('ا'),
        'ة' => Some('ه'),
        'ى' => Some('ي'),
        '\u{64b}'..='\u{65f}' | '\u{670}' | '\u{640}' => None,
        _ => Some(c),
    }
}

/// A word normalised for lookup: lowercase; Arabic also normalised.
fn normal(word: &str, lang: Lang) -> Cow<'_, str> {
    if lang == Lang::Ar {
        Cow::Owned(word.chars().filter_map(normal_arabic_char).collect())
    } else if word.chars().any(char::is_uppercase) {
        Cow::Owned(word.to_lowercase())
    } else {
        Cow::Borrowed(word)
    }
}

/// The word at byte `at` (letters, with inner hyphens) and its end.
fn word_at(text: &str, at: usize) -> Option<(&str, usize)> {
    let mut end = at;
    for (b, c) in text[at..].char_indices() {
        if !is_cjk(c) && c.is_alphabetic() || ('\u{64b}'..='\u{65f}').contains(&c) {
            end = at + b + c.len_utf8();
        } else if c == '-'
            && text[at + b + 1..]
                .chars()
                .next()
                .is_some_and(|n| n.is_alphabetic() && !is_cjk(n))
        {
            continue;
        } else {
            break;
        }
    }
    (end > at).then(|| (&text[at..end], end))
}

/// The Arabic forms of a word to look up: as written, without a leading و/ف, without a
/// leading ب/ل/ك, and each without the article ال.
fn arabic_forms(w: &str) -> Vec<String> {
    let mut forms = vec![w.to_string()];
    let mut base = w;
    for set in [&['و', 'ف'][..], &['ب', 'ل', 'ك'][..]] {
        if let Some(c) = base.chars().next()
            && set.contains(&c)
            && base.chars().count() > 3
        {
            base = &base[c.len_utf8()..];
            forms.push(base.to_string());
        }
    }
    let mut more = Vec::new();
    for f in &forms {
        if let Some(r) = f.strip_prefix("ال")
            && r.chars().count() >= 2
        {
            more.push(r.to_string());
        }
        // لل is ل + ال with the alef dropped.
        if let Some(r) = f.strip_prefix("لل")
            && r.chars().count() >= 2
        {
            more.push(r.to_string());
        }
    }
    forms.extend(more);
    forms
}

/// The number word for `word` in `lang`, trying Arabic's attached prefixes.
fn lookup(word: &str, lang: Lang) -> Option<NumberWord> {
    let w = normal(word, lang);
    if lang == Lang::Ar {
        return arabic_forms(&w).iter().find_map(|f| LEXICON.word(lang, f));
    }
    LEXICON.word(lang, &w)
}

/// The month named `word` in `lang`, if it reads as one here.
fn month(word: &str, lang: Lang, text: &str, span: (usize, usize)) -> Option<u8> {
    let w = normal(word, lang);
    let m = if lang == Lang::Ar {
        arabic_forms(&w)
            .iter()
            .find_map(|f| LEXICON.month(lang, f))?
    } else {
        LEXICON.month(lang, &w)?
    };
    if matches!(lang, Lang::En | Lang::Id) {
        // Capitalised only; "may" and "march" are also verbs, so "May" and "March" need a day
        // number beside them (or "in").
        if !word.chars().next().is_some_and(char::is_uppercase) {
            return None;
        }
        if lang == Lang::En && matches!(m, 3 | 5) && !next_to_digit(text, span) {
            let before = text[..span.0].trim_end();
            if !(before.ends_with(" in") || before.ends_with(" of") || before.ends_with("In")) {
                return None;
            }
        }
    }
    Some(m)
}

/// Whether a digit is right before or after the span (over one space or comma).
fn next_to_digit(text: &str, (s, e): (usize, usize)) -> bool {
    let after = text[e..].trim_start_matches([' ', ',']);
    let before = text[..s].trim_end_matches([' ', ',']);
    after.chars().next().and_then(digit_value).is_some()
        || before.chars().next_back().and_then(digit_value).is_some()
}

/// Roman numerals of centuries (`XIXe siècle`): the value of `word` without its ordinal ending.
fn roman_century(word: &str) -> Option<f64> {
    let core = word
        .strip_suffix("ème")
        .or_else(|| word.strip_suffix("er"))
        .or_else(|| word.strip_suffix('e'))?;
    if core.is_empty() || !core.chars().all(|c| matches!(c, 'I' | 'V' | 'X')) {
        return None;
    }
    let val = |c: char| match c {
        'I' => 1,
        'V' => 5,
        _ => 10,
    };
    let cs: Vec<i32> = core.chars().map(val).collect();
    let mut total = 0;
    for (k, &v) in cs.iter().enumerate() {
        if cs.get(k + 1).is_some_and(|&n| n > v) {
            total -= v;
        } else {
            total += v;
        }
    }
    (total > 0 && total <= 30).then_some(f64::from(total))
}

/// Reads the word at `start` and, when it starts a number or is a month, the words of that
/// number. Returns what it found and where to go on.
fn read_words(text: &str, start: usize, lang: Lang) -> (Vec<Number>, usize) {
    let Some((word, end)) = word_at(text, start) else {
        return (
            Vec::new(),
            start + char_at(text, start).map_or(1, char::len_utf8),
        );
    };
    if let Some(m) = month(word, lang, text, (start, end)) {
        let n = Number {
            span: start..end,
            value: f64::from(m),
            kind: NumberKind::Month,
            alts: Vec::new(),
            unit: None,
            scale: 1.0,
            is_word: true,
            digits: String::new(),
        };
        return (vec![n], end);
    }
    if lang == Lang::Fr
        && let Some(v) = roman_century(word)
        && text[end..].trim_start().starts_with("siècle")
    {
        let n = Number {
            span: start..end,
            value: v,
            kind: NumberKind::Ordinal,
            alts: Vec::new(),
            unit: None,
            scale: 1.0,
            is_word: true,
            digits: String::new(),
        };
        return (vec![n], end);
    }
    match read_spelled(text, start, lang) {
        Some((n, e)) => (vec![n], e),
        None => (Vec::new(), end),
    }
}

/// A spelled-out number starting at `start` (`dua puluh lima`, `twenty-five`, `deux millions`,
/// `ثلاثة وعشرون`).
fn read_spelled(text: &str, start: usize, lang: Lang) -> Option<(Number, usize)> {
    let mut total = 0.0;
    let mut group = 0.0;
    let mut any = false;
    let mut ordinal = false;
    let mut scale = 1.0;
    let mut last_end = start;
    let mut pending_art = false;
    let mut at = start;
    while let Some((word, end)) = word_at(text, at) {
        // Hyphenated words are read part by part (dix-sept, twenty-five).
        let parts: Vec<&str> = if !word.contains('-') || lookup(word, lang).is_some() {
            vec![word]
        } else {
            word.split('-').collect()
        };
        let mut took_all = true;
        let saved = (total, group, any, ordinal, scale);
        for part in &parts {
            let Some(w) = lookup(part, lang) else {
                took_all = false;
                break;
            };
            let ok = match w.role {
                Role::Art => {
                    pending_art = !any;
                    !any
                }
                Role::Num | Role::Ord => {
                    if group == 0.0 && !pending_art || can_add(group, w.value, lang) {
                        group += w.value;
                        ordinal |= w.role == Role::Ord;
                        true
                    } else {
                        false
                    }
                }
                Role::Teen => {
                    if group > 0.0 && group < 10.0 {
                        group += 10.0;
                        true
                    } else if group == 0.0 && !pending_art {
                        group = 10.0;
                        true
                    } else {
                        false
                    }
                }
                Role::Mul => {
                    if group < w.value {
                        group = group.max(1.0) * w.value;
                        pending_art = false;
                        true
                    } else {
                        false
                    }
                }
                Role::Scale => {
                    if group > 0.0 || pending_art || any || w.value <= 1000.0 {
                        // "setengah juta" is half a million; "dua juta" two million.
                        total += if group > 0.0 { group } else { 1.0 } * w.value;
                        scale = w.value;
                        group = 0.0;
                        pending_art = false;
                        true
                    } else {
                        false
                    }
                }
                Role::Frac => {
                    if any {
                        group += w.value;
                        true
                    } else {
                        // A half counts only before a scale word: "setengah juta".
                        let next = text[end..].trim_start();
                        let scale_next = word_at(text, text.len() - next.len())
                            .and_then(|(nw, _)| lookup(nw, lang))
                            .is_some_and(|nw| nw.role == Role::Scale);
                        if scale_next {
                            group = w.value;
                        }
                        scale_next
                    }
                }
            };
            if !ok {
                took_all = false;
                break;
            }
            if w.role != Role::Art {
                any = true;
            }
        }
        if !took_all {
            // A word read only in part (satu-satunya) is not part of the number.
            (total, group, any, ordinal, scale) = saved;
            break;
        }
        last_end = end;
        if ordinal && lang != Lang::Ar {
            break;
        }
        // Go on over a space, "et"/"and" or the Arabic "و" attached to the next word.
        let rest = &text[end..];
        let trimmed = rest.trim_start_matches(' ');
        let joiner = ["et ", "and ", "و "]
            .iter()
            .find_map(|j| trimmed.strip_prefix(j));
        let next = joiner.unwrap_or(trimmed);
        if next.len() == rest.len() {
            break;
        }
        at = end + (rest.len() - next.len());
    }
    if !any || last_end == start {
        return None;
    }
    let value = total + group;
    let mut n = Number {
        span: start..last_end,
        value,
        kind: if ordinal {
            NumberKind::Ordinal
        } else {
            NumberKind::Cardinal
        },
        alts: Vec::new(),
        unit: None,
        scale,
        is_word: true,
        digits: String::new(),
    };
    let end = read_suffixes(text, last_end, lang, &mut n);
    Some((n, end))
}

/// Whether `v` can be added to `group` in one spelled number: tens then units (twenty-five,
/// vingt-sept, soixante-dix), hundreds then the rest; in Arabic, units then tens.
fn can_add(group: f64, v: f64, lang: Lang) -> bool {
    let g = group as i64;
    let v_i = v as i64;
    if g >= 100 && g % 100 == 0 && v_i < 100 {
        return true;
    }
    let tens = g % 100;
    if tens >= 20 && tens % 10 == 0 {
        return v_i < 10 || (v_i < 20 && matches!(tens, 60 | 80));
    }
    lang == Lang::Ar && g < 10 && (20..100).contains(&v_i) && v_i % 10 == 0
}

/// Reads a run of Chinese/Japanese numerals at `start` (三, 十九, 二〇一八, 三百五十万).
fn read_cjk_numeral(text: &str, start: usize, lang: Lang) -> Option<(Number, usize)> {
    let mut end = start;
    let mut words: Vec<NumberWord> = Vec::new();
    for (b, c) in text[start..].char_indices() {
        match LEXICON.cjk(c) {
            Some(w) => {
                words.push(w);
                end = start + b + c.len_utf8();
            }
            None => break,
        }
    }
    let first = text[start..].chars().next()?;
    let next = char_at(text, end);
    // A lone 一, 万, 千, 百, 亿, 零 is mostly part of a word (一些, 万一, 千万): only as a month,
    // day or year.
    if words.len() == 1
        && matches!(
            first,
            '一' | '万' | '千' | '百' | '亿' | '億' | '兆' | '零' | '〇' | '萬'
        )
        && !next.is_some_and(|c| matches!(c, '月' | '日' | '年'))
    {
        return None;
    }
    if words
        .iter()
        .all(|w| w.role == Role::Scale || w.role == Role::Mul)
        && words.len() > 1
    {
        return None;
    }
    let value = if words.len() > 1 && words.iter().all(|w| w.role == Role::Num) {
        // Digit by digit: 二〇一八.
        words.iter().fold(0.0, |acc, w| acc * 10.0 + w.value)
    } else {
        let (mut total, mut section, mut digit) = (0.0_f64, 0.0_f64, 0.0_f64);
        for w in &words {
            match w.role {
                Role::Mul => {
                    section += digit.max(1.0) * w.value;
                    digit = 0.0;
                }
                Role::Scale => {
                    let part = section + digit;
                    if part == 0.0 && total > 0.0 {
                        total *= w.value;
                    } else {
                        total += part.max(1.0) * w.value;
                    }
                    section = 0.0;
                    digit = 0.0;
                }
                _ => digit = w.value,
            }
        }
        total + section + digit
    };
    let mut n = Number {
        span: start..end,
        value,
        kind: NumberKind::Cardinal,
        alts: Vec::new(),
        unit: None,
        scale: 1.0,
        is_word: true,
        digits: String::new(),
    };
    if text[..start].ends_with('第') {
        n.kind = NumberKind::Ordinal;
    }
    if value <= 24.0
        && let Some(e) = read_time(text, end, lang, &mut n)
    {
        return Some((n, e));
    }
    let end = read_suffixes(text, end, lang, &mut n);
    Some((n, end))
}

/// Whether the digits at `s..e` are written as an ordinal in `lang`.
fn ordinal_digits(text: &str, s: usize, e: usize, lang: Lang) -> bool {
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

/// Words that join the two ends of a range (`2 hingga 4 inci`, `5 à 10 cm`, `1 إلى 2 بوصة`).
const RANGE_WORDS: [&str; 18] = [
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
fn neighbours(text: &str, lang: Lang, out: &mut [Number]) {
    // The first end of a range takes the unit of the second.
    for k in (0..out.len().saturating_sub(1)).rev() {
        if out[k].unit.is_none()
            && out[k + 1].unit.is_some_and(|u| u != Unit::Percent)
            && RANGE_WORDS.contains(&text[out[k].span.end..out[k + 1].span.start].trim())
        {
            out[k].unit = out[k + 1].unit;
        }
    }
    for k in 0..out.len() {
        let (s, e) = (out[k].span.start, out[k].span.end);
        let before = text[..s].trim_end();
        let after = text[e..].trim_start();
        let v = out[k].value;
        // 1950-53: the second year written with two digits.
        if k > 0 {
            let prev = &out[k - 1];
            let between = &text[prev.span.end..s];
            if matches!(between, "-" | "–" | "/")
                && prev.digits.len() == 4
                && out[k].digits.len() == 2
                && prev.kind == NumberKind::Cardinal
            {
                let century = (prev.value / 100.0).floor() * 100.0;
                out[k].alts.push(century + v);
            }
        }
        // Ordinals written with digits: 29th, 65e, 2e, ke-29, 第3, 2度目, 12回目.
        if !out[k].is_word
            && out[k].kind == NumberKind::Cardinal
            && ordinal_digits(text, s, e, lang)
        {
            out[k].kind = NumberKind::Ordinal;
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
        // Decades: années 30, 30年代, '80s.
        let decade = v < 100.0 && v.fract() == 0.0 && (v as i64) % 10 == 0;
        let suffix = &text[e..];
        if decade
            && (before.ends_with("années")
                || after.starts_with("年代")
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
