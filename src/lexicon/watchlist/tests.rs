//! Tests of `watchlist`.

use super::*;

#[test]
fn builtin_parses_is_sorted_and_has_no_duplicates() {
    let entries = parse_watchlist(BUILTIN_SRC, Path::new("id-en.txt")).unwrap();
    assert!(entries.len() >= 50, "only {} entries", entries.len());
    assert!(BUILTIN_SRC.starts_with('#'));
    let keys: Vec<(String, String)> = entries
        .iter()
        .map(|e| (e.cue.to_lowercase(), e.bad.to_lowercase()))
        .collect();
    for w in keys.windows(2) {
        assert!(w[0] < w[1], "{:?} must come after {:?}", w[0], w[1]);
    }
    for e in &entries {
        assert!(!e.note.is_empty(), "{} has no note", e.cue);
        assert!(!e.examples.is_empty(), "{} has no example", e.cue);
    }
}

#[test]
fn builtin_other_languages_parse_sorted_in_their_sections() {
    let entries = parse_watchlist(BUILTIN_OTHER_SRC, Path::new("id-xx.txt")).unwrap();
    assert!(BUILTIN_OTHER_SRC.starts_with('#'));
    for lang in [Lang::Fr, Lang::Zh, Lang::Ja, Lang::Ar] {
        let keys: Vec<(String, String)> = entries
            .iter()
            .filter(|e| e.lang == Some(lang))
            .map(|e| (e.cue.to_lowercase(), e.bad.to_lowercase()))
            .collect();
        assert!(keys.len() >= 5, "{lang}: only {} entries", keys.len());
        for w in keys.windows(2) {
            assert!(w[0] < w[1], "{lang}: {:?} must come after {:?}", w[0], w[1]);
        }
    }
    for e in &entries {
        assert!(e.lang.is_some(), "{} is outside a language section", e.cue);
        assert!(!e.note.is_empty(), "{} has no note", e.cue);
        assert!(!e.examples.is_empty(), "{} has no example", e.cue);
    }
}

#[test]
fn finds_cue_and_bad_phrase_as_whole_words() {
    let w = &*BUILTIN;
    let src = Folded::new("Kubu Trump menolak laporan itu.");
    let hits = w.find(
        &src,
        &Folded::new("Trump's clan rejected the report."),
        Lang::En,
    );
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].entry.suggestion, "camp");
    assert!(
        w.find(
            &src,
            &Folded::new("The Klan rally and the clannish elders."),
            Lang::En
        )
        .is_empty()
    );
    // the English entries apply to English only: a French "fortress" is no French calque
    // (the French "clan*" entry does apply, with its French suggestion)
    assert!(
        w.find(&src, &Folded::new("La fortress Trump."), Lang::Fr)
            .is_empty()
    );
    let french = w.find(&src, &Folded::new("Le clan Trump."), Lang::Fr);
    assert_eq!(french.len(), 1);
    assert_eq!(french[0].entry.suggestion, "camp");
    assert_eq!(french[0].entry.lang, Some(Lang::Fr));
}

#[test]
fn a_stem_two_entries_share_finds_both() {
    // "clan" (closed) and "clan*" (open-ended) have one stem: each entry is still found
    let entries = parse_watchlist(
        "[en]\nkubu | clan | camp | note | a | b\n[fr]\nkubu | clan* | camp | note | a | b\n",
        Path::new("t.txt"),
    )
    .unwrap();
    let w = Watchlist::new(entries);
    let src = Folded::new("Kubu Trump menolak laporan itu.");
    assert_eq!(
        w.find(&src, &Folded::new("Le clan Trump."), Lang::Fr).len(),
        1
    );
    assert_eq!(
        w.find(&src, &Folded::new("Les clans Trump."), Lang::Fr)
            .len(),
        1
    );
    assert_eq!(
        w.find(&src, &Folded::new("Trump's clan."), Lang::En).len(),
        1
    );
    assert!(
        w.find(&src, &Folded::new("Trump's clans."), Lang::En)
            .is_empty()
    );
}

#[test]
fn user_file_errors_name_the_line() {
    let p = Path::new("house.txt");
    let err = parse_watchlist("# ok\nkubu | clan\n", p).unwrap_err();
    assert_eq!(err.line, Some(2));
    assert!(
        err.to_string().starts_with("house.txt:2: expected"),
        "{err}"
    );
    let err = parse_glossary("[xx]\nA | B\n", p).unwrap_err();
    assert!(
        err.to_string().contains("unknown language section [xx]"),
        "{err}"
    );
    let err = parse_glossary("DPR |  ; \n", p).unwrap_err();
    assert!(
        err.to_string().contains("required rendering is empty"),
        "{err}"
    );
}

#[test]
fn glossary_sections_and_alternatives() {
    let g = Glossary::new(
            parse_glossary(
                "[en]\nDewan Perwakilan Rakyat | House of Representatives; DPR\n[fr]\nDewan Perwakilan Rakyat | Chambre des représentants\n",
                Path::new("g.txt"),
            )
            .unwrap(),
        );
    let src = Folded::new("Dewan Perwakilan Rakyat menyetujui anggaran.");
    let en_ok = Folded::new("The DPR approved the budget.");
    let en_bad = Folded::new("The People's Representative Council approved the budget.");
    assert!(g.missing(&src, &en_ok, Lang::En).is_empty());
    assert_eq!(g.missing(&src, &en_bad, Lang::En).len(), 1);
    assert_eq!(g.missing(&src, &en_bad, Lang::Fr).len(), 1);
    assert!(g.missing(&src, &en_ok, Lang::Zh).is_empty());
}

#[test]
fn loads_files_and_reports_unreadable_ones() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("w.txt");
    std::fs::write(
        &p,
        "tebang pilih | selective logging | selective enforcement\n",
    )
    .unwrap();
    let lists = UserLists::from_files(std::slice::from_ref(&p), &[]).unwrap();
    assert_eq!(lists.watchlist.entries().len(), 1);
    let missing = dir.path().join("nope.txt");
    let err = Glossary::from_file(&missing).unwrap_err();
    assert!(
        err.to_string().contains("nope.txt: cannot be read"),
        "{err}"
    );
}
