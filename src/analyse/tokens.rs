//! Word tokens for the checks: runs of letters and digits for space-separated scripts, single
//! characters for Han and kana (no word segmentation is needed for what the checks compare).

use std::ops::Range;

use super::Lang;

/// One token: its byte span in the unit text and its lowercase form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub span: Range<usize>,
    pub lower: String,
}

/// Whether `c` is written without spaces between words (Han, kana).
pub fn is_cjk_char(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}'
        | '\u{f900}'..='\u{faff}' | '\u{20000}'..='\u{2ffff}')
}

/// Whether `c` is an Arabic-script character (letters, marks and presentation forms).
pub fn is_arabic_char(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06ff}' | '\u{0750}'..='\u{077f}' | '\u{fb50}'..='\u{fdff}' | '\u{fe70}'..='\u{feff}')
}

/// Splits `text` into tokens.
pub fn tokenize(text: &str, _lang: Lang) -> Vec<Token> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let push = |out: &mut Vec<Token>, r: Range<usize>| {
        out.push(Token {
            lower: text[r.clone()].to_lowercase(),
            span: r,
        })
    };
    for (b, c) in text.char_indices() {
        if is_cjk_char(c) {
            if let Some(s) = start.take() {
                push(&mut out, s..b);
            }
            push(&mut out, b..b + c.len_utf8());
        } else if c.is_alphanumeric() || (start.is_some() && (c == '\'' || c == '’' || c == '-'))
        {
            if start.is_none() {
                start = Some(b);
            }
        } else if let Some(s) = start.take() {
            push(&mut out, s..b);
        }
    }
    if let Some(s) = start {
        push(&mut out, s..text.len());
    }
    // a trailing apostrophe or hyphen is punctuation, not part of the word
    for t in &mut out {
        while t.span.end > t.span.start
            && matches!(
                text[..t.span.end].chars().next_back(),
                Some('\'' | '’' | '-')
            )
        {
            let l = text[..t.span.end]
                .chars()
                .next_back()
                .map_or(1, char::len_utf8);
            t.span.end -= l;
            t.lower = text[t.span.clone()].to_lowercase();
        }
    }
    out.retain(|t| !t.span.is_empty());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_latin_words_and_cjk_characters() {
        let t = tokenize("Trump's camp, 美国 2020.", Lang::En);
        let words: Vec<&str> = t.iter().map(|t| t.lower.as_str()).collect();
        assert_eq!(words, ["trump's", "camp", "美", "国", "2020"]);
    }
}
