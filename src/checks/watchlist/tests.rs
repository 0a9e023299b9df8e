//! Tests of `watchlist`.

use super::*;
use crate::checks::testing::{assert_clean, assert_flags, assert_suggestion};

#[test]
fn flags_clan_for_kubu_with_suggestion_camp() {
    assert_suggestion(
        &KnownBad,
        (
            "id",
            "Laporan itu membantah klaim kubu gubernur soal anggaran.",
        ),
        (
            "en",
            "The report refuted the governor's clan's claim on the budget.",
        ),
        "watchlist/known-bad",
        "camp",
    );
}

#[test]
fn flags_every_builtin_example() {
    let mut failures = Vec::new();
    for e in BUILTIN.entries() {
        for (src, bad) in &e.examples {
            let lang = e.lang.map_or("en", |l| l.code());
            let found = crate::checks::testing::run(&KnownBad, ("id", src), (lang, bad));
            if !found
                .iter()
                .any(|f| f.suggestion.as_deref() == Some(e.suggestion.as_str()))
            {
                failures.push(format!("{:?} -> {:?}: {src:?} / {bad:?}", e.cue, e.bad));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "examples not flagged:\n{}",
        failures.join("\n")
    );
}

#[test]
fn flags_aparat_as_apparatus() {
    assert_flags(
        &KnownBad,
        ("id", "Aparat keamanan berjaga di sekitar gedung KPU."),
        (
            "en",
            "Security apparatus stood guard around the election commission building.",
        ),
        "watchlist/known-bad",
    );
}

#[test]
fn allows_the_right_rendering() {
    assert_clean(
        &KnownBad,
        ("id", "Aparat keamanan berjaga di sekitar gedung KPU."),
        (
            "en",
            "Security forces stood guard around the election commission building.",
        ),
    );
}

#[test]
fn allows_bad_phrase_without_its_cue() {
    assert_clean(
        &KnownBad,
        ("id", "Para tetua klan berkumpul di balai desa."),
        ("en", "The clan elders gathered in the village hall."),
    );
}

#[test]
fn flags_user_watchlist_entry_in_french() {
    use crate::analyse::Lang;
    use crate::lexicon::watchlist::{UserLists, Watchlist, parse_watchlist};
    use crate::pipeline::{self, Settings};
    let entries = parse_watchlist(
        "[fr]\ntebang pilih | coupe sélective | application sélective de la loi | sens figuré\n",
        std::path::Path::new("house.txt"),
    )
    .unwrap();
    let mut settings = Settings::for_checks(vec![&KnownBad]);
    settings.lists = std::sync::Arc::new(UserLists {
        watchlist: Watchlist::new(entries),
        ..UserLists::default()
    });
    let found = pipeline::raw_findings(
        &settings,
        "Aktivis menuding aparat melakukan tebang pilih dalam kasus korupsi.",
        "Les militants accusent la police de coupe sélective dans les affaires de corruption.",
        Lang::Id,
        Lang::Fr,
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        found[0].suggestion.as_deref(),
        Some("application sélective de la loi")
    );
}

/// The seed article (`../shared/seed/`, beside the clone in CI): row 3 ("kubu Trump" ->
/// "Trump's clan") and row 5 ("membantah" -> "delivers") of its README are flagged.
#[test]
#[ignore = "reads ../shared/seed"]
fn seed_article_rows_3_and_5_are_flagged() {
    use crate::analyse::Lang;
    use crate::pipeline::{self, Settings};
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seed");
    let src = std::fs::read_to_string(dir.join("putin-interference.id.txt")).unwrap();
    let hyp = std::fs::read_to_string(dir.join("putin-interference.en.txt")).unwrap();
    let found = pipeline::raw_findings(&Settings::default(), &src, &hyp, Lang::Id, Lang::En);
    assert!(
        found
            .iter()
            .any(|f| f.rule.id == "watchlist/known-bad" && f.suggestion.as_deref() == Some("camp")),
        "row 3 not flagged: {found:#?}"
    );
    assert!(
        found
            .iter()
            .any(|f| f.rule.id == "negation/denial" && f.message.contains("membantah narasi")),
        "row 5 not flagged: {found:#?}"
    );
}

#[test]
fn other_languages_entries_apply_to_their_language_only() {
    let src = ("id", "Si jago merah melahap sepuluh rumah warga.");
    assert_flags(
        &KnownBad,
        src,
        ("fr", "Le coq rouge a dévoré dix maisons."),
        "watchlist/known-bad",
    );
    // the French calque in an English translation is English's business ("red rooster")
    assert_clean(
        &KnownBad,
        src,
        ("en", "The coq rouge restaurant burned down ten houses."),
    );
}
