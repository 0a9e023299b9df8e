//! Sentence ends in Latin-script languages (Indonesian, English, French): `.`, `!`, `?` and `…`
//! followed by white space and a word that does not continue the sentence. A full stop after an
//! abbreviation (`Jl.`, `Dr.`, `Tbk.`, `Mr.`), an initial (`Donald J. Trump`, `M. Macron`) or a
//! dotted short form (`U.S.`, `p.m.`, `l'U.E.`) is kept inside the sentence. Decimal numbers
//! (`1,5`, `3.000`) and web addresses never break, since no space follows their full stop.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::{Run, scan};
use crate::analyse::Lang;

/// How an abbreviation behaves before the next word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum AbbrKind {
    /// Always stands before a name or a number: never ends a sentence (`Dr.`, `Jl.`, `Rp.`).
    Title,
    /// May end a sentence: breaks only before a capitalised word (`Tbk.`, `Inc.`, `dkk.`).
    Abbr,
}

static ABBREVIATIONS_TXT: &str = include_str!("abbreviations.txt");
static STARTERS_TXT: &str = include_str!("starters.txt");

/// (language code, lower-case abbreviation) -> kind.
static ABBREVIATIONS: LazyLock<HashMap<(&'static str, &'static str), AbbrKind>> =
    LazyLock::new(|| {
        data_lines(ABBREVIATIONS_TXT)
            .filter_map(|l| {
                let mut f = l.split('\t');
                let (lang, kind, word) = (f.next()?, f.next()?, f.next()?);
                let kind = if kind == "title" {
                    AbbrKind::Title
                } else {
                    AbbrKind::Abbr
                };
                Some(((lang, word), kind))
            })
            .collect()
    });

/// (language code, lower-case word) of words that often open a sentence.
static STARTERS: LazyLock<std::collections::HashSet<(&'static str, &'static str)>> =
    LazyLock::new(|| {
        data_lines(STARTERS_TXT)
            .filter_map(|l| l.split_once('\t'))
            .collect()
    });

fn data_lines(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
}

pub(super) fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

/// Pushes the byte offsets where sentences end inside `line`.
pub(super) fn cuts(line: &str, lang: Lang, out: &mut Vec<usize>) {
    scan(line, is_terminal, |run| ends_sentence(line, lang, run), out);
    let before = out.len();
    quote_ends(line, lang, out);
    if out.len() > before {
        out.sort_unstable();
        out.dedup();
    }
}

/// Sentences that end with a closing quote and no full stop, a habit of Indonesian news
/// (`... siap untuk dijual” Para ahli percaya ...`): a break after a closing quote that follows a
/// letter, when a capitalised sentence opener comes next.
fn quote_ends(line: &str, lang: Lang, out: &mut Vec<usize>) {
    let code = lang.code();
    let mut prev = ' ';
    for (i, c) in line.char_indices() {
        if matches!(c, '”' | '»') && prev.is_alphabetic() {
            let end = i + c.len_utf8();
            let rest = &line[end..];
            let after = rest.trim_start();
            if after.len() < rest.len()
                && after.chars().next().is_some_and(char::is_uppercase)
                && next_word_is_starter(after, code)
            {
                out.push(end);
            }
        }
        prev = c;
    }
}

