//! Tests of `length`.

use super::*;

#[test]
fn a_usual_english_translation_is_near_zero() {
    let m = model(Lang::Id, Lang::En).unwrap();
    let l = |letters, words| Lengths { letters, words };
    assert!(m.z(l(100, 16), l(83, 17)).abs() < 1.0);
    assert!(m.z(l(100, 16), l(30, 6)) < -4.0);
    assert!(m.z(l(100, 16), l(200, 40)) > 4.0);
}

#[test]
fn chinese_is_expected_much_shorter() {
    let m = model(Lang::Id, Lang::Zh).unwrap();
    let l = |letters| Lengths { letters, words: 0 };
    assert!(m.z(l(100), l(32)).abs() < 1.0);
}

#[test]
fn latin_letters_count_half_in_chinese_and_japanese_only() {
    // "FBI" and "Kavanaugh" kept as they are: 12 Latin letters count as 6
    assert_eq!(measure("FBI调查了Kavanaugh。", Lang::Zh), 6 + 3);
    assert_eq!(measure("FBIがKavanaughを調べた。", Lang::Ja), 6 + 5);
    // every letter counts whole in a Latin-script translation
    assert_eq!(measure("Le FBI a enquêté.", Lang::Fr), 13);
    // an odd count rounds up: a single letter still counts
    assert_eq!(measure("A股", Lang::Zh), 2);
}

#[test]
fn arabic_short_vowels_and_tatweel_do_not_count() {
    // "عاماً" with its tanween, and a word stretched with a tatweel
    assert_eq!(measure("عاماً", Lang::Ar), measure("عاما", Lang::Ar));
    assert_eq!(measure("مـدينة", Lang::Ar), measure("مدينة", Lang::Ar));
    assert_eq!(measure("عاماً", Lang::Ar), 4);
}

/// Fits a `RatioModel` to (source length, translation length) pairs.
fn fit(pairs: &[(usize, usize)]) -> RatioModel {
    let pairs: Vec<(f64, f64)> = pairs
        .iter()
        .map(|&(s, h)| (s.max(1) as f64, h.max(1) as f64))
        .collect();
    let f = crate::testing::fit_ratios(&pairs, MIN_VAR_FLOOR);
    RatioModel {
        mean: f.mean,
        var_floor: f.floor,
        var_short: f.short,
    }
}

/// The smallest variance floor fitted: a spread of 0.045 on the longest sentences, about the
/// narrowest that a fitted pair shows (Arabic to Chinese, 0.0042).
const MIN_VAR_FLOOR: f64 = 0.002;

/// Calibrates every direction on the NTREX lines and prints the rows of `ratios.tsv`.
fn calibrate() -> Vec<String> {
    let texts = crate::testing::ntrex_lines();
    let mut rows = Vec::new();
    for (src, src_lines) in &texts {
        for (tgt, tgt_lines) in &texts {
            if src == tgt {
                continue;
            }
            let lengths: Vec<(Lengths, Lengths)> = src_lines
                .iter()
                .zip(tgt_lines)
                .map(|(s, t)| (Lengths::of(s, *src), Lengths::of(t, *tgt)))
                .filter(|(s, t)| s.letters > 0 && t.letters > 0)
                .collect();
            let letters = fit(&lengths
                .iter()
                .map(|(s, t)| (s.letters, t.letters))
                .collect::<Vec<_>>());
            let spaced = |l: &Lang| matches!(l, Lang::Id | Lang::En | Lang::Fr);
            let words = (spaced(src) && spaced(tgt)).then(|| {
                let words = fit(&lengths
                    .iter()
                    .map(|(s, t)| (s.words, t.words))
                    .collect::<Vec<_>>());
                let zs: Vec<(f64, f64)> = lengths
                    .iter()
                    .map(|(s, t)| (letters.z(s.letters, t.letters), words.z(s.words, t.words)))
                    .collect();
                let n = zs.len() as f64;
                let (ma, mb) = (
                    zs.iter().map(|z| z.0).sum::<f64>() / n,
                    zs.iter().map(|z| z.1).sum::<f64>() / n,
                );
                let cov: f64 = zs.iter().map(|z| (z.0 - ma) * (z.1 - mb)).sum();
                let va: f64 = zs.iter().map(|z| (z.0 - ma).powi(2)).sum();
                let vb: f64 = zs.iter().map(|z| (z.1 - mb).powi(2)).sum();
                (words, cov / (va * vb).sqrt())
            });
            let mut row = format!(
                "{src}\t{tgt}\t{:.4}\t{:.4}\t{:.3}",
                letters.mean, letters.var_floor, letters.var_short
            );
            match words {
                Some((w, rho)) => row.push_str(&format!(
                    "\t{:.4}\t{:.4}\t{:.3}\t{rho:.3}",
                    w.mean, w.var_floor, w.var_short
                )),
                None => row.push_str("\t-\t-\t-\t-"),
            }
            rows.push(row);
        }
    }
    rows
}

/// Computes the table of `ratios.tsv` from `../shared/data/ntrex`, prints it, and checks that
/// the committed file holds the same rows.
#[test]
#[ignore = "reads ../shared/data/ntrex"]
#[allow(clippy::print_stderr)]
fn calibration_on_ntrex() {
    let rows = calibrate();
    for row in &rows {
        eprintln!("{row}");
    }
    let committed: Vec<&str> = RATIOS_TSV
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .collect();
    assert_eq!(committed, rows);
}

#[test]
fn every_direction_has_a_model_with_a_positive_variance() {
    for src in Lang::ALL {
        for tgt in Lang::ALL {
            let m = model(src, tgt);
            assert_eq!(m.is_some(), src != tgt, "{src} -> {tgt}");
            if let Some(m) = m {
                assert!(m.letters.var_floor > 0.0 && m.letters.var_short > 0.0);
                if let Some((w, rho)) = m.words {
                    assert!(w.var_floor > 0.0 && w.var_short > 0.0 && rho.abs() < 1.0);
                }
            }
        }
    }
}

#[test]
fn a_usual_chinese_to_english_translation_is_near_zero() {
    // an English sentence has about 2.7 times the letters of its Chinese source
    let m = model(Lang::Zh, Lang::En).unwrap();
    let l = |letters| Lengths { letters, words: 0 };
    assert!(m.z(l(40), l(110)).abs() < 1.0);
    // the translation of one of two sentences
    assert!(m.z(l(80), l(110)) < -3.0);
}

#[test]
fn an_article_that_runs_short_throughout_shifts_by_its_shrunk_median() {
    // 7 units, median -2: shrunk by 7 / (7 + ARTICLE_PRIOR)
    let zs = [-2.5, -2.0, -1.0, -2.2, -1.8, -3.0, -2.0];
    let shift = article_shift(&zs);
    assert!((shift - (-2.0 * 7.0 / (7.0 + ARTICLE_PRIOR))).abs() < 1e-9);
    // a sentence that lost half of itself does not move the median
    let mut with_cut = zs;
    with_cut[5] = -9.0;
    assert_eq!(article_shift(&with_cut), shift);
}

#[test]
fn a_single_unit_or_an_article_that_runs_long_has_no_shift() {
    assert_eq!(article_shift(&[-3.0]), 0.0);
    assert_eq!(article_shift(&[]), 0.0);
    assert_eq!(article_shift(&[1.5, 2.0, 0.5, 1.0]), 0.0);
}
