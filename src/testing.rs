//! Helpers the calibration tests of several modules share: the NTREX-128 lines they read from
//! `../shared/data/ntrex` (ignored tests only: the data is not part of the repository) and the
//! fit of a length-ratio model to them.

use std::path::PathBuf;

use crate::analyse::Lang;

/// The NTREX file of each language (NTREX-128, CC BY-SA 4.0; line n of each file translates
/// line n of the others).
const NTREX_FILES: [(Lang, &str); 6] = [
    (Lang::Id, "ind.txt"),
    (Lang::En, "eng.txt"),
    (Lang::Fr, "fra.txt"),
    (Lang::Zh, "zho-CN.txt"),
    (Lang::Ja, "jpn.txt"),
    (Lang::Ar, "arb.txt"),
];

/// `../shared/data/ntrex` beside the repository.
fn ntrex_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data/ntrex")
}

/// Every NTREX line of each language, in the order of `NTREX_FILES`.
pub(crate) fn ntrex_lines() -> Vec<(Lang, Vec<String>)> {
    let dir = ntrex_dir();
    NTREX_FILES
        .iter()
        .map(|&(lang, file)| {
            let path = dir.join(file);
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
            (lang, text.lines().map(String::from).collect())
        })
        .collect()
}

/// A length-ratio model fitted to (source length, translation length) pairs: the mean log ratio,
/// and the least-squares line `floor + short / source length` of its squared deviation.
#[derive(Debug, Clone, Copy)]
pub(crate) struct RatioFit {
    pub mean: f64,
    pub floor: f64,
    pub short: f64,
}

/// Fits `RatioFit` to pairs of positive lengths. Where the line crosses below `min_floor` (the
/// narrowest spread a pair of languages shows), the floor is fixed there and the slope refitted.
pub(crate) fn fit_ratios(pairs: &[(f64, f64)], min_floor: f64) -> RatioFit {
    let lr: Vec<f64> = pairs.iter().map(|(s, h)| (h / s).ln()).collect();
    let n = lr.len() as f64;
    let mean = lr.iter().sum::<f64>() / n;
    let x: Vec<f64> = pairs.iter().map(|(s, _)| 1.0 / s).collect();
    let y: Vec<f64> = lr.iter().map(|r| (r - mean).powi(2)).collect();
    let (mx, my) = (x.iter().sum::<f64>() / n, y.iter().sum::<f64>() / n);
    let cov: f64 = x.iter().zip(&y).map(|(a, b)| (a - mx) * (b - my)).sum();
    let var: f64 = x.iter().map(|a| (a - mx).powi(2)).sum();
    let (mut floor, mut short) = (my - cov / var * mx, cov / var);
    if floor < min_floor {
        floor = min_floor;
        short = x.iter().zip(&y).map(|(a, b)| a * (b - floor)).sum::<f64>()
            / x.iter().map(|a| a * a).sum::<f64>();
    }
    RatioFit { mean, floor, short }
}
