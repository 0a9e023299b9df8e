//! The text handling sacreBLEU 2.6.0 does before counting n-grams, reproduced exactly: Python's
//! idea of whitespace (`str.split()`, `str.rstrip()`), lowercasing, and the BLEU tokenizers
//! `13a`, `intl`, `zh`, `char` and `none` (sacreBLEU 2.6.0's `tokenizers/`). The
//! regex steps are hand-written scans over code points: each step is a fixed one- or
//! two-character pattern, and a left-to-right scan for non-overlapping matches is what Python's
//! `re.sub` does with it. TER's own tokenizer lives in `ter.rs`; it reuses the 13a steps here.
//! `ja-mecab`, `ko-mecab` and the SentencePiece tokenizers need external models and are not
//! provided.

use std::sync::LazyLock;

/// Whether Python's `str.isspace()` is true for `c`: Rust's whitespace plus U+001C–U+001F.
pub fn is_py_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// Python's `str.split()` with no argument: runs of whitespace separate, empty pieces dropped.
pub fn py_split(s: &str) -> impl Iterator<Item = &str> {
    s.split(is_py_space).filter(|w| !w.is_empty())
}

/// Python's `str.rstrip()`.
pub fn py_rstrip(s: &str) -> &str {
    s.trim_end_matches(is_py_space)
}

/// Python's `str.strip()`.
fn py_strip(s: &str) -> &str {
    s.trim_matches(is_py_space)
}

/// Letters that change when lowercased in Unicode 17 but were not yet assigned in Unicode 14,
/// which Python 3.11's `str.lower()` (sacreBLEU's reference run) therefore leaves alone. Listed
/// by testing every code point with the Python `regex` module's `\p{Changes_When_Lowercased}`
/// (Unicode 17.0) against `str.lower()` of Python 3.11.7 (Unicode 14.0); sorted.
const NOT_LOWERED_BY_PYTHON_311: [char; 55] = [
    '\u{1C89}',
    '\u{A7CB}',
    '\u{A7CC}',
    '\u{A7CE}',
    '\u{A7D2}',
    '\u{A7D4}',
    '\u{A7DA}',
    '\u{A7DC}',
    '\u{10D50}',
    '\u{10D51}',
    '\u{10D52}',
    '\u{10D53}',
    '\u{10D54}',
    '\u{10D55}',
    '\u{10D56}',
    '\u{10D57}',
    '\u{10D58}',
    '\u{10D59}',
    '\u{10D5A}',
    '\u{10D5B}',
    '\u{10D5C}',
    '\u{10D5D}',
    '\u{10D5E}',
    '\u{10D5F}',
    '\u{10D60}',
    '\u{10D61}',
    '\u{10D62}',
    '\u{10D63}',
    '\u{10D64}',
    '\u{10D65}',
    '\u{16EA0}',
    '\u{16EA1}',
    '\u{16EA2}',
    '\u{16EA3}',
    '\u{16EA4}',
    '\u{16EA5}',
    '\u{16EA6}',
    '\u{16EA7}',
    '\u{16EA8}',
    '\u{16EA9}',
    '\u{16EAA}',
    '\u{16EAB}',
    '\u{16EAC}',
    '\u{16EAD}',
    '\u{16EAE}',
    '\u{16EAF}',
    '\u{16EB0}',
    '\u{16EB1}',
    '\u{16EB2}',
    '\u{16EB3}',
    '\u{16EB4}',
    '\u{16EB5}',
    '\u{16EB6}',
    '\u{16EB7}',
    '\u{16EB8}',
];

/// Python 3.11's `str.lower()`: Rust's full mapping (`İ` -> `i̇`, the final-sigma rule), except
/// that the letters added after Unicode 14 stay as they are. Such a letter is neither cased nor
/// case-ignorable for Python 3.11, so lowercasing the text between them piece by piece gives
/// the same final-sigma decisions.
pub fn py_lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    if !s
        .chars()
        .any(|c| NOT_LOWERED_BY_PYTHON_311.binary_search(&c).is_ok())
    {
        return s.to_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for piece in s.split_inclusive(|c: char| NOT_LOWERED_BY_PYTHON_311.binary_search(&c).is_ok()) {
        let mut chars = piece.chars();
        match chars.next_back() {
            Some(last) if NOT_LOWERED_BY_PYTHON_311.binary_search(&last).is_ok() => {
                out.push_str(&chars.as_str().to_lowercase());
                out.push(last);
            }
            _ => out.push_str(&piece.to_lowercase()),
        }
    }
    out
}

