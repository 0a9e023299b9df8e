//! Sentence splitting per language: paragraphs at line breaks, then sentences inside each line
//! by language-specific rules (`latin` for id, en and fr; `cjk` for zh and ja; `arabic`). Returns
//! byte ranges of the text exactly as given, trimmed of white space, byte-order marks and
//! zero-width characters, so CRLF, a BOM, NBSP or a zero-width space never shift a span.
//! Alignment of the sentences is left to `align`.

mod arabic;
mod cjk;
mod latin;

use std::ops::Range;

use crate::analyse::Lang;

/// One sentence: its byte range in the text and the paragraph it belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub range: Range<usize>,
    /// Paragraph number, from 0, counted over the whole text.
    pub paragraph: usize,
}

/// Characters trimmed from both ends of a sentence besides Unicode white space (which includes
/// NBSP): the byte-order mark and the zero-width characters that editors leave behind.
fn is_invisible(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{feff}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}'
        )
}

/// Splits `text` into sentences. Every non-empty line is a paragraph.
pub fn split(text: &str, lang: Lang) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut cuts = Vec::new();
    let mut paragraph = 0usize;
    let mut line_start = 0usize;
    for line in text.split_inclusive(['\n', '\u{2029}']) {
        let start = line_start;
        line_start += line.len();
        if line.chars().all(is_invisible) {
            continue;
        }
        cuts.clear();
        match lang {
            Lang::Id | Lang::En | Lang::Fr => latin::cuts(line, lang, &mut cuts),
            Lang::Zh | Lang::Ja => cjk::cuts(line, &mut cuts),
            Lang::Ar => arabic::cuts(line, &mut cuts),
        }
        let mut from = 0usize;
        for &cut in cuts.iter().chain(std::iter::once(&line.len())) {
            push(text, start + from..start + cut, paragraph, &mut out);
            from = cut;
        }
        paragraph += 1;
    }
    out
}

/// Adds `r` trimmed of invisible characters, unless nothing visible is left.
fn push(text: &str, r: Range<usize>, paragraph: usize, out: &mut Vec<Sentence>) {
    let s = &text[r.clone()];
    let trimmed = s.trim_start_matches(is_invisible);
    let lead = s.len() - trimmed.len();
    let trimmed = trimmed.trim_end_matches(is_invisible);
    if trimmed.is_empty() {
        return;
    }
    // A piece with no letter or digit (a stray closing quote after the full stop, `。“`) belongs
    // to the sentence before it in the same paragraph.
    if !trimmed.chars().any(char::is_alphanumeric)
        && let Some(last) = out.last_mut()
        && last.paragraph == paragraph
    {
        last.range.end = r.start + lead + trimmed.len();
        return;
    }
    out.push(Sentence {
        range: r.start + lead..r.start + lead + trimmed.len(),
        paragraph,
    });
}

/// A run of terminal punctuation (with the closing marks after it) that may end a sentence.
pub(super) struct Run {
    /// Byte offset of the first terminal mark.
    pub start: usize,
    /// Byte offset just after the run: where the sentence would end.
    pub end: usize,
    /// The first terminal mark.
    pub first: char,
    /// Whether the run is a single mark (`.` rather than `...` or `?!`).
    pub single: bool,
    /// The next visible character after the run and its byte offset, if any.
    pub next: Option<(usize, char)>,
}

