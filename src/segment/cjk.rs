//! Sentence ends in Chinese and Japanese: `。`, `！`, `？` (and their ASCII forms, the full stop
//! only between two Chinese or Japanese characters), with no space needed after them. The closing quote stays with the sentence it closes (`「…。」` is one
//! sentence, never `「…。` and `」`), and a Japanese quotation followed by `と` ("…。」と述べた")
//! runs on.

use super::{Run, scan};
use crate::analyse::tokens::is_cjk_char;

pub(super) fn is_terminal(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '!' | '?' | '．')
}

/// Pushes the byte offsets where sentences end inside `line`.
pub(super) fn cuts(line: &str, out: &mut Vec<usize>) {
    scan(line, is_terminal, ends_sentence, out);
    // A closing quote straight after a letter and before an opening one ends a sentence that
    // lost its full stop (`…的声音”"龙卷风"…`), unless the quotation is short: “一带”“一路” is
    // a list of quoted terms.
    let before = out.len();
    let mut prev = ' ';
    let mut since_open: Option<usize> = None;
    let mut chars = line.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        since_open = if matches!(c, '“' | '「') {
            Some(0)
        } else {
            since_open.map(|n| n + 1)
        };
        // an ASCII full stop between two Chinese or Japanese characters ends a sentence typed
        // with the wrong mark (`…五周时间.它们…`); between digits or Latin letters it does not
        if c == '.' && is_cjk_char(prev) && chars.peek().is_some_and(|&(_, n)| is_cjk_char(n)) {
            out.push(i + 1);
        }
        if matches!(c, '”' | '」')
            && prev.is_alphanumeric()
            && since_open.is_none_or(|n| n > 10)
            && chars
                .peek()
                .is_some_and(|&(_, n)| matches!(n, '“' | '「' | '"'))
        {
            out.push(i + c.len_utf8());
        }
        prev = c;
    }
    if out.len() > before {
        out.sort_unstable();
        out.dedup();
    }
}

fn ends_sentence(run: &Run) -> bool {
    let Some((_, next)) = run.next else {
        return false;
    };
    // Quotative particles and commas continue the sentence; so does a lower-case Latin word
    // after `!` in a name such as "Yahoo! news".
    !(matches!(next, 'と' | 'っ' | '、' | '，' | ',' | '：') || next.is_lowercase())
}

#[cfg(test)]
mod tests {
    use super::super::tests::parts;
    use crate::analyse::Lang;

    #[test]
    fn splits_chinese_without_spaces() {
        let t = "警方周一逮捕了两名男子。他们被控盗窃！案件仍在调查中？";
        assert_eq!(parts(t, Lang::Zh).len(), 3);
    }

    #[test]
    fn splits_at_an_ascii_full_stop_between_chinese_characters() {
        let t = "会议将在五周后举行.代表们已经抵达。增长3.5%。";
        assert_eq!(
            parts(t, Lang::Zh),
            ["会议将在五周后举行.", "代表们已经抵达。", "增长3.5%。"]
        );
    }

    #[test]
    fn keeps_japanese_quote_in_one_sentence() {
        let t = "首相は「詳細は後で話す。」と述べた。会見は終わった。";
        assert_eq!(
            parts(t, Lang::Ja),
            ["首相は「詳細は後で話す。」と述べた。", "会見は終わった。"]
        );
        let t = "「合意した。」\n会見は終わった。";
        assert_eq!(parts(t, Lang::Ja), ["「合意した。」", "会見は終わった。"]);
    }

    #[test]
    fn breaks_between_a_closing_and_an_opening_quote() {
        let t = "他说这是我们今年听到的最好的消息”“我们会继续努力”。";
        assert_eq!(
            parts(t, Lang::Zh),
            ["他说这是我们今年听到的最好的消息”", "“我们会继续努力”。"]
        );
        let t = "他提出了“一带”“一路”的倡议。";
        assert_eq!(parts(t, Lang::Zh).len(), 1);
    }

    #[test]
    fn keeps_chinese_closing_quote_with_its_sentence() {
        let t = "他说：“我们准备好了。”随后离开。";
        assert_eq!(parts(t, Lang::Zh), ["他说：“我们准备好了。”", "随后离开。"]);
    }
}