/// `' '.join(s.split())`: whitespace runs become one space, ends trimmed.
pub fn normalize_space(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in py_split(s) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// A BLEU tokenizer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tokenizer {
    /// mteval-v13a, the WMT standard (default).
    #[default]
    Mteval13a,
    /// mteval-v14 international: splits Unicode punctuation and symbols.
    Intl,
    /// Chinese: every Chinese character is a token, the rest as 13a.
    Zh,
    /// Every code point is a token.
    Char,
    /// Whitespace only.
    None,
}

impl Tokenizer {
    /// The name in sacreBLEU's signature and on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Tokenizer::Mteval13a => "13a",
            Tokenizer::Intl => "intl",
            Tokenizer::Zh => "zh",
            Tokenizer::Char => "char",
            Tokenizer::None => "none",
        }
    }

    /// The tokenizer called `name`, if we have it.
    pub fn from_name(name: &str) -> Option<Tokenizer> {
        Some(match name {
            "13a" => Tokenizer::Mteval13a,
            "intl" => Tokenizer::Intl,
            "zh" => Tokenizer::Zh,
            "char" => Tokenizer::Char,
            "none" => Tokenizer::None,
            _ => return None,
        })
    }

    /// Tokenizes `line` into `out` (tokens separated by whitespace runs), reusing buffers.
    pub(crate) fn tokenize_into(self, line: &str, out: &mut Vec<u8>, tmp: &mut Vec<u8>) {
        if self == Tokenizer::Mteval13a {
            tokenize_13a_bytes(line, out, tmp);
        } else {
            out.clear();
            out.extend_from_slice(self.tokenize(line).as_bytes());
        }
    }

    /// Tokenizes one (already lowercased and right-stripped) line and returns what sacreBLEU's
    /// tokenizer returns; the tokens are its Python-whitespace-separated pieces (`py_split`).
    pub fn tokenize(self, line: &str) -> String {
        match self {
            Tokenizer::Mteval13a => tokenize_13a(line),
            Tokenizer::Intl => tokenize_intl(line),
            Tokenizer::Zh => tokenize_zh(line),
            Tokenizer::Char => {
                let mut out = String::with_capacity(line.len() * 2);
                for c in line.chars() {
                    if !out.is_empty() {
                        out.push(' ');
                    }
                    out.push(c);
                }
                out
            }
            Tokenizer::None => line.to_string(),
        }
    }
}

/// mteval-v13a (§2.3): markup clean-up, padding, then the shared steps.
fn tokenize_13a(line: &str) -> String {
    let (mut out, mut tmp) = (Vec::new(), Vec::new());
    tokenize_13a_bytes(line, &mut out, &mut tmp);
    normalize_space(std::str::from_utf8(&out).unwrap_or_default())
}

/// 13a on bytes, into `out` (tokens separated by runs of whitespace). Every pattern of the
/// 13a steps is made of ASCII characters or "anything but an ASCII digit", and ASCII bytes
/// never occur inside a multi-byte character, so scanning bytes finds the same matches as
/// scanning code points, and the spaces land between characters (the output stays UTF-8).
pub(crate) fn tokenize_13a_bytes(line: &str, out: &mut Vec<u8>, tmp: &mut Vec<u8>) {
    let cleaned;
    let mut text = line;
    if line.bytes().any(|b| matches!(b, b'<' | b'\n' | b'&')) {
        let mut s = line
            .replace("<skipped>", "")
            .replace("-\n", "")
            .replace('\n', " ");
        if s.contains('&') {
            s = s
                .replace("&quot;", "\"")
                .replace("&amp;", "&")
                .replace("&lt;", "<")
                .replace("&gt;", ">");
        }
        cleaned = s;
        text = &cleaned;
    }
    // Padding and R1.
    tmp.clear();
    tmp.push(b' ');
    let bytes = text.as_bytes();
    let mut from = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if b < 0x80 && is_13a_punct(b as char) {
            tmp.extend_from_slice(&bytes[from..i]);
            tmp.extend_from_slice(&[b' ', b, b' ']);
            from = i + 1;
        }
    }
    tmp.extend_from_slice(&bytes[from..]);
    tmp.push(b' ');
    let is_pc = |c: u8| c == b'.' || c == b',';
    // R2: (non-digit)(. or ,) -> "\1 \2 "; R3: (. or ,)(non-digit) -> " \1 \2";
    // R4: (digit)(-) -> "\1 \2 ".
    scan_second(
        tmp,
        out,
        is_pc,
        |a| !a.is_ascii_digit(),
        |a, b| [a, b' ', b, b' '],
    );
    scan_first(
        out,
        tmp,
        is_pc,
        |b| !b.is_ascii_digit(),
        |a, b| [b' ', a, b' ', b],
    );
    scan_second(
        tmp,
        out,
        |b| b == b'-',
        |a| a.is_ascii_digit(),
        |a, b| [a, b' ', b, b' '],
    );
}

