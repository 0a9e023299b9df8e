//! `omission/cut-word`: a Chinese, Japanese or Arabic translation that keeps a Latin-script name
//! of its source only in part ("Wellingbo" for "Wellingborough", "rigo" for "Rodrigo"), glued to
//! the text beside it, or that runs two Latin-script names of its source together ("Marco
//! Bianchi" from "Marco Rossi" and "Paolo Bianchi"). A name cut in the middle, or two names
//! joined, is what is left when a piece of the translation went missing across it, so the
//! sentence has lost more than the name.

use std::ops::Range;

use crate::analyse::Lang;
use crate::analyse::tokens::is_cjk_char;
use crate::checks::{
    Check, Examples, Findings, Kind, MqmCategory, RuleMeta, Severity, UnitView, quote,
};
use crate::lexicon::bilingual;

/// A Latin-script name of the source cut short in the translation.
pub struct CutWord;

static META: RuleMeta = RuleMeta {
    id: "omission/cut-word",
    kind: Kind::Omission,
    category: MqmCategory::AccuracyOmission,
    default_severity: Severity::Minor,
    summary: "a name of the source is cut short, or two run together: text around it is missing",
    explain: "What it catches: a Chinese, Japanese or Arabic translation that keeps a Latin-script \
name of the source, but only its beginning or its end, run straight into the text beside it \
(\"Wellingbo从早上起\" where the source has \"Wellingborough\"), or that runs two names of the \
source together (\"Marco Bianchi\" where the source has \"Marco Rossi\" and \"Paolo Bianchi\"). \
Names kept in Latin script are copied whole and in order; a cut one is the edge of a piece of \
the sentence that was lost.\n\
Why it matters: whatever stood between the two halves of the cut (a clause, an attribution, a \
second name) is missing from the translation, and the sentence may still look complete.\n\
Example: \"Kiper Rodrigo Fernandes (Benfica) menangkap bola itu.\" translated as \"门将rigo Fernandes）接住了球。\".\n\
Known false alarms: a translation that shortens a name on purpose and writes it straight \
against the next character; Indonesian endings (-nya, -lah, -kah, -pun) are not counted as \
cut.\n\
Severity: minor. Measured on text it was not tuned on (the check benches), its major findings were wrong more often than right, so it is worth a look, never a gate failure by default.",
    examples: Examples {
        flags: (
            "id",
            "Warga yang tinggal di dekat Stasiun Wellingborough mengatakan bahwa polisi menutup jalan sejak pagi.",
            "zh",
            "住在 Wellingbo从早上起就被警方封锁。",
        ),
        allows: (
            "id",
            "Warga yang tinggal di dekat Stasiun Wellingborough mengatakan bahwa polisi menutup jalan sejak pagi.",
            "zh",
            "住在 Wellingborough 车站附近的居民说，警方从早上起就封锁了道路。",
        ),
    },
};

/// Indonesian endings attached to a name that a translation rightly leaves off
/// ("Instagramnya" is "its Instagram").
const ENDINGS: [&str; 6] = ["nya", "lah", "kah", "pun", "ku", "mu"];

impl Check for CutWord {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, unit: &UnitView<'_>, out: &mut Findings) {
        if unit.src.lang != Lang::Id
            || !matches!(unit.hyp.lang, Lang::Zh | Lang::Ja | Lang::Ar)
            || unit.src.is_empty()
            || unit.hyp.is_empty()
        {
            return;
        }
        if let Some(cut) = find_cut(unit.src.text, unit.hyp.text) {
            let part = &unit.hyp.text[cut.hyp.clone()];
            let whole = &unit.src.text[cut.src.clone()];
            let side = if cut.is_head { "beginning" } else { "end" };
            out.flag(
                &META,
                format!(
                    "{} in the translation is only the {side} of {} in the source: the text \
                     around it seems to have been cut out of {}",
                    quote(part),
                    quote(whole),
                    quote(unit.hyp.text)
                ),
            )
            .hyp(cut.hyp)
            .src(cut.src)
            .suggest(format!(
                "compare with the source around {} and translate what is missing",
                quote(whole)
            ));
        } else if let Some(joined) = find_joined_names(unit.src.text, unit.hyp.text) {
            let pair = &unit.hyp.text[joined.clone()];
            out.flag(
                &META,
                format!(
                    "{} in the translation runs together two names that stand apart in the \
                     source: the text between them seems to have been cut out of {}",
                    quote(pair),
                    quote(unit.hyp.text)
                ),
            )
            .hyp(joined)
            .src(0..unit.src.text.len())
            .suggest(format!(
                "compare with the source around {} and translate what is missing",
                quote(pair)
            ));
        }
    }
}

