//! `watchlist/known-bad`: a rendering that is known to be wrong for a source phrase ("kubu" =
//! camp rendered "clan"), from the built-in Indonesian -> English list
//! (`lexicon/watchlist/id-en.txt`), the built-in calques of idioms in French, Chinese, Japanese
//! and Arabic (`lexicon/watchlist/id-xx.txt`) and the user's own watchlist files.

use super::{Check, Examples, Findings, Kind, MqmCategory, RuleMeta, UnitView, quote};
use crate::checks::Severity;
use crate::lexicon::watchlist::{BUILTIN, WatchHit};

/// A known bad rendering.
pub struct KnownBad;

static META: RuleMeta = RuleMeta {
    id: "watchlist/known-bad",
    kind: Kind::Watchlist,
    category: MqmCategory::AccuracyMistranslation,
    default_severity: Severity::Major,
    summary: "a phrase is rendered in a way known to be wrong",
    explain: "What it catches: a source phrase whose translation uses a rendering on the \
watchlist: calques of Indonesian idioms (\"kambing hitam\" as \"black goat\"), false friends \
(\"aparat\" as \"apparatus\"), words read by their root (\"dibekuk\" as \"frozen\") and loaded \
register (\"kubu\" as \"clan\"). The built-in list covers Indonesian to English and, in \
French, Chinese, Japanese and Arabic, the calques of the commonest idioms (\"si jago merah\", \
the fire, as \"红公鸡\", the red rooster) and words read in the wrong sense of their English \
translation (\"persidangan\", a trial, as \"试验\", an experiment); user \
watchlist files add more, for any language.\n\
Why it matters: these renderings read fluently, so they slip past a quick read, yet they \
say something else or sound absurd to a native reader.\n\
Example: \"kubu Trump\" translated as \"Trump's clan\"; suggestion: \"camp\".\n\
Known false alarms: the source phrase used in another sense in the same sentence (a \
literal \"eye water\" next to a \"mata air\"); the entry's note says which sense is meant.",
    examples: Examples {
        flags: (
            "id",
            "Kubu oposisi menolak hasil pemilihan itu.",
            "en",
            "The opposition clan rejected the election result.",
        ),
        allows: (
            "id",
            "Kubu oposisi menolak hasil pemilihan itu.",
            "en",
            "The opposition camp rejected the election result.",
        ),
    },
};

impl Check for KnownBad {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, unit: &UnitView<'_>, out: &mut Findings) {
        if !unit.is_paired() {
            return;
        }
        let (src, hyp) = (unit.src.folded(), unit.hyp.folded());
        let builtin = BUILTIN.find(src, hyp, unit.hyp.lang);
        let user = unit.lists.watchlist.find(src, hyp, unit.hyp.lang);
        for hit in builtin.iter().chain(&user) {
            flag(unit, hit, out);
        }
    }
}

fn flag(unit: &UnitView<'_>, hit: &WatchHit<'_>, out: &mut Findings) {
    let e = hit.entry;
    let mut message = format!(
        "{} in the source is rendered {}, a known mistranslation; say {}",
        quote(&unit.src.text[hit.src_span.clone()]),
        quote(&unit.hyp.text[hit.hyp_span.clone()]),
        quote(&e.suggestion)
    );
    if !e.note.is_empty() {
        message.push_str(&format!(" ({})", e.note));
    }
    out.flag(&META, message)
        .src(hit.src_span.clone())
        .hyp(hit.hyp_span.clone())
        .suggest(e.suggestion.clone());
}

#[cfg(test)]
mod tests;