/// One `re.sub` of a two-byte pattern whose second byte is from a small set (`second`), from
/// `src` into `dst`: scans left to right for non-overlapping matches, jumping from one
/// candidate second byte to the next.
fn scan_second(
    src: &[u8],
    dst: &mut Vec<u8>,
    second: impl Fn(u8) -> bool,
    first: impl Fn(u8) -> bool,
    repl: impl Fn(u8, u8) -> [u8; 4],
) {
    dst.clear();
    let mut i = 0;
    while i < src.len() {
        let Some(p) = src[i + 1..].iter().position(|&b| second(b)) else {
            dst.extend_from_slice(&src[i..]);
            break;
        };
        let j = i + 1 + p;
        dst.extend_from_slice(&src[i..j - 1]);
        if first(src[j - 1]) {
            dst.extend_from_slice(&repl(src[j - 1], src[j]));
            i = j + 1;
        } else {
            dst.push(src[j - 1]);
            i = j;
        }
    }
}

/// As [`scan_second`], for a pattern whose first byte is from a small set (`first`).
fn scan_first(
    src: &[u8],
    dst: &mut Vec<u8>,
    first: impl Fn(u8) -> bool,
    second: impl Fn(u8) -> bool,
    repl: impl Fn(u8, u8) -> [u8; 4],
) {
    dst.clear();
    let mut i = 0;
    while i < src.len() {
        let Some(p) = src[i..].iter().position(|&b| first(b)) else {
            dst.extend_from_slice(&src[i..]);
            break;
        };
        let k = i + p;
        dst.extend_from_slice(&src[i..k]);
        if k + 1 < src.len() && second(src[k + 1]) {
            dst.extend_from_slice(&repl(src[k], src[k + 1]));
            i = k + 2;
        } else {
            dst.push(src[k]);
            i = k + 1;
        }
    }
}

/// The Chinese tokenizer (§2.3): strip, space out "Chinese" characters, shared steps, no
/// padding.
fn tokenize_zh(line: &str) -> String {
    let mut chars = Vec::with_capacity(line.len());
    for c in py_strip(line).chars() {
        if is_chinese_char(c) {
            chars.extend([' ', c, ' ']);
        } else {
            chars.push(c);
        }
    }
    regexp_steps(&chars)
}

/// The code points sacreBLEU's zh tokenizer treats as Chinese, as its range table actually
/// evaluates (two ranges written with five-digit `\u` escapes widen the first range to
/// U+2001–U+2A6D and drop Extension B; see the spec §2.3).
fn is_chinese_char(c: char) -> bool {
    const RANGES: &[(u32, u32)] = &[
        (0x2001, 0x2A6D),
        (0x2E80, 0x2FDF),
        (0x2FF0, 0x303F),
        (0x3100, 0x312F),
        (0x31A0, 0x31EF),
        (0x3200, 0x4DB5),
        (0x4E00, 0x9FBB),
        (0xF900, 0xFA2D),
        (0xFA30, 0xFA6A),
        (0xFA70, 0xFAD9),
        (0xFE10, 0xFE1F),
        (0xFE30, 0xFE4F),
        (0xFF00, 0xFFEF),
    ];
    let c = c as u32;
    RANGES.iter().any(|&(a, b)| a <= c && c <= b)
}

