//! Negation and polarity rules: a negation of the source lost in the translation (`lost`), a
//! negation the translation added (`added`), a denial or refusal turned into its opposite
//! (`denial`). They compare the cues that `lexicon::negation` finds on each side (shared
//! through `Side::negations`); this module holds what the three rules have in common.

pub mod added;
pub mod denial;
pub mod lost;

use std::ops::Range;

use crate::analyse::{Lang, Side};
use crate::lexicon::negation::{Cue, CueKind};

/// Whether a translation side can be read for negation at all: it is in the language it
/// claims (a source copied untranslated has none of the target's cues) and, for Arabic, its
/// words are separated (glued words hide the particles).
pub(crate) fn is_readable(hyp: &Side<'_>) -> bool {
    // Only a Latin-script guess is trusted here: kanji-heavy Japanese may read as Chinese.
    let guess = hyp.detected();
    !(guess.is_reliable
        && guess
            .lang
            .is_some_and(|l| l != hyp.lang && matches!(l, Lang::Id | Lang::En | Lang::Fr)))
}

/// Arabic text whose words run together (no spaces between some words), where the particles
/// cannot be told apart from the words they touch: weaker evidence.
pub(crate) fn is_glued(hyp: &Side<'_>) -> bool {
    if hyp.lang != Lang::Ar {
        return false;
    }
    let words = hyp.text.split_whitespace().count().max(1);
    let letters = hyp.text.chars().filter(|c| c.is_alphabetic()).count();
    letters / words > 8
}

/// The Arabic words of `hyp` that look like a negation particle glued to the verb after it
/// ("لميسر" for "لم يسر", "لنيغير" for "لن يغير"): the particle ل followed by a word starting
/// with م or ن is also common ("لمنظمة" = for an organisation), so these are not counted as
/// negations, but a lost negation is only weak evidence where there are as many of them.
pub(crate) fn glued_particles(hyp: &Side<'_>) -> usize {
    if hyp.lang != Lang::Ar {
        return 0;
    }
    hyp.text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| {
            let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
            let Some(rest) = w.strip_prefix("لم").or_else(|| w.strip_prefix("لن")) else {
                return false;
            };
            let mut chars = rest.chars();
            chars.next().is_some_and(|c| "يتنأ".contains(c)) && chars.count() >= 2
        })
        .count()
}

/// Cues of one kind.
pub(crate) fn of_kind(cues: &[Cue], kinds: &[CueKind]) -> Vec<Cue> {
    cues.iter()
        .filter(|c| kinds.contains(&c.kind))
        .cloned()
        .collect()
}

/// The source cues that no translation cue answers, matching each translation cue with the
/// nearest unanswered source cue by relative position in the unit. A weak cue of the
/// translation (a "without") answers a weak one of the source (a "tanpa") first.
pub(crate) fn unanswered(src: &[Cue], src_len: usize, hyp: &[Cue], hyp_len: usize) -> Vec<Cue> {
    let pos = |c: &Cue, len: usize| c.span.start as f64 / len.max(1) as f64;
    let mut open: Vec<Option<&Cue>> = src.iter().map(Some).collect();
    let (weak, plain): (Vec<&Cue>, Vec<&Cue>) = hyp.iter().partition(|c| c.is_soft);
    let order = weak
        .iter()
        .map(|c| (*c, true))
        .chain(plain.iter().map(|c| (*c, false)));
    for (h, weak_first) in order {
        let q = pos(h, hyp_len);
        let nearest = |only_soft: bool| {
            open.iter()
                .enumerate()
                .filter_map(|(i, c)| c.filter(|c| !only_soft || c.is_soft).map(|c| (i, c)))
                .map(|(i, c)| (i, (pos(c, src_len) - q).abs()))
                .min_by(|a, b| a.1.total_cmp(&b.1))
        };
        let best = if weak_first {
            nearest(true).or_else(|| nearest(false))
        } else {
            nearest(false)
        };
        if let Some((i, _)) = best {
            open[i] = None;
        }
    }
    open.into_iter().flatten().cloned().collect()
}

