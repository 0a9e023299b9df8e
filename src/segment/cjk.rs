//! Sentence ends in Chinese and Japanese: `。`, `！`, `？` (and their ASCII forms), with no space
//! needed after them. The closing quote stays with the sentence it closes (`「…。」` is one
//! sentence, never `「…。` and `」`), and a Japanese quotation followed by `と` ("…。」と述べた")
//! runs on.

use super::{Run, scan};

pub(super) fn is_terminal(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '!' | '?' | '．')
}

/// Pushes the byte offsets where sentences end inside `line`.
pub(super) fn cuts(line: &str, out: &mut Vec<usize>) {
    scan(line, is_terminal, ends_sentence, out);
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
    fn keeps_chinese_closing_quote_with_its_sentence() {
        let t = "他说：“我们准备好了。”随后离开。";
        assert_eq!(parts(t, Lang::Zh), ["他说：“我们准备好了。”", "随后离开。"]);
    }
}