/// R1: the ASCII punctuation that 13a always splits off (everything from 0x20 to 0x7E but
/// letters, digits, `'`, `,`, `-` and `.`).
pub(crate) fn is_13a_punct(c: char) -> bool {
    matches!(c, ' '..='&' | '('..='+' | '/' | ':'..='@' | '['..='`' | '{'..='~')
}

/// R1 on `chars`: each 13a punctuation character gets a space either side.
pub(crate) fn step_r1(chars: &[char]) -> Vec<char> {
    let mut out = Vec::with_capacity(chars.len() * 2);
    for &c in chars {
        if is_13a_punct(c) {
            out.extend([' ', c, ' ']);
        } else {
            out.push(c);
        }
    }
    out
}

/// R2–R4 on `chars`: period and comma split unless next to a digit, dash after a digit.
pub(crate) fn steps_r2_r4(chars: &[char]) -> Vec<char> {
    let is_pc = |c: char| c == '.' || c == ',';
    // R2: (non-digit)(. or ,) -> "\1 \2 "
    let a = pair_scan(
        chars,
        |a, b| !a.is_ascii_digit() && is_pc(b),
        |a, b| [a, ' ', b, ' '],
    );
    // R3: (. or ,)(non-digit) -> " \1 \2"
    let b = pair_scan(
        &a,
        |a, b| is_pc(a) && !b.is_ascii_digit(),
        |a, b| [' ', a, ' ', b],
    );
    // R4: (digit)(-) -> "\1 \2 "
    pair_scan(
        &b,
        |a, b| a.is_ascii_digit() && b == '-',
        |a, b| [a, ' ', b, ' '],
    )
}

/// The shared 13a steps R1–R4, then whitespace normalisation.
fn regexp_steps(chars: &[char]) -> String {
    let out = steps_r2_r4(&step_r1(chars));
    normalize_space(&out.iter().collect::<String>())
}

