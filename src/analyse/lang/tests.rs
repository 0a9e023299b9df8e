//! Tests of `lang`, and `detection_accuracy`, the measurement behind the module comment.

use super::*;

#[test]
fn detects_each_language_by_script_or_trigrams() {
    let cases = [
        (
            "Pemerintah akan menaikkan harga bahan bakar minggu depan, kata menteri.",
            Lang::Id,
        ),
        (
            "The government will raise fuel prices next week, the minister said.",
            Lang::En,
        ),
        (
            "Le gouvernement augmentera le prix du carburant la semaine prochaine.",
            Lang::Fr,
        ),
        ("政府下周将提高燃油价格，部长说。", Lang::Zh),
        ("政府は来週、燃料価格を引き上げると大臣が述べた。", Lang::Ja),
        ("ستقوم الحكومة برفع أسعار الوقود الأسبوع المقبل.", Lang::Ar),
    ];
    for (text, lang) in cases {
        assert_eq!(detect(text).lang, Some(lang), "{text}");
    }
}

#[test]
fn chinese_full_of_latin_names_stays_chinese() {
    assert_eq!(detect("Sims 时年 20 岁，LSU 说。").lang, Some(Lang::Zh));
}

#[test]
fn parses_codes() {
    assert_eq!(Lang::from_code("zh-CN"), Some(Lang::Zh));
    assert_eq!(Lang::from_code("ind"), Some(Lang::Id));
    assert_eq!(Lang::from_code("de"), None);
}

#[test]
fn names_a_german_sentence_german_rather_than_english() {
    let g = detect(
        "Die Regierung will die Steuern im nächsten Jahr deutlich senken, sagte der Minister.",
    );
    assert_eq!(
        (g.lang, g.foreign, g.is_reliable),
        (None, Some("German"), true)
    );
}

#[test]
fn names_a_spanish_sentence_spanish_rather_than_french() {
    let g = detect(
        "El gobierno aumentará el precio del combustible la próxima semana, dijo el ministro.",
    );
    assert_eq!((g.lang, g.foreign), (None, Some("Spanish")));
}

#[test]
fn calls_a_short_english_line_english() {
    // whatlang alone cannot call these reliably
    for text in [
        "The police arrived late.",
        "Rescue teams are still searching.",
        "The bridge collapsed at dawn.",
    ] {
        let g = detect(text);
        assert!(
            !LATIN_DETECTOR.detect(text).is_some_and(|i| i.is_reliable()),
            "{text}"
        );
        assert_eq!((g.lang, g.is_reliable), (Some(Lang::En), true), "{text}");
    }
}

#[test]
fn calls_malay_indonesian_or_malay() {
    let g = detect("Beberapa pegawai berdiri di dalam kordon memantau blok pangsapuri.");
    assert_eq!(g.lang, Some(Lang::Id));
}

#[test]
fn remembers_a_verdict_the_same_as_it_computed_it() {
    let text = "Harga cabai naik tajam menjelang Lebaran di seluruh Jawa.";
    assert_eq!(detect(text), detect(text));
    assert_eq!(detect_latin(text), detect_latin_uncached(text));
}

