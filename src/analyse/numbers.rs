//! Numbers read as values (placeholder until the number reader lands): digit runs only.

use std::ops::Range;

use super::Lang;

/// A number found in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct Number {
    /// Byte span in the unit text.
    pub span: Range<usize>,
    /// The value.
    pub value: f64,
}

/// Finds the numbers in `text`.
pub fn extract(text: &str, _lang: Lang) -> Vec<Number> {
    let mut out = Vec::new();
    let mut start = None;
    for (b, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        if c.is_ascii_digit() {
            start.get_or_insert(b);
        } else if let Some(s) = start.take()
            && let Ok(v) = text[s..b].parse::<f64>()
        {
            out.push(Number {
                span: s..b,
                value: v,
            });
        }
    }
    out
}
