//! The reference-free `quality` score, 0-100: how safe a unit (and an article) is to publish
//! as it is, from the findings and from four cheap signals that need no reference.
//!
//! A unit starts at 100 and loses:
//! - for its findings: critical 40, major 20, minor 5 points each;
//! - for its length: the log ratio of translation to source characters is compared with what
//!   clean translations into that language show (`LENGTH`, mean and spread measured on the
//!   3,850 clean lines of qa-bench dev, the spread widened for short sentences); beyond
//!   `LENGTH_FREE` spreads, `LENGTH_POINTS` points a spread (at most 40);
//! - for the wrong language: 50 points when the translation is reliably detected as another
//!   language (source text copied, or a sentence in a third language);
//! - for source words left in: `COPY_POINTS` points per word beyond `COPY_FREE` of the
//!   translation's lowercase words (3+ letters, so not names) found verbatim in the source;
//! - for loops: `REPEAT_POINTS` points per word trigram (character 4-gram in Chinese and
//!   Japanese) that comes back within two trigram lengths, beyond what the source does.
//!
//! A flagged omitted or added sentence (one side empty) scores 0. An article's quality is the
//! mean of its units' weighted by their length, so a dropped long sentence weighs more.
//!
//! Calibration on qa-bench dev (5,530 lines; `calibration_on_qa_bench`, an ignored test,
//! prints the table): mean record quality and the share of records below 90, by injected error
//! type, with the checks on main at the time (only omission/addition findings):
//!
//! ```text
//! clean          99.4  (2% below 90)     omission   76.8  (66%)
//! addition       65.5  (87%)             repetition 35.5  (100%)
//! untranslated   22.2  (96%)             wrong-language 53.9 (86%)
//! negation 99.3, number 99.5, entity-swap 98.9, name 100.0: no signal without their checks
//! ```
//!
//! Types that only a check can see (a changed number, a lost negation, an altered name) lower
//! the score through their findings as those checks land: a major finding alone takes a unit
//! to 80, a critical one to 60.

use crate::analyse::Lang;
use crate::analyse::lang;
use crate::analyse::tokens::{is_cjk_char, tokenize};
use crate::checks::Severity;
use crate::result::UnitResult;

/// Points a finding costs, by severity.
fn finding_points(s: Severity) -> f64 {
    match s {
        Severity::Critical => 40.0,
        Severity::Major => 20.0,
        Severity::Minor => 5.0,
    }
}

/// Mean and spread of ln((translation chars + 1) / (source chars + 1)) on clean qa-bench dev
/// lines from Indonesian, per translation language.
const LENGTH: [(Lang, f64, f64); 6] = [
    (Lang::En, -0.148, 0.134),
    (Lang::Fr, 0.010, 0.185),
    (Lang::Zh, -1.179, 0.257),
    (Lang::Ja, -0.945, 0.211),
    (Lang::Ar, -0.235, 0.191),
    (Lang::Id, 0.0, 0.150),
];
/// Spreads from the mean that cost nothing.
const LENGTH_FREE: f64 = 1.5;
/// Points per spread beyond that.
const LENGTH_POINTS: f64 = 20.0;
/// Points for a translation reliably in another language.
const WRONG_LANGUAGE_POINTS: f64 = 50.0;
/// Source words the translation may share: English loanwords in Indonesian news ("online",
/// "bogey", "catwalk") come through verbatim in a clean translation.
const COPY_FREE: usize = 3;
/// Points per source word left in, beyond those.
const COPY_POINTS: f64 = 10.0;
/// Points per repeated n-gram.
const REPEAT_POINTS: f64 = 15.0;

/// The reference-free signals of one unit, before they become points.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Signals {
    /// Spreads between the unit's length ratio and the clean mean (signed).
    pub length_z: f64,
    /// The translation is reliably another language than `tgt_lang`.
    pub wrong_language: bool,
    /// Lowercase words of 3+ letters of the translation found verbatim in the source.
    pub copied_words: usize,
    /// Repeated n-grams in the translation that the source does not repeat.
    pub repeats: usize,
}

