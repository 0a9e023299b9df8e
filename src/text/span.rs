//! Spans. Internally every stage works in byte offsets of the record's text; the output speaks
//! in Unicode code points (`[start, end)`), as the data contract (`report/jsonl.rs`) says. `CharIndex` converts
//! once per text, so a record with many findings does not rescan its text for each one.

use std::ops::Range;

/// Converts byte offsets of one text into code-point offsets.
#[derive(Debug, Clone)]
pub struct CharIndex {
    /// Code-point offset of every byte offset that starts a character, plus the end; empty when
    /// the text is ASCII (then bytes and code points coincide).
    table: Vec<u32>,
    len: usize,
}

impl CharIndex {
    /// Builds the index for `text`.
    pub fn new(text: &str) -> Self {
        if text.is_ascii() {
            return CharIndex {
                table: Vec::new(),
                len: text.len(),
            };
        }
        let mut table = vec![0u32; text.len() + 1];
        let mut n = 0u32;
        let mut last = 0usize;
        for (b, _) in text.char_indices() {
            for slot in table.iter_mut().take(b + 1).skip(last) {
                *slot = n;
            }
            table[b] = n;
            n += 1;
            last = b + 1;
        }
        for slot in table.iter_mut().skip(last) {
            *slot = n;
        }
        CharIndex {
            table,
            len: text.len(),
        }
    }

    /// The code-point offset of `byte_offset` (clamped to the text; an offset inside a character
    /// counts as the start of the next one).
    pub fn char_offset(&self, byte_offset: usize) -> usize {
        let b = byte_offset.min(self.len);
        if self.table.is_empty() {
            b
        } else {
            self.table[b] as usize
        }
    }

    /// Converts a byte range into a `[start, end)` code-point pair.
    pub fn span(&self, bytes: Range<usize>) -> [usize; 2] {
        [self.char_offset(bytes.start), self.char_offset(bytes.end)]
    }
}

/// Byte range of `part` inside `whole`, when `part` is a subslice of it.
pub fn subslice_range(whole: &str, part: &str) -> Option<Range<usize>> {
    let w = whole.as_ptr() as usize;
    let p = part.as_ptr() as usize;
    if p >= w && p + part.len() <= w + whole.len() {
        Some(p - w..p - w + part.len())
    } else {
        None
    }
}

#[cfg(test)]
mod tests;
