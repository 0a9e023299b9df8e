//! Text handling shared by every stage: code-point spans over the text exactly as given
//! (`span`), and normalisation for matching only (`normalize`), which keeps a map back to the
//! original offsets so that no normalisation ever shifts a reported span; and names written in
//! katakana matched to their Latin spelling (`kana`); and small helpers over characters (`runs`,
//! `has_unpaired_quotes`).

pub mod arabic_sound;
pub mod kana;
pub mod normalize;
pub mod span;

use std::ops::Range;

/// The maximal runs of characters of `text` for which `keep` holds, as byte ranges.
pub fn runs(text: &str, keep: impl Fn(char) -> bool) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = None;
    for (b, c) in text.char_indices() {
        match (keep(c), start) {
            (true, None) => start = Some(b),
            (false, Some(s)) => {
                out.push(s..b);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(s..text.len());
    }
    out
}

/// Double quotation marks of any script and direction: translators type “ and ” (and ")
/// interchangeably, so only their number is telling.
const DOUBLE_QUOTES: &str = "\"“”„‟«»＂";
/// Japanese corner brackets, which are typed in pairs.
const CORNER_BRACKETS: &str = "「」『』";

/// Whether `text` has an odd number of double quotation marks, or of Japanese corner brackets:
/// one of its marks has no partner in it.
pub fn has_unpaired_quotes(text: &str) -> bool {
    let odd = |marks: &str| text.chars().filter(|c| marks.contains(*c)).count() % 2 == 1;
    odd(DOUBLE_QUOTES) || odd(CORNER_BRACKETS)
}

/// How many quotations `text` holds, as far as its marks tell: a pair of double marks or of
/// corner brackets is one, and so is a mark without partner (a sentence cut from a longer
/// quotation opens or closes it alone). Single marks count too, since English and French
/// translators quote with them where the source has double marks; as a closing single mark is
/// also the apostrophe, only the unambiguous ones are counted, and the quotations are the more
/// numerous of the two kinds (`single_marks`).
pub fn quotations(text: &str) -> usize {
    let count = |marks: &str| text.chars().filter(|c| marks.contains(*c)).count();
    let (opening, closing) = single_marks(text);
    count(DOUBLE_QUOTES).div_ceil(2) + count(CORNER_BRACKETS).div_ceil(2) + opening.max(closing)
}

/// The single quotation marks of `text` that cannot be apostrophes: opening ones (‘, ‹, and a
/// straight ' that starts a word), and closing ones right after a sentence's or a clause's
/// punctuation (“… love.’”, “that?'”).
fn single_marks(text: &str) -> (usize, usize) {
    let (mut opening, mut closing) = (0, 0);
    let mut before: Option<char> = None;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let after = chars.peek().copied();
        let starts_a_word =
            before.is_none_or(char::is_whitespace) && after.is_some_and(char::is_alphanumeric);
        let ends_a_clause = before.is_some_and(|b| matches!(b, '.' | ',' | '?' | '!'));
        match c {
            '‘' | '‹' => opening += 1,
            '\'' if starts_a_word => opening += 1,
            '’' | '\'' | '›' if ends_a_clause => closing += 1,
            _ => {}
        }
        before = Some(c);
    }
    (opening, closing)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_quotation_marks_whatever_their_direction() {
        assert!(!has_unpaired_quotes("“这已经非常混乱”，他说。"));
        assert!(!has_unpaired_quotes("“这已经非常混乱“，他说。"));
        assert!(!has_unpaired_quotes("\"Ini kacau,\" katanya."));
        assert!(has_unpaired_quotes("这已经非常混乱”，他说。"));
        assert!(has_unpaired_quotes("「エネルギーは道具ではない。"));
        assert!(!has_unpaired_quotes("It's the team's day."));
    }

    #[test]
    fn counts_a_lone_mark_and_an_opening_single_mark_as_a_quotation() {
        assert_eq!(quotations("\"Ini kacau,\" katanya."), 1);
        assert_eq!(quotations("saya sedang tenggelam,\" katanya."), 1);
        assert_eq!(
            quotations("He said the policy ‘ignores decades of law.’"),
            1
        );
        assert_eq!(quotations("「制裁」は『幻想』だ。"), 2);
        assert_eq!(quotations("It's the team's day."), 0);
        assert_eq!(
            quotations("Welsh AMs worried about 'looking like muppets'"),
            1
        );
        assert_eq!(quotations("Try love.’"), 1);
        assert_eq!(quotations("‘Yes,’ she said, ‘it is.’"), 2);
        assert_eq!(quotations("the players’ union and l’équipe"), 0);
    }
}