/// Scans `line` for runs of `is_terminal` marks and pushes the end of each run that
/// `ends_sentence` accepts. Linear in the line's length. Full stops inside a quotation do break
/// it: parallel news (NTREX) breaks multi-sentence quotations into sentences too, and keeping
/// them whole cost a tenth of the alignment errors; only the closing quote stays attached.
pub(super) fn scan(
    line: &str,
    is_terminal: impl Fn(char) -> bool,
    mut ends_sentence: impl FnMut(&Run) -> bool,
    out: &mut Vec<usize>,
) {
    let mut i = 0usize;
    while let Some(c) = line[i..].chars().next() {
        if !is_terminal(c) {
            i += c.len_utf8();
            continue;
        }
        let mut end = i + c.len_utf8();
        let mut single = true;
        loop {
            let rest = &line[end..];
            let Some(d) = rest.chars().next() else { break };
            if is_terminal(d) || is_closer(d) {
                single &= !is_terminal(d);
                end += d.len_utf8();
                continue;
            }
            // French spacing: `vraiment ? »`, `fin . »` keep the spaced closing guillemet.
            let after = rest.trim_start_matches(is_invisible);
            if after.len() < rest.len() && after.starts_with('»') {
                end += rest.len() - after.len();
                continue;
            }
            break;
        }
        let next_pos =
            end + (line[end..].len() - line[end..].trim_start_matches(is_invisible).len());
        let run = Run {
            start: i,
            end,
            first: c,
            single,
            next: line[next_pos..].chars().next().map(|n| (next_pos, n)),
        };
        if run.next.is_some() && ends_sentence(&run) {
            out.push(end);
        }
        i = end;
    }
}

/// Closing marks that stay with the sentence they end (quotes, brackets).
pub(super) fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | '»' | '」' | '』' | ')' | '）' | ']' | '】' | '〉' | '》'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(super) fn parts(text: &str, lang: Lang) -> Vec<&str> {
        split(text, lang)
            .iter()
            .map(|s| &text[s.range.clone()])
            .collect()
    }

    #[test]
    fn splits_sentences_and_paragraphs() {
        let text = "Satu dua. Tiga empat!\n\nLima.";
        let s = split(text, Lang::Id);
        assert_eq!(parts(text, Lang::Id), ["Satu dua.", "Tiga empat!", "Lima."]);
        assert_eq!(s[2].paragraph, 1);
    }

    #[test]
    fn keeps_spans_exact_with_crlf_bom_nbsp_and_zero_width() {
        let text =
            "\u{feff}Hujan turun.\u{a0}Banjir datang.\r\n\u{200b}Warga mengungsi.\u{200b}\r\n";
        let s = split(text, Lang::Id);
        assert_eq!(
            parts(text, Lang::Id),
            ["Hujan turun.", "Banjir datang.", "Warga mengungsi."]
        );
        assert_eq!(s[0].range.start, 3);
        assert_eq!(s[2].paragraph, 1);
    }

    #[test]
    fn keeps_a_stray_closing_mark_with_its_sentence() {
        let t = "我们不会容忍暴力。“\n警方已介入。";
        assert_eq!(parts(t, Lang::Zh), ["我们不会容忍暴力。“", "警方已介入。"]);
    }

    #[test]
    fn handles_empty_and_blank_text() {
        assert!(split("", Lang::En).is_empty());
        assert!(split(" \r\n\u{feff}\n\u{200b} ", Lang::Ja).is_empty());
    }

    #[test]
    fn returns_ordered_trimmed_ranges_on_odd_input() {
        let odd = [
            "...",
            "。。。",
            "“",
            ". . .",
            "\r\r\n",
            "A.B.C.",
            "Rp.",
            "? ! ?",
            "」。「",
            "،؟.",
            "Dr.\u{200b}",
            "\u{feff}",
            "x.\u{a0}\u{a0}Y",
            "“A.” “B.”",
            "1.\n2.\n3.",
            "M. . M.",
        ];
        for text in odd {
            for lang in [Lang::Id, Lang::En, Lang::Fr, Lang::Zh, Lang::Ja, Lang::Ar] {
                let mut end = 0;
                for s in split(text, lang) {
                    let part = &text[s.range.clone()];
                    assert!(
                        s.range.start >= end && !part.is_empty(),
                        "{text:?} {lang:?}"
                    );
                    assert_eq!(part, part.trim_matches(is_invisible));
                    end = s.range.end;
                }
            }
        }
    }

    #[test]
    fn splits_a_long_line_in_linear_time() {
        let text = "Harga naik. ".repeat(20_000);
        assert_eq!(split(&text, Lang::Id).len(), 20_000);
    }
}