/// The cue and the word after it ("tidak akan"), for messages and the source span.
pub(crate) fn with_next_word(text: &str, span: &Range<usize>) -> Range<usize> {
    let rest = &text[span.end..];
    let skip = rest.len() - rest.trim_start().len();
    if skip > 2 || skip == 0 {
        return span.clone();
    }
    let word_len: usize = rest[skip..]
        .char_indices()
        .find(|(_, c)| !(c.is_alphanumeric() || *c == '-'))
        .map_or(rest.len() - skip, |(i, _)| i);
    span.start..span.end + skip + word_len
}

/// Punctuation that ends a clause, past which a negation no longer reaches.
pub(crate) const CLAUSE_END: &[char] = &[
    ',', ';', '.', ':', '!', '?', '，', '。', '、', '；', '：', '،', '؛', '؟', '(', ')', '（',
    '）', '—',
];

/// How far (in bytes) the word a negation negates may stand after it, function words between
/// ("tidak akan pernah melepaskan": "melepaskan").
const NEGATED_WORD_REACH: usize = 24;

/// The place in the translation where the word a source negation negates is kept without any
/// negation in its clause: "tidak ingin berkompetisi" translated "want to compete", where
/// "compete" renders "berkompetisi" and nothing in its clause negates it. This is the evidence a
/// lost negation leaves: the translation says the same predicate, affirmatively. A free
/// translation that carries the negation in another word ("set in stone" for "tidak akan dapat
/// diubah", "incapacitated" for "tidak mampu") does not keep the negated word and gives none.
///
/// The negated word is the first content word after the cue (function words such as "akan"
/// skipped); it counts only through a translation of the general dictionary or the learned
/// lexicon's best sense (for Arabic, the lexicon alone: with the dictionary's Arabic, from the
/// wordnets, qa-bench check caught 3 more lost negations but had 2 false alarms more and 2 more
/// human translations failed the gate, precision 21/25), never a name kept as it is, and for
/// Chinese and Japanese only through two characters or more, or in Japanese a single kanji with
/// its hiragana endings (`is_inflected_stem`: 変わっています): on qa-bench check one lost
/// negation more, no clean line more; on dev 5 more, and the NTREX Japanese line that itself leaves out a
/// "tidak berbicara". Returns the source word and the place in the translation.
pub(crate) fn kept_unnegated(
    unit: &crate::checks::UnitView<'_>,
    cue: &Cue,
) -> Option<(Range<usize>, Range<usize>)> {
    let word = unit.coverage().after(cue.span.end).next()?;
    let between = unit.src.text.get(cue.span.end..word.span.start)?;
    if between.len() > NEGATED_WORD_REACH || between.contains(CLAUSE_END) {
        return None;
    }
    let crate::analyse::coverage::Rendering::Translated(places) = &word.rendering else {
        return None;
    };
    let lang = unit.hyp.lang;
    let dictionary: &[Range<usize>] = if lang == Lang::Ar {
        &[]
    } else {
        &places.dictionary
    };
    let places = dictionary.iter().chain(&places.lexicon_best);
    let hyp = unit.hyp.text;
    places
        .filter(|p| match lang {
            Lang::Zh => hyp[(*p).clone()].chars().count() >= 2,
            Lang::Ja => hyp[(*p).clone()].chars().count() >= 2 || is_inflected_stem(hyp, p),
            _ => !crate::lexicon::function_words::is_function_word(lang, &hyp[(*p).clone()]),
        })
        .find(|p| !negated_in_clause(&unit.hyp, p))
        .map(|p| (word.span.clone(), p.clone()))
}