/// Whether `run` ends a sentence in a Latin-script `line`; `lang` picks the abbreviation list
/// (Arabic text borrows the English one for the Latin names it quotes).
pub(super) fn ends_sentence(line: &str, lang: Lang, run: &Run) -> bool {
    let Some((next_pos, next)) = run.next else {
        return false;
    };
    if next_pos == run.end {
        return false;
    }
    // Before a lower-case word, or a figure (news style, in English, French and Indonesian
    // alike, spells out a number that opens a sentence: 2 NTREX lines in 1,106 open with one),
    // a full stop ends the sentence only after an ordinary word: "Rp. 1.3 trillion", "Oct. 2",
    // "No. 5" go on.
    if next.is_lowercase() || (next.is_numeric() && ends_in_letter(&line[..run.start])) {
        return run.first == '.' && run.single && is_sentence_final_word(line, lang, run);
    }
    if run.first != '.' || !run.single {
        return true;
    }
    let word = word_before(&line[..run.start]);
    if word.is_empty() || word.bytes().all(|b| b.is_ascii_digit()) {
        return true;
    }
    let mut letters = word.chars();
    if let (Some(first), None) = (letters.next(), letters.next()) {
        // An initial (`J.`, `H.`, `M.`) stands before a name, not before a quote or a number.
        return !(first.is_uppercase() && next.is_alphabetic());
    }
    let code = lang.code();
    if is_dotted_short_form(word) {
        // `U.S. President` goes on; `in the U.S. The` ends.
        return next_word_is_starter(&line[next_pos..], code);
    }
    let mut buf = [0u8; 16];
    let Some(key) = ascii_lower(word, &mut buf) else {
        return true;
    };
    match abbreviation(code, key) {
        Some(AbbrKind::Title) => false,
        Some(AbbrKind::Abbr) => next.is_uppercase() || matches!(next, '"' | '“' | '«'),
        None => true,
    }
}

/// A full stop before a lower-case word ends the sentence only after an ordinary long word
/// (`... katanya. itu sangat mengerikan`, a typing slip that parallel news splits): never after
/// an abbreviation, an initial or a dotted form, which are short or listed.
fn is_sentence_final_word(line: &str, lang: Lang, run: &Run) -> bool {
    let word = word_before(&line[..run.start]);
    let mut buf = [0u8; 16];
    word.chars().count() >= 5
        && word.chars().all(char::is_alphabetic)
        && ascii_lower(word, &mut buf).is_none_or(|k| abbreviation(lang.code(), k).is_none())
}

/// The kind of `key` (lower case) as an abbreviation of text in language `code`: its own list,
/// then the abbreviations of every Latin-script text (`*`).
fn abbreviation(code: &str, key: &str) -> Option<AbbrKind> {
    ABBREVIATIONS
        .get(&(code, key))
        .or_else(|| ABBREVIATIONS.get(&("*", key)))
        .copied()
}

/// Whether `text` ends in a letter: a word, not a number ("in 2019. 2020 was") nor a closing
/// quote, just before the full stop.
fn ends_in_letter(text: &str) -> bool {
    text.chars().next_back().is_some_and(char::is_alphabetic)
}

/// The word just before a full stop: letters, digits and inner full stops (`U.S`, `M.Sc`).
fn word_before(text: &str) -> &str {
    let start = text
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphanumeric() || c == '.')
        .last()
        .map_or(text.len(), |(i, _)| i);
    text[start..].trim_start_matches('.')
}

/// `U.S`, `p.m`, `M.Sc`, `U.E`: letters in short groups joined by full stops.
fn is_dotted_short_form(word: &str) -> bool {
    word.contains('.')
        && word
            .split('.')
            .all(|g| !g.is_empty() && g.len() <= 3 && g.chars().all(|c| c.is_alphabetic()))
}

fn next_word_is_starter(rest: &str, code: &str) -> bool {
    let word: &str = rest
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or_default();
    let mut buf = [0u8; 16];
    ascii_lower(word, &mut buf).is_some_and(|w| STARTERS.contains(&(code, w)))
}

