//! Length model: how long a translation of an Indonesian sentence is expected to be, per target
//! language, as a log-normal ratio of "weighted lengths" whose spread shrinks with length.
//!
//! Weighted length counts every non-space character as 1, except ASCII letters and digits in
//! Chinese and Japanese text, which count 0.4 (a Latin name kept in a Chinese sentence is far
//! longer than its Indonesian share; 0.4 gave the smallest spread). The constants were computed
//! offline on NTREX-128 (Federmann, Kocmi and Xin 2022; CC BY-SA 4.0): the 1,106 parallel lines
//! of `shared/data/ntrex` (`ind.txt` against `eng`, `fra`, `zho-CN`, `jpn`, `arb`). `mu` is the
//! mean of ln(target / Indonesian weighted length); the variance of that log ratio is modelled as
//! `a + b / L` (L = Indonesian weighted length), `a` and `b` fitted by least squares on the squared
//! residuals against 1/L. Script: for each line pair, `lr = ln(wlen(tgt) / wlen(ind))`;
//! `mu = mean(lr)`; regress `(lr - mu)^2` on `1 / wlen(ind)`.

use crate::analyse::Lang;

/// Parameters of the log length ratio of one language against Indonesian.
#[derive(Debug, Clone, Copy)]
struct Params {
    mu: f64,
    a: f64,
    b: f64,
}

/// Measured on NTREX (see the module comment); Indonesian is the reference, so it is all zero.
fn params(lang: Lang) -> Params {
    let (mu, a, b) = match lang {
        Lang::Id => (0.0, 0.0, 0.0),
        Lang::En => (-0.179, 0.0074, 1.274),
        Lang::Fr => (-0.019, 0.0170, 1.804),
        Lang::Zh => (-1.143, 0.0030, 3.978),
        Lang::Ja => (-0.846, 0.0207, 2.355),
        Lang::Ar => (-0.262, 0.0184, 1.657),
    };
    Params { mu, a, b }
}

/// The length model of one language pair.
#[derive(Debug, Clone, Copy)]
pub(super) struct LengthModel {
    mu: f64,
    a: f64,
    b: f64,
    /// Converts a source length into Indonesian-equivalent characters for the variance term.
    src_scale: f64,
}

impl LengthModel {
    /// The model for translating `src` into `hyp`. Pairs without Indonesian compose the two
    /// measured pairs through Indonesian (means subtract, variances add).
    pub(super) fn new(src: Lang, hyp: Lang) -> Self {
        let (s, h) = (params(src), params(hyp));
        if src == hyp {
            return Self {
                mu: 0.0,
                a: 0.005,
                b: 1.0,
                src_scale: 1.0,
            };
        }
        Self {
            mu: h.mu - s.mu,
            a: s.a + h.a,
            b: s.b + h.b,
            src_scale: (-s.mu).exp(),
        }
    }

    /// Cost (negative log-likelihood, up to a constant) of a source group of weighted length
    /// `src_len` being translated by a group of weighted length `hyp_len`.
    pub(super) fn cost(&self, src_len: f32, hyp_len: f32) -> f32 {
        let (ls, lh) = (f64::from(src_len) + 1.0, f64::from(hyp_len) + 1.0);
        let r = (lh / ls).ln() - self.mu;
        let var = self.a + self.b / (ls * self.src_scale).max(1.0);
        (r * r / (2.0 * var)) as f32
    }
}

/// Weighted length of `text` in `lang` (see the module comment).
pub(super) fn weighted_len(text: &str, lang: Lang) -> f32 {
    let latin_weight = if lang.is_cjk() { 0.4 } else { 1.0 };
    text.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                latin_weight
            } else {
                1.0
            }
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expects_english_shorter_than_indonesian() {
        let m = LengthModel::new(Lang::Id, Lang::En);
        assert!(m.cost(100.0, 84.0) < m.cost(100.0, 100.0));
        assert!(m.cost(100.0, 84.0) < 0.1);
        assert!(m.cost(100.0, 200.0) > 8.0);
    }

    #[test]
    fn expects_chinese_about_a_third() {
        let m = LengthModel::new(Lang::Id, Lang::Zh);
        assert!(m.cost(90.0, 29.0) < 0.1);
        assert!(m.cost(90.0, 90.0) > 8.0);
        assert!((weighted_len("在 Jakarta 市", Lang::Zh) - 4.8).abs() < 1e-4);
    }
}
