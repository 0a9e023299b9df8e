//! `untranslated/source-words`: a run of Indonesian words from the source left inside a
//! translated sentence ("Graham's vote, however, tidak akan dapat diubah").

use std::collections::HashSet;
use std::ops::Range;

use super::letters_key;
use crate::analyse::{Lang, tokens};
use crate::checks::{
    Check, DocView, Examples, Findings, Kind, MqmCategory, RuleMeta, Severity, UnitView, quote,
};
use crate::lexicon::function_words;

/// Source words left untranslated inside the translation.
pub struct SourceWords;

static META: RuleMeta = RuleMeta {
    id: "untranslated/source-words",
    kind: Kind::Untranslated,
    category: MqmCategory::AccuracyUntranslated,
    default_severity: Severity::Major,
    summary: "Indonesian words from the source were left in the translation",
    explain: "What it catches: a run of three or more words copied from the Indonesian source \
into the translation, with Indonesian grammar words among them (yang, dan, untuk, tidak, ...): \
half a sentence translated and the rest left as it was.\n\
Why it matters: the reader meets a clause in a language they do not read, and loses what it \
said, often the end of the sentence with its attribution or its figures.\n\
Example: \"The minister said the price will rise untuk semua pelanggan mulai bulan depan.\"\n\
Known false alarms: the name of an Indonesian institution or a quoted slogan kept in the \
original on purpose, when it contains a grammar word (\"Partai Keadilan dan Persatuan\").",
    examples: Examples {
        flags: (
            "id",
            "Menteri mengatakan harga listrik akan naik untuk semua pelanggan mulai bulan depan.",
            "en",
            "The minister said electricity prices will rise untuk semua pelanggan mulai bulan depan.",
        ),
        allows: (
            "id",
            "Menteri mengatakan harga listrik akan naik untuk semua pelanggan mulai bulan depan.",
            "en",
            "The minister said electricity prices will rise for all customers from next month.",
        ),
    },
};

/// One run of source words found in the translation.
struct Run {
    span: Range<usize>,
    words: usize,
    function_words: usize,
}

impl Run {
    /// Three words with two grammar words, or four with one ("oleh Jaksa Penuntut Umum"), are
    /// Indonesian text; fewer may be a name ("Bank Indonesia") or chance.
    fn is_untranslated(&self) -> bool {
        (self.words >= 3 && self.function_words >= 2)
            || (self.words >= 4 && self.function_words >= 1)
    }
}

impl Check for SourceWords {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_document(&self, doc: &DocView<'_>, out: &mut Findings) {
        let Some(first) = doc.units.first() else {
            return;
        };
        if first.src.lang == first.hyp.lang {
            return;
        }
        // The whole source, not the unit's: the aligner may have put the untranslated half of
        // a sentence in a unit of its own.
        let src_tokens = tokens::tokenize(first.src.record_text, first.src.lang);
        let src_words: HashSet<&str> = src_tokens
            .iter()
            .filter(|t| t.lower.chars().any(char::is_alphabetic))
            .map(|t| t.lower.as_str())
            .collect();
        for unit in doc.units {
            if unit.hyp.is_empty() {
                continue;
            }
            // A whole copied sentence is `untranslated/copied`'s finding.
            if letters_key(unit.src.text) == letters_key(unit.hyp.text) {
                continue;
            }
            check_unit(unit, &src_words, out);
        }
    }
}

fn check_unit(unit: &UnitView<'_>, src_words: &HashSet<&str>, out: &mut Findings) {
    let hyp = unit.hyp.text;
    let mut runs: Vec<Run> = Vec::new();
    let mut current: Option<Run> = None;
    for t in unit.hyp.tokens() {
        let is_number = !t.lower.chars().any(char::is_alphabetic);
        if src_words.contains(t.lower.as_str()) || (is_number && current.is_some()) {
            let run = current.get_or_insert(Run {
                span: t.span.clone(),
                words: 0,
                function_words: 0,
            });
            run.span.end = t.span.end;
            if !is_number {
                run.words += 1;
                // Indonesian grammar words are the evidence (names in other languages hold
                // their own: "Institute of Technology"); in an Indonesian translation they are
                // its own words ("Marks and Spencer dan ITV" from an English source)
                if unit.hyp.lang != Lang::Id && function_words::is_indonesian(&hyp[t.span.clone()])
                {
                    run.function_words += 1;
                }
            }
        } else if let Some(run) = current.take() {
            runs.push(run);
        }
    }
    runs.extend(current);
    let found: Vec<Run> = runs.into_iter().filter(Run::is_untranslated).collect();
    let (Some(first), Some(last)) = (found.first(), found.last()) else {
        return;
    };
    let span = first.span.start..last.span.end;
    let words = &hyp[span.clone()];
    out.flag_in(
        unit.index,
        &META,
        format!(
            "{} was left in {} in the {} translation",
            quote(words),
            unit.src.lang.name(),
            unit.hyp.lang.name()
        ),
    )
    .hyp(span)
    .suggest(format!(
        "translate {} into {}",
        quote(words),
        unit.hyp.lang.name()
    ));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::testing::{assert_clean, assert_flags};

    #[test]
    fn flags_second_half_left_in_indonesian() {
        assert_flags(
            &SourceWords,
            (
                "id",
                "Gubernur meresmikan jembatan baru itu pada hari Kamis bersama para pejabat daerah.",
            ),
            (
                "en",
                "The governor opened the new bridge pada hari Kamis bersama para pejabat daerah.",
            ),
            "untranslated/source-words",
        );
    }

    #[test]
    fn flags_indonesian_clause_inside_chinese() {
        assert_flags(
            &SourceWords,
            (
                "id",
                "Pemerintah daerah menyatakan bahwa sekolah akan dibuka kembali minggu depan.",
            ),
            (
                "zh",
                "地方政府表示，sekolah akan dibuka kembali minggu depan.",
            ),
            "untranslated/source-words",
        );
    }

    #[test]
    fn allows_institution_names_kept_in_indonesian() {
        assert_clean(
            &SourceWords,
            (
                "id",
                "Badan Nasional Penanggulangan Bencana mencatat 12 korban jiwa.",
            ),
            (
                "en",
                "The Badan Nasional Penanggulangan Bencana recorded 12 deaths.",
            ),
        );
    }

    #[test]
    fn allows_a_person_called_dan() {
        assert_clean(
            &SourceWords,
            (
                "id",
                "Dan Bennett, juru bicara polisi, membenarkan penangkapan itu.",
            ),
            (
                "en",
                "Dan Bennett, a police spokesman, confirmed the arrest.",
            ),
        );
    }

    #[test]
    fn allows_names_kept_beside_indonesian_grammar_words_in_an_indonesian_translation() {
        // "dan" is the Indonesian translation's own word, even where the English source has a
        // "Dan" of its own
        assert_clean(
            &SourceWords,
            (
                "en",
                "Dan Jones said the presenter signed new contracts with Marks and Spencer and ITV.",
            ),
            (
                "id",
                "Dan Jones mengatakan pembawa acara itu menandatangani kontrak baru dengan Marks and Spencer dan ITV.",
            ),
        );
    }
}