/// `word` in ASCII lower case, in `buf`; `None` when it is not short ASCII.
fn ascii_lower<'b>(word: &str, buf: &'b mut [u8; 16]) -> Option<&'b str> {
    if word.len() > buf.len() || !word.is_ascii() {
        return None;
    }
    let out = &mut buf[..word.len()];
    out.copy_from_slice(word.as_bytes());
    out.make_ascii_lowercase();
    std::str::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::super::tests::parts;
    use super::*;

    #[test]
    fn lexicons_parse_sorted_without_duplicates() {
        for (text, fields) in [(ABBREVIATIONS_TXT, 3), (STARTERS_TXT, 2)] {
            let rows: Vec<Vec<&str>> = data_lines(text).map(|l| l.split('\t').collect()).collect();
            assert!(rows.len() > 20);
            assert!(rows.iter().all(|r| r.len() == fields), "{rows:?}");
            let keys: Vec<(&str, &str)> = rows.iter().map(|r| (r[0], r[fields - 1])).collect();
            assert!(
                keys.windows(2).all(|w| w[0] < w[1]),
                "not sorted or duplicated"
            );
            assert!(keys.iter().all(|k| ["*", "en", "fr", "id"].contains(&k.0)));
        }
        assert!(rows_kinds_are_known());
    }

    fn rows_kinds_are_known() -> bool {
        data_lines(ABBREVIATIONS_TXT).all(|l| l.contains("\ttitle\t") || l.contains("\tabbr\t"))
    }

    #[test]
    fn keeps_jl_sudirman_in_one_sentence() {
        let t = "Kantor itu berada di Jl. Sudirman No. 5, Jakarta. Gedungnya baru.";
        assert_eq!(
            parts(t, Lang::Id),
            [
                "Kantor itu berada di Jl. Sudirman No. 5, Jakarta.",
                "Gedungnya baru."
            ]
        );
    }

    #[test]
    fn keeps_indonesian_titles_and_company_forms() {
        let t = "Prof. Dr. H. Ahmad Yani, M.Sc. dari PT. Telkom Tbk. hadir bersama Jend. Sudirman dkk. di Kab. Bogor. Ia membayar Rp. 5.000 per orang.";
        assert_eq!(
            parts(t, Lang::Id),
            [
                "Prof. Dr. H. Ahmad Yani, M.Sc. dari PT. Telkom Tbk. hadir bersama Jend. Sudirman dkk. di Kab. Bogor.",
                "Ia membayar Rp. 5.000 per orang."
            ]
        );
    }

    #[test]
    fn keeps_english_titles_quoted_in_indonesian() {
        let t =
            "Uang itu dicuri, kata Det. Ian Walsh kepada Mr. Brown. Polisi masih mencari pelaku.";
        assert_eq!(
            parts(t, Lang::Id),
            [
                "Uang itu dicuri, kata Det. Ian Walsh kepada Mr. Brown.",
                "Polisi masih mencari pelaku."
            ]
        );
    }

    #[test]
    fn breaks_after_tbk_at_the_end_of_a_sentence() {
        let t =
            "Saham itu milik PT Astra International Tbk. Perusahaan tersebut menolak berkomentar.";
        assert_eq!(parts(t, Lang::Id).len(), 2);
    }

    #[test]
    fn keeps_decimal_numbers_whole() {
        let t = "Inflasi naik 1,5 persen. Harga 3.000 rupiah per kilo.";
        assert_eq!(
            parts(t, Lang::Id),
            ["Inflasi naik 1,5 persen.", "Harga 3.000 rupiah per kilo."]
        );
        let t = "Growth was 2.5 percent. It was 3,000 tonnes.";
        assert_eq!(parts(t, Lang::En).len(), 2);
    }

    #[test]
    fn keeps_english_abbreviations_and_initials() {
        let t = "Mr. Smith met Donald J. Trump at 3 p.m. Monday in the U.S. capital. They talked.";
        assert_eq!(
            parts(t, Lang::En),
            [
                "Mr. Smith met Donald J. Trump at 3 p.m. Monday in the U.S. capital.",
                "They talked."
            ]
        );
    }

    #[test]
    fn keeps_rupiah_amounts_and_company_forms_in_english_and_french() {
        let t = "The project cost Rp. 1.3 trillion, PT. Jasa Marga said. Work starts in May.";
        assert_eq!(
            parts(t, Lang::En),
            [
                "The project cost Rp. 1.3 trillion, PT. Jasa Marga said.",
                "Work starts in May."
            ]
        );
        let t = "Le projet a coûté Rp. 1,3 billion, selon PT. Jasa Marga. Les travaux commencent.";
        assert_eq!(parts(t, Lang::Fr).len(), 2);
    }

    #[test]
    fn keeps_indonesian_ranks_and_offices_in_an_english_list() {
        let t = "Present were AKBP. Hendra, Kompol. Sari of the Kab. Bogor police and Dir. Reskrimum Polda Jabar. The meeting was closed.";
        assert_eq!(parts(t, Lang::En).len(), 2);
    }

    #[test]
    fn does_not_break_before_a_figure_after_a_short_word() {
        let t = "It happened on Oct. 2 in Room No. 5 at Jl. Merdeka No. 12. Nobody came.";
        assert_eq!(parts(t, Lang::En).len(), 2);
    }

    #[test]
    fn breaks_before_a_figure_after_an_ordinary_word_or_a_number() {
        let t = "Prices rose in Jakarta. 15 people were arrested.";
        assert_eq!(parts(t, Lang::En).len(), 2);
        let t = "It ended in 2019. 2020 was worse.";
        assert_eq!(parts(t, Lang::En).len(), 2);
    }

    #[test]
    fn keeps_new_york_as_a_sentence_end_in_english() {
        let t = "He moved to NY. The family followed him.";
        assert_eq!(parts(t, Lang::En).len(), 2);
    }

    #[test]
    fn breaks_after_a_dotted_form_before_a_sentence_opener() {
        let t = "He moved to the U.S. The family followed him.";
        assert_eq!(parts(t, Lang::En).len(), 2);
    }

    #[test]
    fn breaks_after_a_capital_letter_before_a_quote() {
        let t = "Nilai tertinggi adalah A. “Saya senang,” katanya.";
        assert_eq!(parts(t, Lang::Id).len(), 2);
    }

    #[test]
    fn keeps_french_abbreviations() {
        let t = "M. Macron a rencontré les dirigeants de l'U.E. à Bruxelles. Il est rentré mardi.";
        assert_eq!(
            parts(t, Lang::Fr),
            [
                "M. Macron a rencontré les dirigeants de l'U.E. à Bruxelles.",
                "Il est rentré mardi."
            ]
        );
    }

    #[test]
    fn keeps_closing_quotes_with_their_sentence() {
        let t = "Ia berkata: “Kami siap. Kami akan datang.” Lalu ia pergi.";
        assert_eq!(
            parts(t, Lang::Id),
            [
                "Ia berkata: “Kami siap.",
                "Kami akan datang.”",
                "Lalu ia pergi."
            ]
        );
        let t = "He said: \"We are ready.\" Then he left.";
        assert_eq!(
            parts(t, Lang::En),
            ["He said: \"We are ready.\"", "Then he left."]
        );
        let t = "« Vraiment ? » a-t-il demandé. Personne n'a répondu.";
        assert_eq!(
            parts(t, Lang::Fr),
            ["« Vraiment ? » a-t-il demandé.", "Personne n'a répondu."]
        );
    }

    #[test]
    fn breaks_after_a_closing_quote_before_a_sentence_opener() {
        let t = "Gudang itu “siap untuk dijual” Para ahli percaya kerugiannya besar.";
        assert_eq!(parts(t, Lang::Id).len(), 2);
        let t = "Ia menyebutnya “harta budaya” Indonesia.";
        assert_eq!(parts(t, Lang::Id).len(), 1);
    }

    #[test]
    fn breaks_on_question_and_exclamation_marks() {
        let t = "Siapa yang bertanggung jawab? Tidak ada! Semua diam.";
        assert_eq!(parts(t, Lang::Id).len(), 3);
    }

    #[test]
    fn does_not_break_before_a_lower_case_word() {
        let t = "Harga naik... dan warga mengeluh. Pemerintah diam.";
        assert_eq!(parts(t, Lang::Id).len(), 2);
        let t = "Ia tiba bersama istri, anak dkk. dan pergi pada Jl. merdeka. Semua diam.";
        assert_eq!(parts(t, Lang::Id).len(), 2);
    }

    #[test]
    fn breaks_before_a_lower_case_word_after_a_long_word() {
        let t = "Rumah itu hancur, katanya. itu sangat mengerikan.";
        assert_eq!(
            parts(t, Lang::Id),
            ["Rumah itu hancur, katanya.", "itu sangat mengerikan."]
        );
    }
}
