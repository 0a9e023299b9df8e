//! `glossary/term`: a source term from the user's glossary (house terminology) whose
//! translation does not use the required rendering. The glossary comes from the files named in
//! `mtcheck.toml` (`glossary = [...]`), loaded once into `Settings::lists`.

use super::{Check, Examples, Findings, Kind, MqmCategory, RuleMeta, Severity, UnitView, quote};

/// A glossary term not rendered as the house requires.
pub struct Term;

static META: RuleMeta = RuleMeta {
    id: "glossary/term",
    kind: Kind::Glossary,
    category: MqmCategory::TerminologyWrongTerm,
    default_severity: Severity::Major,
    summary: "a glossary term is not rendered as the house glossary requires",
    explain: "What it catches: a unit whose source holds a term of the user's glossary and \
whose translation holds none of the renderings the glossary accepts for it (\"Dewan \
Perwakilan Rakyat\" must be \"House of Representatives\" or \"DPR\").\n\
Why it matters: a newsroom names institutions, titles and programmes one way; a second \
rendering confuses readers and searches.\n\
Example: with the glossary line \"Dewan Perwakilan Rakyat | House of Representatives; DPR\", \
\"Dewan Perwakilan Rakyat menyetujui anggaran\" translated as \"The People's Representative \
Council approved the budget\".\n\
Known false alarms: a term the translation rightly leaves out or refers to by a pronoun; \
a rendering inflected differently from the glossary (list the forms, separated by \";\"). \
Without a glossary file this rule finds nothing.",
    examples: Examples {
        flags: (
            "id",
            "Dewan Perwakilan Rakyat menyetujui anggaran.",
            "en",
            "The People's Representative Council approved the budget.",
        ),
        allows: (
            "id",
            "Dewan Perwakilan Rakyat menyetujui anggaran.",
            "en",
            "The House of Representatives approved the budget.",
        ),
    },
};

impl Check for Term {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, unit: &UnitView<'_>, out: &mut Findings) {
        if !unit.is_paired() {
            return;
        }
        let missing =
            unit.lists
                .glossary
                .missing(unit.src.folded(), unit.hyp.folded(), unit.hyp.lang);
        for miss in missing {
            let e = miss.entry;
            let Some(required) = e.renderings.first() else {
                continue;
            };
            let mut message = format!(
                "{} in the source must be rendered {} (house glossary), but the translation {} does not use it",
                quote(&unit.src.text[miss.src_span.clone()]),
                quote(required),
                quote(unit.hyp.text)
            );
            if !e.note.is_empty() {
                message.push_str(&format!(" ({})", e.note));
            }
            out.flag(&META, message)
                .src(miss.src_span.clone())
                .suggest(required.clone());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyse::Lang;
    use crate::lexicon::watchlist::{Glossary, UserLists, parse_glossary};
    use crate::pipeline::{self, Settings};
    use std::path::Path;
    use std::sync::Arc;

    const HOUSE: &str = "Dewan Perwakilan Rakyat | House of Representatives; DPR\n\
[en]\nBadan Nasional Penanggulangan Bencana | National Disaster Mitigation Agency; BNPB | house style\n";

    fn run(src: &str, hyp: &str) -> Vec<super::super::RawFinding> {
        let mut settings = Settings::for_checks(vec![&Term]);
        let entries = parse_glossary(HOUSE, Path::new("house.txt")).unwrap();
        settings.lists = Arc::new(UserLists {
            glossary: Glossary::new(entries),
            ..UserLists::default()
        });
        pipeline::raw_findings(&settings, src, hyp, Lang::Id, Lang::En)
    }

    #[test]
    fn flags_term_without_house_rendering() {
        let found = run(
            "Badan Nasional Penanggulangan Bencana mencatat 12 korban tewas.",
            "The National Board for Disaster Management recorded 12 deaths.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            found[0].suggestion.as_deref(),
            Some("National Disaster Mitigation Agency")
        );
    }

    #[test]
    fn allows_any_listed_rendering() {
        assert!(
            run(
                "Badan Nasional Penanggulangan Bencana mencatat 12 korban tewas.",
                "The BNPB recorded 12 deaths.",
            )
            .is_empty()
        );
    }

    #[test]
    fn allows_everything_without_a_glossary() {
        let settings = Settings::for_checks(vec![&Term]);
        let found = pipeline::raw_findings(
            &settings,
            "Dewan Perwakilan Rakyat menyetujui anggaran.",
            "The People's Representative Council approved the budget.",
            Lang::Id,
            Lang::En,
        );
        assert!(found.is_empty());
    }
}