/// Whether a single kanji of a Japanese translation at `place` is the stem of an inflected
/// word: it starts a word (no kanji before it) and hiragana endings follow it (変わっています,
/// 起こった), as Japanese writes its verbs and adjectives. The dictionary keeps such words as
/// their kanji stem (変, 起); a lone kanji inside a compound (大変) or before a particle (外に)
/// is another word.
fn is_inflected_stem(hyp: &str, place: &Range<usize>) -> bool {
    let is_kanji = |c: char| ('\u{4e00}'..='\u{9fff}').contains(&c);
    let is_hiragana = |c: char| ('\u{3041}'..='\u{309f}').contains(&c);
    let stem = &hyp[place.clone()];
    let mut after = hyp[place.end..].chars();
    let (next, then) = (after.next(), after.next());
    stem.chars().count() == 1
        && stem.chars().all(is_kanji)
        && !hyp[..place.start].chars().next_back().is_some_and(is_kanji)
        && next.is_some_and(|c| {
            is_hiragana(c)
                && (!PARTICLES.contains(&c) || c == 'か' && then.is_some_and(ends_a_stem))
        })
}

/// What follows the a-stem of a verb in -ku (働か, 書か): the causative (働かす, 働かせる), the
/// passive (働かれる) and the negatives (働かない, 働かず), where か is an ending and no particle.
fn ends_a_stem(c: char) -> bool {
    matches!(c, 'す' | 'せ' | 'さ' | 'れ' | 'な' | 'ず')
}

/// Japanese particles, which follow a noun (外に, 話を), not a stem: a kanji before them is a
/// word of its own.
const PARTICLES: &[char] = &[
    'は', 'が', 'を', 'に', 'で', 'と', 'も', 'の', 'へ', 'や', 'か',
];

/// Whether a negation, a word of negative meaning or a denial of the translation stands in the
/// same clause as `place`.
fn negated_in_clause(hyp: &Side<'_>, place: &Range<usize>) -> bool {
    let text = hyp.text;
    let start = text[..place.start].rfind(CLAUSE_END).map_or(0, |i| {
        i + text[i..].chars().next().map_or(1, char::len_utf8)
    });
    let end = text[place.end..]
        .find(CLAUSE_END)
        .map_or(text.len(), |i| place.end + i);
    hyp.negations().iter().any(|c| {
        matches!(
            c.kind,
            CueKind::Neg | CueKind::Anto | CueKind::Deny | CueKind::Rest
        ) && c.span.start < end
            && c.span.end > start
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cue(start: usize) -> Cue {
        Cue {
            span: start..start + 1,
            kind: CueKind::Neg,
            is_soft: false,
        }
    }

    #[test]
    fn the_cue_far_from_any_translation_cue_is_unanswered() {
        let left = unanswered(&[cue(0), cue(90)], 100, &[cue(5)], 100);
        assert_eq!(left, [cue(90)]);
    }

    #[test]
    fn a_without_answers_the_tanpa_first() {
        let tanpa = Cue {
            is_soft: true,
            ..cue(80)
        };
        let without = Cue {
            is_soft: true,
            ..cue(10)
        };
        assert_eq!(unanswered(&[cue(5), tanpa], 100, &[without], 100), [cue(5)]);
    }

    #[test]
    fn a_single_kanji_is_a_stem_only_before_its_endings() {
        let at = |t: &str, k: &str| {
            let i = t.find(k).expect("kanji in text");
            is_inflected_stem(t, &(i..i + k.len()))
        };
        assert!(at("ほとんど変わっています", "変"));
        assert!(at("それはまだ起こっている。", "起"));
        assert!(!at("大変なことだ", "変"));
        assert!(!at("外に出る", "外"));
        assert!(!at("変化した", "変"));
        // か ends the a-stem of a verb in -ku before its causative or passive ending, and is a
        // particle elsewhere
        assert!(at("私たちを働かすことができます", "働"));
        assert!(!at("何か月も前", "何"));
    }

    #[test]
    fn extends_a_cue_to_the_next_word() {
        let t = "Ia tidak akan datang.";
        assert_eq!(&t[with_next_word(t, &(3..8))], "tidak akan");
    }
}
