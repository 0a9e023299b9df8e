//! The `entity/*` rules: a person's or organisation's name altered in the translation
//! (`name_altered`), and a country, city or organisation of the source that is missing from the
//! translation (`missing`) or replaced by another (`swapped`). The comparison of places is
//! shared here; the entities themselves come from `analyse::entities`.

pub mod missing;
pub mod name_altered;
pub mod swapped;

use std::ops::Range;

use super::UnitView;
use crate::analyse::entities::Entity;

/// A place of the source that has no counterpart in the translation.
#[derive(Debug)]
pub(crate) struct Lost<'u> {
    pub src: &'u Entity,
    /// Whether the translation names the place nowhere (else it names it fewer times than the
    /// source does).
    pub is_absent: bool,
    /// A place of the translation that the source does not name at all, of the same class
    /// (country for country, city for city), when there is one: the likely replacement.
    pub replaced_by: Option<&'u Entity>,
}

/// The class of a concept (`country`, `city`, `org`, `region`).
fn class(concept: &str) -> &str {
    concept.split_once(':').map_or(concept, |(c, _)| c)
}

fn shares(a: &Entity, b: &Entity) -> bool {
    a.concepts().iter().any(|c| b.concepts().contains(c))
}

/// The places of the source that the translation does not match one for one, paired with the
/// translation's places that the source never names.
pub(crate) fn lost_places<'u>(unit: &'u UnitView<'_>) -> Vec<Lost<'u>> {
    if !unit.is_paired() {
        return Vec::new();
    }
    let src: Vec<&Entity> = unit
        .src
        .entities()
        .iter()
        .filter(|e| !e.concepts().is_empty())
        .collect();
    let hyp: Vec<&Entity> = unit
        .hyp
        .entities()
        .iter()
        .filter(|e| !e.concepts().is_empty())
        .collect();
    // match mentions one for one, in order
    let mut used = vec![false; hyp.len()];
    let mut unmatched: Vec<&Entity> = Vec::new();
    for s in &src {
        match (0..hyp.len()).find(|&i| !used[i] && shares(s, hyp[i])) {
            Some(i) => used[i] = true,
            None => unmatched.push(s),
        }
    }
    let mut added: Vec<&Entity> = hyp
        .iter()
        .zip(&used)
        .filter(|(h, u)| !**u && !src.iter().any(|s| shares(s, h)))
        .map(|(h, _)| *h)
        .collect();
    let mut out: Vec<Lost<'u>> = Vec::new();
    for s in unmatched {
        if out.iter().any(|l| shares(l.src, s)) {
            continue;
        }
        let is_absent = !hyp.iter().any(|h| shares(s, h));
        let cls = s.concepts().first().map_or("", |c| class(c));
        let replaced_by = added
            .iter()
            .position(|a| a.concepts().first().is_some_and(|c| class(c) == cls))
            .map(|i| added.remove(i));
        // an English name kept in the source ("China Daily", "Johnny English") may be a title or
        // a brand: only a replacement makes it worth a finding
        if (is_absent && !s.is_foreign()) || replaced_by.is_some() {
            out.push(Lost {
                src: s,
                is_absent,
                replaced_by,
            });
        }
    }
    out
}

/// Bytes of the record's translation looked at on each side of the unit before a place counts
/// as missing: a sentence split in the wrong place ("the U.N. General Assembly" cut after
/// "U.N.") must not make its name look missing.
const NEARBY_BYTES: usize = 300;

/// Whether the translation names `place` just before or after the unit.
pub(crate) fn is_named_nearby(unit: &UnitView<'_>, place: &Entity) -> bool {
    let record = unit.hyp.record_text;
    let mut start = unit.hyp.offset.saturating_sub(NEARBY_BYTES);
    let mut end = (unit.hyp.offset + unit.hyp.text.len() + NEARBY_BYTES).min(record.len());
    while !record.is_char_boundary(start) {
        start -= 1;
    }
    while !record.is_char_boundary(end) {
        end += 1;
    }
    crate::analyse::entities::extract(&record[start..end], unit.hyp.lang)
        .iter()
        .any(|e| shares(place, e))
}

/// The text of `span` in `text`, or "" when the span is out of range.
pub(crate) fn slice(text: &str, span: &Range<usize>) -> String {
    text.get(span.clone()).unwrap_or("").to_string()
}
