//! Normalisation for matching only. `Folded` holds a matching key for a text (NFKC, lowercase,
//! ASCII digits, straight quotes, plain spaces, no zero-width characters) and, for every byte of
//! the key, the byte offset in the original text it came from, so a match in the key maps back
//! to a span of the text exactly as given. Reported text is never normalised.

use std::ops::Range;
use unicode_normalization::UnicodeNormalization;

/// A matching key for a text with a map back to the original byte offsets.
#[derive(Debug, Clone, Default)]
pub struct Folded {
    /// The folded text.
    pub key: String,
    /// For each byte of `key`, the byte offset in the original of the character it came from;
    /// one extra entry at the end holds the original length.
    origin: Vec<usize>,
}

impl Folded {
    /// Folds `text` for matching.
    pub fn new(text: &str) -> Self {
        let mut key = String::with_capacity(text.len());
        let mut origin = Vec::with_capacity(text.len() + 1);
        let mut buf = [0u8; 4];
        for (b, c) in text.char_indices() {
            let mut push = |ch: char, key: &mut String, origin: &mut Vec<usize>| {
                let s = ch.encode_utf8(&mut buf);
                key.push_str(s);
                origin.extend(std::iter::repeat_n(b, s.len()));
            };
            match fold_char(c) {
                Fold::Drop => {}
                Fold::One(ch) => push(ch, &mut key, &mut origin),
                Fold::Nfkc => {
                    for n in std::iter::once(c).nfkc() {
                        for l in n.to_lowercase() {
                            push(l, &mut key, &mut origin);
                        }
                    }
                }
            }
        }
        origin.push(text.len());
        Folded { key, origin }
    }

    /// Maps a byte range of `key` back to a byte range of the original text.
    pub fn original(&self, key_range: Range<usize>) -> Range<usize> {
        let start = self.origin[key_range.start.min(self.key.len())];
        let end = if key_range.end >= self.key.len() {
            self.origin[self.key.len()]
        } else if key_range.end == 0 {
            start
        } else {
            // the end of the original character holding the key's last byte
            let last = self.origin[key_range.end - 1];
            let mut e = key_range.end;
            while e < self.key.len() && self.origin[e] == last {
                e += 1;
            }
            if e >= self.key.len() {
                self.origin[self.key.len()]
            } else {
                self.origin[e]
            }
        };
        start..end.max(start)
    }
}

enum Fold {
    Drop,
    One(char),
    Nfkc,
}

fn fold_char(c: char) -> Fold {
    match c {
        '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{ad}' => Fold::Drop,
        '\u{a0}' | '\u{2007}' | '\u{202f}' | '\u{3000}' | '\t' => Fold::One(' '),
        '‘' | '’' | '‚' | '‛' | '`' | '´' | '′' => Fold::One('\''),
        '“' | '”' | '„' | '‟' | '«' | '»' | '「' | '」' | '『' | '』' | '″' => {
            Fold::One('"')
        }
        '‐' | '‑' | '‒' | '–' | '—' | '―' | '−' => Fold::One('-'),
        '٠'..='٩' => Fold::One(char::from(b'0' + (c as u32 - '٠' as u32) as u8)),
        '۰'..='۹' => Fold::One(char::from(b'0' + (c as u32 - '۰' as u32) as u8)),
        '٫' => Fold::One('.'),
        '٬' => Fold::One(','),
        c if c.is_ascii() => Fold::One(c.to_ascii_lowercase()),
        _ => Fold::Nfkc,
    }
}

/// Folds a short string (a lexicon entry, a name) to its matching key.
pub fn fold(text: &str) -> String {
    Folded::new(text).key
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_quotes_digits_and_width() {
        assert_eq!(fold("“Rusia” ١٢ ＡＢ"), "\"rusia\" 12 ab");
    }

    #[test]
    fn maps_key_ranges_back_to_original_bytes() {
        let text = "\u{feff}Kata “Amerika”";
        let f = Folded::new(text);
        let k = f.key.find("amerika").unwrap();
        let r = f.original(k..k + "amerika".len());
        assert_eq!(&text[r], "Amerika");
    }

    #[test]
    fn zero_width_characters_do_not_shift_matches() {
        let text = "Ame\u{200b}rika";
        let f = Folded::new(text);
        assert_eq!(f.key, "amerika");
        assert_eq!(&text[f.original(0..f.key.len())], text);
    }
}
