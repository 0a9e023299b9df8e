//! Sentence ends in Arabic: `.`, `!`, `؟`, `?` and `۔` followed by white space. The Arabic comma
//! `،` never ends a sentence. Latin initials and dotted short forms quoted in Arabic text
//! (`J.`, `U.S.`) follow the English rules.

use super::{Run, latin, scan};
use crate::analyse::Lang;

pub(super) fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '؟' | '۔' | '…')
}

/// Pushes the byte offsets where sentences end inside `line`.
pub(super) fn cuts(line: &str, out: &mut Vec<usize>) {
    scan(
        line,
        is_terminal,
        |run: &Run| latin::ends_sentence(line, Lang::En, run),
        out,
    );
}

#[cfg(test)]
mod tests {
    use super::super::tests::parts;
    use crate::analyse::Lang;

    #[test]
    fn splits_on_arabic_question_mark_not_comma() {
        let t = "قال الوزير، في مؤتمر صحفي، إن الاتفاق جاهز. هل سيوقع غدا؟ لم يؤكد ذلك.";
        assert_eq!(
            parts(t, Lang::Ar),
            [
                "قال الوزير، في مؤتمر صحفي، إن الاتفاق جاهز.",
                "هل سيوقع غدا؟",
                "لم يؤكد ذلك."
            ]
        );
    }

    #[test]
    fn keeps_latin_initials_in_arabic_text() {
        let t = "التقى دونالد J. ترامب بالوزير. ثم غادر.";
        assert_eq!(parts(t, Lang::Ar).len(), 2);
    }
}