/// The first `n` characters of `line`, in whole words.
fn first_words(line: &str, n: usize) -> String {
    let mut out = String::new();
    for w in line.split(' ') {
        if out.chars().count() >= n {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// Prints the table of the module comment: reliable verdicts right and wrong, whatlang alone
/// (among id, en, fr) against `detect`, on the NTREX lines of `../shared/data/ntrex` (whole, and
/// cut to their first 30 and 15 characters), on the newsroom's paragraphs in `voi-dev`, and, when `LINGUA_TESTDATA` names a folder holding
/// `german/sentences.txt`, `spanish/sentences.txt` ... (the test sentences of the lingua model
/// crates, `lingua-<language>-language-model-1.3.0/testdata/`), on those.
#[test]
#[ignore = "reads ../shared/data/ntrex"]
#[allow(clippy::print_stderr)]
fn detection_accuracy() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/ntrex");
    let mut sets: Vec<(String, Option<Lang>, Vec<String>)> = Vec::new();
    for (file, lang) in [
        ("ind", Lang::Id),
        ("msa", Lang::Id),
        ("eng", Lang::En),
        ("fra", Lang::Fr),
    ] {
        let text = std::fs::read_to_string(dir.join(format!("{file}.txt"))).unwrap();
        for cut in [0, 30, 15] {
            let lines = text
                .lines()
                .map(|l| {
                    if cut == 0 {
                        l.to_string()
                    } else {
                        first_words(l, cut)
                    }
                })
                .collect();
            sets.push((format!("{file} {cut}"), Some(lang), lines));
        }
    }
    // The newsroom's own English and French, dense with Indonesian names and offices: one
    // paragraph a line (`../shared/data/voi-dev/*/en.txt`, `fr.txt`).
    let voi = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/voi-dev");
    for (file, lang) in [("en.txt", Lang::En), ("fr.txt", Lang::Fr)] {
        let mut lines = Vec::new();
        for entry in std::fs::read_dir(&voi).unwrap() {
            if let Ok(text) = std::fs::read_to_string(entry.unwrap().path().join(file)) {
                lines.extend(text.lines().map(String::from));
            }
        }
        sets.push((format!("voi {file}"), Some(lang), lines));
    }
    if let Ok(testdata) = std::env::var("LINGUA_TESTDATA") {
        for (name, lang) in [
            ("german", None),
            ("spanish", None),
            ("portuguese", None),
            ("italian", None),
            ("dutch", None),
            ("tagalog", None),
            ("malay", Some(Lang::Id)),
            ("indonesian", Some(Lang::Id)),
            ("english", Some(Lang::En)),
            ("french", Some(Lang::Fr)),
        ] {
            let path = std::path::Path::new(&testdata)
                .join(name)
                .join("sentences.txt");
            let text = std::fs::read_to_string(path).unwrap();
            sets.push((
                name.to_string(),
                lang,
                text.lines().map(String::from).collect(),
            ));
        }
    }
    eprintln!("set            lines  whatlang right/wrong  detect right/wrong");
    for (name, want, lines) in &sets {
        let (mut before, mut after) = ((0, 0), (0, 0));
        for line in lines {
            if let Some(info) = LATIN_DETECTOR.detect(line)
                && info.is_reliable()
            {
                // a foreign language is right when it is not called one of ours
                if from_whatlang(info.lang()) == *want && want.is_some() {
                    before.0 += 1;
                } else {
                    before.1 += 1;
                }
            }
            let g = detect(line);
            if g.is_reliable {
                let right = match want {
                    Some(_) => g.lang == *want,
                    None => g.lang.is_none(),
                };
                if right {
                    after.0 += 1;
                } else {
                    after.1 += 1;
                }
            }
        }
        eprintln!(
            "{name:14} {:5}  {:>9}/{:<9}  {:>7}/{}",
            lines.len(),
            before.0,
            before.1,
            after.0,
            after.1
        );
    }
}

#[test]
fn an_english_sentence_full_of_indonesian_places_is_english() {
    for text in [
        "Police from Polres Metro Jakarta Selatan and Polsek Pasar Minggu came.",
        "They live in Kelurahan Tanjung Duren Utara, Kecamatan Grogol Petamburan.",
        "The victims came from Desa Sukamaju, Kecamatan Cibadak, Kabupaten Sukabumi.",
    ] {
        let g = detect(text);
        assert!(g.lang == Some(Lang::En) || !g.is_reliable, "{text}: {g:?}");
    }
}

#[test]
fn a_headline_in_title_case_is_not_read_on_its_names() {
    let g = detect("Indonesia Tsunami and Quake Devastate an Island, Killing Hundreds");
    assert!(g.lang == Some(Lang::En) || !g.is_reliable, "{g:?}");
}

#[test]
fn reads_a_sentence_without_its_names() {
    assert_eq!(
        running_text("Police from Polres Metro Jakarta came. They said “ayo” to me.").as_deref(),
        Some("from came. said “ayo” to me.")
    );
    // a line of names is read whole
    assert_eq!(running_text("Persija Jakarta vs Persib Bandung"), None);
}
