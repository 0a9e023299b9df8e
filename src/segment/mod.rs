//! Sentence splitting per language (first cut: paragraphs at line breaks, sentences after
//! terminal punctuation followed by space or, for CJK, immediately). Returns byte ranges of the
//! text as given, trimmed of surrounding white space.

use std::ops::Range;

use crate::analyse::Lang;

/// One sentence: its byte range in the text and the paragraph it belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub range: Range<usize>,
    /// Paragraph number, from 0, counted over the whole text.
    pub paragraph: usize,
}

/// Splits `text` into sentences.
pub fn split(text: &str, lang: Lang) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut paragraph = 0usize;
    let mut line_start = 0usize;
    for line in text.split_inclusive('\n') {
        let start = line_start;
        line_start += line.len();
        let body = line.trim_end_matches(['\n', '\r']);
        if body.trim().is_empty() {
            continue;
        }
        split_line(text, start, body, lang, paragraph, &mut out);
        paragraph += 1;
    }
    out
}

fn split_line(
    text: &str,
    base: usize,
    line: &str,
    lang: Lang,
    paragraph: usize,
    out: &mut Vec<Sentence>,
) {
    let mut sent_start = 0usize;
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (_, c) = chars[i];
        let terminal = matches!(c, '.' | '!' | '?' | '。' | '！' | '？' | '؟');
        if terminal {
            let mut j = i + 1;
            while j < chars.len()
                && matches!(
                    chars[j].1,
                    '.' | '!'
                        | '?'
                        | '。'
                        | '！'
                        | '？'
                        | '؟'
                        | '"'
                        | '”'
                        | '’'
                        | '\''
                        | '」'
                        | '』'
                        | ')'
                        | '»'
                )
            {
                j += 1;
            }
            let end = chars.get(j).map_or(line.len(), |x| x.0);
            let next_is_space = j >= chars.len() || chars[j].1.is_whitespace();
            let cjk_break = lang.is_cjk() && matches!(c, '。' | '！' | '？');
            if next_is_space || cjk_break {
                push(text, base, sent_start..end, paragraph, out);
                sent_start = end;
            }
            i = j;
        } else {
            i += 1;
        }
    }
    push(text, base, sent_start..line.len(), paragraph, out);
}

fn push(text: &str, base: usize, r: Range<usize>, paragraph: usize, out: &mut Vec<Sentence>) {
    let s = &text[base + r.start..base + r.end];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if s.trim().is_empty() {
        return;
    }
    out.push(Sentence {
        range: base + r.start + lead..base + r.end - trail,
        paragraph,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_sentences_and_paragraphs() {
        let text = "Satu dua. Tiga empat!\n\nLima.";
        let s = split(text, Lang::Id);
        let parts: Vec<&str> = s.iter().map(|s| &text[s.range.clone()]).collect();
        assert_eq!(parts, ["Satu dua.", "Tiga empat!", "Lima."]);
        assert_eq!(s[2].paragraph, 1);
    }
}