/// A Latin-script word of the translation that is a cut piece of a source word.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Cut {
    /// The piece, bytes of the translation.
    pub hyp: Range<usize>,
    /// The whole word, bytes of the source.
    pub src: Range<usize>,
    /// Whether the piece is the word's beginning (else its end).
    pub is_head: bool,
}

fn is_latin_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || (c.is_alphabetic() && ('\u{c0}'..='\u{24f}').contains(&c))
}

/// A letter of the scripts that a Chinese, Japanese or Arabic sentence is written in.
fn is_target_letter(c: char) -> bool {
    is_cjk_char(c) || (c.is_alphabetic() && ('\u{600}'..='\u{6ff}').contains(&c))
}

/// Runs of Latin letters of `text`, as byte ranges.
fn latin_words(text: &str) -> Vec<Range<usize>> {
    crate::text::runs(text, is_latin_letter)
}

/// The first Latin-script word of `hyp` that is not a word of `src` but the beginning of one,
/// with a Chinese, Japanese or Arabic letter right after it, or the end of a capitalised one
/// written in lower case, with such a letter right before it.
pub(crate) fn find_cut(src: &str, hyp: &str) -> Option<Cut> {
    let src_words: Vec<(Range<usize>, String)> = bilingual::words(src)
        .filter(|r| src[r.clone()].chars().all(is_latin_letter))
        .map(|r| {
            let lower = src[r.clone()].to_lowercase();
            (r, lower)
        })
        .collect();
    for r in latin_words(hyp) {
        let piece = &hyp[r.clone()];
        if piece.chars().count() < 2 && !is_cut_initial(hyp, r.clone()) {
            continue;
        }
        let lower = piece.to_lowercase();
        if src_words.iter().any(|(_, w)| *w == lower) {
            continue;
        }
        let after = hyp[r.end..].chars().next();
        let before = hyp[..r.start].chars().next_back();
        let glued_after = after.is_some_and(is_target_letter);
        let glued_before = before.is_some_and(is_target_letter);
        let starts_lower = piece.chars().next().is_some_and(char::is_lowercase);
        for (sr, w) in &src_words {
            if w.len() <= lower.len() {
                continue;
            }
            if glued_after
                && let Some(rest) = w.strip_prefix(lower.as_str())
                && !ENDINGS.contains(&rest)
            {
                return Some(Cut {
                    hyp: r,
                    src: sr.clone(),
                    is_head: true,
                });
            }
            let capitalised = src[sr.clone()]
                .chars()
                .next()
                .is_some_and(char::is_uppercase);
            if glued_before && starts_lower && capitalised && w.ends_with(lower.as_str()) {
                return Some(Cut {
                    hyp: r,
                    src: sr.clone(),
                    is_head: false,
                });
            }
        }
    }
    None
}

/// Whether the one-letter word at `r` of `hyp` is a capital that ends a run of Latin-script
/// words ("Det Insp B以及"): a name of several words whose last one was cut after its first
/// letter. A capital standing alone before Chinese or Japanese text ("T形台", "C罗") is left
/// out.
fn is_cut_initial(hyp: &str, r: Range<usize>) -> bool {
    let is_capital = hyp[r.clone()].chars().all(|c| c.is_ascii_uppercase());
    let before = hyp[..r.start].strip_suffix(' ');
    let after_word = before.is_some_and(|b| {
        b.trim_end_matches('.')
            .chars()
            .next_back()
            .is_some_and(is_latin_letter)
    });
    is_capital && after_word
}