/// Measures the signals of a paired unit (both sides hold text).
pub fn signals(unit: &UnitResult, src_lang: Lang, tgt_lang: Lang) -> Signals {
    if unit.src_range.is_none() || unit.hyp_range.is_none() {
        return Signals::default();
    }
    let (sc, hc) = (unit.src.chars().count(), unit.hyp.chars().count());
    let ratio = ((hc as f64 + 1.0) / (sc as f64 + 1.0)).ln();
    let (mean, spread) = LENGTH
        .iter()
        .find(|(l, _, _)| *l == tgt_lang)
        .map_or((0.0, 0.15), |(_, m, s)| (*m, *s));
    let guess = lang::detect(&unit.hyp);
    let wrong_language = guess.is_reliable
        && guess.lang.is_some_and(|l| l != tgt_lang)
        && unit.hyp.chars().filter(|c| c.is_alphabetic()).count() >= 20;
    let src_words: std::collections::HashSet<String> = tokenize(&unit.src, src_lang)
        .into_iter()
        .map(|t| t.lower)
        .collect();
    let mut copied: Vec<String> = tokenize(&unit.hyp, tgt_lang)
        .into_iter()
        .filter(|t| {
            let first = unit.hyp[t.span.clone()].chars().next();
            first.is_some_and(|c| c.is_lowercase())
                && t.lower.chars().count() >= 3
                && t.lower.chars().all(char::is_alphabetic)
                && src_words.contains(&t.lower)
        })
        .map(|t| t.lower)
        .collect();
    copied.sort();
    copied.dedup();
    Signals {
        // Short sentences vary more in length ("Try love." for "Cobalah untuk mencintai.").
        length_z: (ratio - mean) / (spread * (1.0 + 40.0 / (sc + hc) as f64)),
        wrong_language,
        copied_words: copied.len(),
        repeats: repeated(&unit.hyp, tgt_lang).saturating_sub(repeated(&unit.src, src_lang)),
    }
}

/// Distinct n-grams that loop: the same word trigram (character 4-gram for text written
/// without spaces) again within two n-gram lengths of the last time. A phrase that comes back
/// later in a long sentence ("a vote to confirm ... a vote to confirm") is style, not a loop.
fn repeated(text: &str, lang: Lang) -> usize {
    let (grams, n): (Vec<String>, usize) = if lang.is_cjk() {
        let chars: Vec<char> = text.chars().filter(|c| is_cjk_char(*c)).collect();
        (chars.windows(4).map(|w| w.iter().collect()).collect(), 4)
    } else {
        let words: Vec<String> = tokenize(text, lang).into_iter().map(|t| t.lower).collect();
        (words.windows(3).map(|w| w.join(" ")).collect(), 3)
    };
    let mut last = std::collections::HashMap::new();
    let mut looping = std::collections::HashSet::new();
    for (i, g) in grams.iter().enumerate() {
        if let Some(j) = last.insert(g.as_str(), i)
            && i - j <= 2 * n
        {
            looping.insert(g.as_str());
        }
    }
    looping.len()
}

/// Turns signals and findings into the 0-100 score.
pub fn combine(unit: &UnitResult, s: &Signals) -> f64 {
    // A flagged sentence with nothing on the other side is wholly wrong (dropped or invented).
    if (unit.src_range.is_none() || unit.hyp_range.is_none()) && !unit.findings.is_empty() {
        return 0.0;
    }
    let mut points: f64 = unit
        .findings
        .iter()
        .map(|f| finding_points(f.severity))
        .sum();
    points += (LENGTH_POINTS * (s.length_z.abs() - LENGTH_FREE).max(0.0)).min(40.0);
    if s.wrong_language {
        points += WRONG_LANGUAGE_POINTS;
    }
    points += COPY_POINTS * s.copied_words.saturating_sub(COPY_FREE) as f64;
    points += REPEAT_POINTS * s.repeats as f64;
    (100.0 - points).clamp(0.0, 100.0)
}

/// Quality of one unit.
pub fn unit_quality(unit: &UnitResult, src_lang: Lang, tgt_lang: Lang) -> f64 {
    combine(unit, &signals(unit, src_lang, tgt_lang))
}

/// Quality of a record: the units' qualities weighted by length (source and translation).
pub fn record_quality(units: &[UnitResult]) -> f64 {
    let (mut sum, mut weight) = (0.0, 0.0);
    for u in units {
        let w = (u.src.chars().count() + u.hyp.chars().count()).max(1) as f64;
        sum += u.scores.quality * w;
        weight += w;
    }
    if weight == 0.0 { 100.0 } else { sum / weight }
}

#[cfg(test)]
mod tests;
