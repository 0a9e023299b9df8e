//! Numbers written with words: spelled-out numbers (`dua puluh lima`, `twenty-five`,
//! `vingt-cinq`, `ثلاثة وعشرون`), Chinese/Japanese numerals (`三百五十万`), month names and the
//! Roman numerals of centuries. Arabic words are normalised and their attached prefixes tried.

use std::borrow::Cow;

use super::digits::{read_suffixes, read_time};
use super::read::{char_at, digit_value, is_cjk};
use super::{Number, NumberKind};
use crate::analyse::Lang;
use crate::lexicon::numbers::{LEXICON, NumberWord, Role};

/// One Arabic character normalised: alef forms to ا, ta marbuta to ه, alef maqsura to ي;
/// diacritics and tatweel dropped (`None`).
pub(super) fn normal_arabic_char(c: char) -> Option<char> {
    match c {
        'أ' | 'إ' | 'آ' | 'ٱ' => Some('ا'),
        'ة' => Some('ه'),
        'ى' => Some('ي'),
        '\u{64b}'..='\u{65f}' | '\u{670}' | '\u{640}' => None,
        _ => Some(c),
    }
}

/// A word normalised for lookup: lowercase; Arabic also normalised.
pub(super) fn normal(word: &str, lang: Lang) -> Cow<'_, str> {
    if lang == Lang::Ar {
        Cow::Owned(word.chars().filter_map(normal_arabic_char).collect())
    } else if word.chars().any(char::is_uppercase) {
        Cow::Owned(word.to_lowercase())
    } else {
        Cow::Borrowed(word)
    }
}

/// The word at byte `at` (letters, with inner hyphens) and its end.
pub(super) fn word_at(text: &str, at: usize) -> Option<(&str, usize)> {
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
pub(super) fn read_words(text: &str, start: usize, lang: Lang) -> (Vec<Number>, usize) {
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
            in_numeric_date: false,
            regrouped: None,
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
            in_numeric_date: false,
            regrouped: None,
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
        in_numeric_date: false,
        regrouped: None,
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

/// What comes before a weekday's numeral: 周一 is Monday, 星期六 Saturday.
const WEEKDAY_MARKS: [&str; 5] = ["周", "週", "星期", "礼拜", "禮拜"];

/// Where two neighbouring digits give an approximate figure (六七千, 三四百: six or seven
/// thousand; 十五六, fifteen or sixteen): the index of the first, when a multiplier or scale
/// follows the pair, or the pair ends a numeral read by place.
fn approximate(words: &[NumberWord]) -> Option<usize> {
    let is_place = |w: &NumberWord| matches!(w.role, Role::Mul | Role::Scale);
    (0..words.len().saturating_sub(1)).find(|&k| {
        words[k].role == Role::Num
            && words[k + 1].role == Role::Num
            && words[k + 1].value == words[k].value + 1.0
            && match words.get(k + 2) {
                Some(w) => is_place(w),
                None => words[..k].iter().any(is_place),
            }
    })
}

/// The value of Chinese/Japanese numerals read by place (三百五十万).
fn cjk_value(words: &[NumberWord]) -> f64 {
    let (mut total, mut section, mut digit) = (0.0_f64, 0.0_f64, 0.0_f64);
    for w in words {
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
}

/// Reads a run of Chinese/Japanese numerals at `start` (三, 十九, 二〇一八, 三百五十万).
pub(super) fn read_cjk_numeral(text: &str, start: usize, lang: Lang) -> Option<(Number, usize)> {
    let mut ends: Vec<usize> = Vec::new();
    let mut words: Vec<NumberWord> = Vec::new();
    for (b, c) in text[start..].char_indices() {
        match LEXICON.cjk(c) {
            Some(w) => {
                words.push(w);
                ends.push(start + b + c.len_utf8());
            }
            None => break,
        }
    }
    // Read by place, a units digit is never followed by another digit: 十四五 is 十四 and 五
    // (the 14th five-year plan), two numbers, unless it is an approximation (六七千).
    if words.iter().any(|w| w.role != Role::Num)
        && let Some(k) = (0..words.len().saturating_sub(1)).find(|&k| {
            words[k].role == Role::Num
                && words[k + 1].role == Role::Num
                && approximate(&words) != Some(k)
        })
    {
        words.truncate(k + 1);
        ends.truncate(k + 1);
    }
    let end = ends.last().copied().unwrap_or(start);
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
    // 周六 and 星期六 are Saturday, not six; 几十 and 数十 are "dozens", 十几 "ten-odd": no
    // figure a translation can be held to.
    let before = &text[..start];
    if words.len() == 1 && WEEKDAY_MARKS.iter().any(|m| before.ends_with(m))
        || ['几', '幾', '数', '數']
            .iter()
            .any(|&c| before.ends_with(c))
        || next.is_some_and(|c| matches!(c, '几' | '幾'))
    {
        return None;
    }
    let mut alts = Vec::new();
    let value = if words.len() > 1 && words.iter().all(|w| w.role == Role::Num) {
        // Digit by digit: 二〇一八; two digits are a year said short (九二共识, the 1992
        // consensus).
        let v = words.iter().fold(0.0, |acc, w| acc * 10.0 + w.value);
        if words.len() == 2 {
            alts.extend([1900.0 + v, 2000.0 + v]);
        }
        v
    } else if let Some(k) = approximate(&words) {
        // 六七千 is "six or seven thousand": either end is the figure.
        let mut upper = words.clone();
        upper.remove(k);
        words.remove(k + 1);
        alts.push(cjk_value(&upper));
        cjk_value(&words)
    } else {
        cjk_value(&words)
    };
    let mut n = Number {
        span: start..end,
        value,
        kind: NumberKind::Cardinal,
        alts,
        unit: None,
        scale: 1.0,
        is_word: true,
        digits: String::new(),
        in_numeric_date: false,
        regrouped: None,
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
