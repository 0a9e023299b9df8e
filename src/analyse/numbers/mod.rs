//! Numbers read as values, the way a reader of each language reads them: `1.000,5` in Indonesian
//! and French is `1,000.5` in English; `2,5 juta` is 2.5 million and `38 万` is 380,000;
//! Arabic-Indic (٠-٩) and full-width (０-９) digits; number words (tiga, three, trois, 三,
//! ثلاثة); months (Maret, March, mars, 3月, مارس); percentages; times of day; units that
//! translators convert (inches to centimetres). `read` finds them, `compare` pairs the numbers
//! of two sides, `format` writes a value the way a language writes it. Deciding what a mismatch
//! means is left to the `number` checks.

pub mod compare;
mod digits;
pub mod format;
mod read;
mod words;

use std::ops::Range;

pub use crate::lexicon::numbers::Unit;

use super::Lang;

/// What a number counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberKind {
    /// A plain amount, a year, a day of the month.
    Cardinal,
    /// `ketiga`, `29th`, `XIXe`.
    Ordinal,
    /// `40 persen`, `40%`, `百分之四十`.
    Percent,
    /// A month, valued 1 to 12.
    Month,
    /// A time of day, valued hours + minutes / 100 (`7.55` for 7:55).
    Time,
}

/// A number found in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct Number {
    /// Byte span in the unit text, scale and unit words included (`2,5 juta`, `40 persen`).
    pub span: Range<usize>,
    /// The value, scale applied (2,500,000 for `2,5 juta`).
    pub value: f64,
    pub kind: NumberKind,
    /// Other values a faithful translation may give: 15 for `3 sore` (3 pm), 1953 for the `53`
    /// of `1950-53`, 1930 for the `30` of `années 30`.
    pub alts: Vec<f64>,
    /// The unit or percent word that follows, if any.
    pub unit: Option<Unit>,
    /// The scale word's value (1e6 for `juta`, 1e4 for `万`), 1 when there is none.
    pub scale: f64,
    /// Read from words (`tiga`, `三`, `March`) rather than written in digits.
    pub is_word: bool,
    /// The digits as written, ASCII, without separators (`2500` for `2.500`), empty for words.
    pub digits: String,
    /// The day or month of a date written with slashes (`10/11/2025`), which a translation may
    /// keep as it is or turn around (`11/10/2025` in American English): it pairs with a day or
    /// a month of the same value.
    pub in_numeric_date: bool,
    /// The value read with the other convention's separators, when one point or comma stands
    /// before three digits (`1,127`: 1.127 in Indonesian, 1127 in English). It pairs only with
    /// a number written with the same digits, not with a mangled one (`10,00` for `10.000`).
    pub regrouped: Option<f64>,
}

impl Number {
    /// Multiplies every reading by a scale word's value (`2,5 juta`, `38万`).
    pub(crate) fn rescale(&mut self, w: f64) {
        self.value *= w;
        self.scale *= w;
        for a in &mut self.alts {
            *a *= w;
        }
        if let Some(r) = &mut self.regrouped {
            *r *= w;
        }
    }

    /// Whether `v` is this number's value or one of its other readings.
    pub fn reads_as(&self, v: f64) -> bool {
        same(self.value, v) || self.alts.iter().any(|a| same(*a, v))
    }
}

/// Equal values, allowing for floating-point noise.
pub fn same(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

/// Whether `text` has a digit of any script we read (a cheap test before reading it).
pub fn has_digits(text: &str) -> bool {
    text.chars().any(|c| read::digit_value(c).is_some())
}

/// Finds the numbers in `text`, read as a text in `lang`.
pub fn extract(text: &str, lang: Lang) -> Vec<Number> {
    read::read(text, lang)
}

#[cfg(test)]
mod tests;
