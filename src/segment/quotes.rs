//! Quotations that a sentence break must not cut: the outermost matched quote pairs of a line,
//! found in one pass with a stack. A quote that never closes protects nothing, and a long one
//! protects nothing either, since translators often break a long quotation differently.

/// Opening and closing marks of the quotations that hold sentences in news text.
const PAIRS: [(char, char); 5] = [
    ('“', '”'),
    ('«', '»'),
    ('「', '」'),
    ('『', '』'),
    ('"', '"'),
];

/// The byte ranges (open..close) of the outermost matched quotations of `line` that are at most
/// `max_chars` characters long, in order.
pub(super) fn protected(line: &str, max_chars: usize) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    // (closing mark, byte offset, char index) of each open quotation.
    let mut stack: Vec<(char, usize, usize)> = Vec::new();
    let mut prev = ' ';
    for (n, (i, c)) in line.char_indices().enumerate() {
        let close_at = stack.iter().rposition(|&(close, _, _)| close == c);
        let opens = PAIRS.iter().find(|p| p.0 == c).map(|p| p.1);
        // A straight quote after a space, a bracket or a colon opens; elsewhere it closes.
        let opening_context = prev.is_whitespace() || matches!(prev, '(' | '[' | ':');
        let close_at = if c == '"' && opening_context {
            None
        } else {
            close_at
        };
        if let Some(k) = close_at {
            let (_, open, open_n) = stack[k];
            stack.truncate(k);
            if stack.is_empty() && n - open_n <= max_chars {
                out.push((open, i));
            }
        } else if let Some(close) = opens
            && (c != '"' || opening_context)
            && stack.len() < 16
        {
            stack.push((close, i, n));
        }
        prev = c;
    }
    out
}

/// Whether byte `pos` lies strictly inside one of `spans` (sorted); `next` is a cursor that
/// only moves forward, so a scan over a line stays linear.
pub(super) fn inside(spans: &[(usize, usize)], next: &mut usize, pos: usize) -> bool {
    while *next < spans.len() && spans[*next].1 < pos {
        *next += 1;
    }
    spans.get(*next).is_some_and(|&(a, b)| a < pos && pos < b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_outermost_quotes() {
        let line = "Ia berkata, “Kami siap. Kami datang.” Lalu pergi.";
        let spans = protected(line, 200);
        assert_eq!(spans.len(), 1);
        assert!(line[spans[0].0..].starts_with('“'));
    }

    #[test]
    fn ignores_unclosed_and_long_quotes() {
        assert!(protected("Ia berkata, “Kami siap. Lalu pergi.", 200).is_empty());
        assert!(protected("“Satu. Dua. Tiga.”", 5).is_empty());
    }
}
