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
        if is_absent || replaced_by.is_some() {
            out.push(Lost {
                src: s,
                is_absent,
                replaced_by,
            });
        }
    }
    out
}

/// The text of `span` in `text`, or "" when the span is out of range.
pub(crate) fn slice(text: &str, span: &Range<usize>) -> String {
    text.get(span.clone()).unwrap_or("").to_string()
}