/// Two capitalised Latin-script words of `hyp` with only spaces between them, each a word of
/// `src`, that do not follow each other in `src` ("Menga Holt" from "Dolly Menga ... Gary
/// Holt"): the byte range from the first to the second.
pub(crate) fn find_joined_names(src: &str, hyp: &str) -> Option<Range<usize>> {
    let src_words: Vec<&str> = latin_words(src).into_iter().map(|r| &src[r]).collect();
    let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let hyp_words = latin_words(hyp);
    hyp_words.windows(2).find_map(|pair| {
        let (a, b) = (&hyp[pair[0].clone()], &hyp[pair[1].clone()]);
        let joined = hyp[pair[0].end..pair[1].start]
            .chars()
            .all(char::is_whitespace);
        let in_source = |w: &str| src_words.contains(&w);
        let apart = !src_words.windows(2).any(|p| p[0] == a && p[1] == b);
        (joined && capitalised(a) && capitalised(b) && in_source(a) && in_source(b) && apart)
            .then(|| pair[0].start..pair[1].end)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::testing::{assert_clean, assert_flags};

    #[test]
    fn flags_name_cut_at_its_end_in_chinese() {
        assert_flags(
            &CutWord,
            (
                "id",
                "Kiper Rodrigo Fernandes gagal menghentikan tendangan keras dari luar kotak penalti itu.",
            ),
            (
                "zh",
                "门将罗德里戈·费尔南德斯（Rod未能挡住这脚禁区外的劲射。",
            ),
            "omission/cut-word",
        );
    }

    #[test]
    fn flags_name_cut_at_its_beginning_in_japanese() {
        assert_flags(
            &CutWord,
            (
                "id",
                "Pertandingan itu dapat ditonton secara langsung melalui YouTube mulai pukul delapan malam.",
            ),
            ("ja", "その試合は午後8時からYouで見ることができる。"),
            "omission/cut-word",
        );
    }

    #[test]
    fn flags_tail_of_a_name_after_a_cut() {
        let src = "Penjaga gawang Rodrigo Fernandes tidak bisa berbuat apa-apa.";
        let hyp = "守门员左rigo Fernandes）无能为力。";
        let cut = find_cut(src, hyp).expect("a cut");
        assert_eq!(&hyp[cut.hyp], "rigo");
        assert_eq!(&src[cut.src], "Rodrigo");
        assert!(!cut.is_head);
    }

    #[test]
    fn flags_last_name_cut_to_its_initial() {
        assert_flags(
            &CutWord,
            (
                "id",
                "Komisaris Polisi Anna Whitfield mengatakan bahwa kebakaran merusak atap gedung itu.",
            ),
            ("zh", "Anna W屋顶遭到损坏。"),
            "omission/cut-word",
        );
        let src = "Komisaris Polisi Anna Whitfield mengatakan bahwa kebakaran merusak atap.";
        let hyp = "警司 Anna W屋顶遭到损坏。";
        let cut = find_cut(src, hyp).expect("a cut");
        assert_eq!(&hyp[cut.hyp], "W");
        assert_eq!(&src[cut.src], "Whitfield");
    }

    #[test]
    fn allows_a_capital_letter_standing_alone() {
        assert_clean(
            &CutWord,
            (
                "id",
                "Para model tampil di panggung peragaan di Tokyo pekan lalu.",
            ),
            ("zh", "上周在东京，模特们在 T形台上亮相。"),
        );
    }

    #[test]
    fn flags_two_names_run_together() {
        assert_flags(
            &CutWord,
            (
                "id",
                "Gol Marco Rossi membuat tim asuhan Paolo Bianchi naik ke posisi kedua klasemen.",
            ),
            ("zh", "Marco Bianchi 的球队升至积分榜第二位。"),
            "omission/cut-word",
        );
    }

    #[test]
    fn allows_names_in_their_source_order() {
        assert_clean(
            &CutWord,
            (
                "id",
                "Gol Marco Rossi membuat tim asuhan Paolo Bianchi naik ke posisi kedua klasemen.",
            ),
            (
                "zh",
                "Marco Rossi 的进球让 Paolo Bianchi 执教的球队升至积分榜第二位。",
            ),
        );
    }

    #[test]
    fn allows_whole_names_and_indonesian_endings() {
        assert_clean(
            &CutWord,
            (
                "id",
                "Pembawa acara itu mengumumkan kepergiannya di Instagramnya pada hari Senin.",
            ),
            ("ja", "その司会者は月曜日にInstagramで降板を発表した。"),
        );
    }

    #[test]
    fn allows_acronym_plural_before_punctuation() {
        assert_clean(
            &CutWord,
            (
                "id",
                "Pemerintah akan menambah pinjaman murah bagi SMEs di seluruh provinsi tahun depan.",
            ),
            ("zh", "政府明年将增加对各省SME（中小企业）的低息贷款。"),
        );
    }

    #[test]
    fn allows_latin_words_in_english() {
        assert_clean(
            &CutWord,
            (
                "id",
                "Kiper Rodrigo Fernandes gagal menghentikan tendangan itu.",
            ),
            ("en", "Goalkeeper Rod could not stop the shot."),
        );
    }
}