/// One `re.sub` of a two-character pattern: scans left to right, replacing each
/// non-overlapping match of (a, b) by `repl(a, b)`.
pub(crate) fn pair_scan(
    chars: &[char],
    matches: impl Fn(char, char) -> bool,
    repl: impl Fn(char, char) -> [char; 4],
) -> Vec<char> {
    let mut out = Vec::with_capacity(chars.len() + chars.len() / 2);
    let mut i = 0;
    while i < chars.len() {
        if i + 1 < chars.len() && matches(chars[i], chars[i + 1]) {
            out.extend(repl(chars[i], chars[i + 1]));
            i += 2;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

/// mteval-v14 international (§2.3): punctuation split unless next to a number, symbols always.
fn tokenize_intl(line: &str) -> String {
    let chars: Vec<char> = line.chars().collect();
    let cat = &*CATEGORIES;
    let a = pair_scan(
        &chars,
        |a, b| !cat.is(Class::N, a) && cat.is(Class::P, b),
        |a, b| [a, ' ', b, ' '],
    );
    let b = pair_scan(
        &a,
        |a, b| cat.is(Class::P, a) && !cat.is(Class::N, b),
        |a, b| [' ', a, ' ', b],
    );
    let mut out = String::with_capacity(b.len() * 2);
    for c in b {
        if cat.is(Class::S, c) {
            out.push(' ');
            out.push(c);
            out.push(' ');
        } else {
            out.push(c);
        }
    }
    normalize_space(&out)
}

/// A Unicode general category class used by `intl`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    N,
    P,
    S,
}

/// The N, P and S classes as sorted code point ranges (Unicode 17.0, like sacreBLEU's `regex`).
struct Categories {
    n: Vec<(u32, u32)>,
    p: Vec<(u32, u32)>,
    s: Vec<(u32, u32)>,
}

impl Categories {
    fn is(&self, class: Class, c: char) -> bool {
        let c = c as u32;
        if c < 0x80 {
            let b = c as u8;
            return match class {
                Class::N => b.is_ascii_digit(),
                Class::P => {
                    b.is_ascii_punctuation()
                        && !matches!(b, b'$' | b'+' | b'<'..=b'>' | b'^' | b'`' | b'|' | b'~')
                }
                Class::S => matches!(b, b'$' | b'+' | b'<'..=b'>' | b'^' | b'`' | b'|' | b'~'),
            };
        }
        let ranges = match class {
            Class::N => &self.n,
            Class::P => &self.p,
            Class::S => &self.s,
        };
        let i = ranges.partition_point(|&(a, _)| a <= c);
        i > 0 && ranges[i - 1].1 >= c
    }
}

static CATEGORIES: LazyLock<Categories> =
    LazyLock::new(|| parse_categories(include_str!("unicode_nps.txt")));

fn parse_categories(text: &str) -> Categories {
    let mut cats = Categories {
        n: Vec::new(),
        p: Vec::new(),
        s: Vec::new(),
    };
    for line in text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        let mut f = line.split(' ');
        let (Some(class), Some(a), Some(b)) = (f.next(), f.next(), f.next()) else {
            continue;
        };
        let (Ok(a), Ok(b)) = (u32::from_str_radix(a, 16), u32::from_str_radix(b, 16)) else {
            continue;
        };
        match class {
            "N" => cats.n.push((a, b)),
            "P" => cats.p.push((a, b)),
            "S" => cats.s.push((a, b)),
            _ => {}
        }
    }
    cats
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn category_table_parses_sorted_without_overlap() {
        let text = include_str!("unicode_nps.txt");
        let lines = text.lines().filter(|l| !l.starts_with('#')).count();
        let c = parse_categories(text);
        assert_eq!(c.n.len() + c.p.len() + c.s.len(), lines);
        for r in [&c.n, &c.p, &c.s] {
            assert!(
                r.windows(2).all(|w| w[0].1 < w[1].0),
                "ranges sorted, disjoint"
            );
        }
        // The ASCII shortcut agrees with the table.
        for b in 0u8..0x80 {
            let ch = b as char;
            for (class, ranges) in [(Class::N, &c.n), (Class::P, &c.p), (Class::S, &c.s)] {
                let in_table = ranges.iter().any(|&(a, z)| a <= b as u32 && b as u32 <= z);
                assert_eq!(CATEGORIES.is(class, ch), in_table, "{ch:?} {class:?}");
            }
        }
    }

    #[test]
    fn python_whitespace_includes_information_separators() {
        assert!(is_py_space('\u{1c}') && is_py_space('\u{a0}') && is_py_space('\u{3000}'));
        assert!(!is_py_space('\u{200b}') && !is_py_space('\u{feff}'));
        assert_eq!(
            py_split("a\u{1f}b  c ").collect::<Vec<_>>(),
            ["a", "b", "c"]
        );
    }

    #[test]
    fn lowercases_like_python_311() {
        assert!(NOT_LOWERED_BY_PYTHON_311.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(py_lower("İSTANBUL ΟΔΟΣ"), "i̇stanbul οδος");
        assert_eq!(py_lower("A\u{a7cb}Σ B"), "a\u{a7cb}σ b");
        assert_eq!(py_lower("ΑΣ\u{a7cb}"), "ας\u{a7cb}");
    }

    #[test]
    fn splits_13a_punctuation_but_keeps_numbers() {
        let t = Tokenizer::Mteval13a;
        assert_eq!(
            t.tokenize("It cost 1,000.5 dollars in 2019."),
            "It cost 1,000.5 dollars in 2019 ."
        );
        assert_eq!(t.tokenize("don't stop 3-4 a.b"), "don't stop 3 - 4 a . b");
        assert_eq!(t.tokenize("&amp;lt; x"), "< x");
    }

    #[test]
    fn byte_level_13a_matches_code_point_13a() {
        for line in [
            "é.,x",
            "a..b,,c.,d",
            "3-4 €.5 “x”.",
            "日本.com,中",
            "1,000.5-2",
            "x\u{a0}.y",
            "ß,,",
        ] {
            let mut chars = vec![' '];
            chars.extend(line.chars());
            chars.push(' ');
            let want: String = steps_r2_r4(&step_r1(&chars)).iter().collect();
            assert_eq!(
                Tokenizer::Mteval13a.tokenize(line),
                normalize_space(&want),
                "{line}"
            );
        }
    }

    #[test]
    fn keeps_final_year_period_in_intl_and_zh() {
        assert_eq!(Tokenizer::Intl.tokenize("in 2019."), "in 2019.");
        assert_eq!(Tokenizer::Intl.tokenize("Hello, world!"), "Hello , world !");
        assert_eq!(Tokenizer::Zh.tokenize("在2019."), "在 2019.");
        assert_eq!(Tokenizer::Zh.tokenize("“北京”"), "“ 北 京 ”");
    }
}
