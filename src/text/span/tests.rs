//! Tests of `span`.

use super::*;

#[test]
fn ascii_offsets_are_identity() {
    let ix = CharIndex::new("hello world");
    assert_eq!(ix.span(6..11), [6, 11]);
}

#[test]
fn multibyte_offsets_count_code_points() {
    let text = "“Ya” 美国 ok";
    let ix = CharIndex::new(text);
    let b = text.find("美国").unwrap();
    assert_eq!(ix.span(b..b + "美国".len()), [5, 7]);
    assert_eq!(ix.char_offset(text.len()), text.chars().count());
}

#[test]
fn bom_and_crlf_count_as_characters() {
    let text = "\u{feff}a\r\nb";
    let ix = CharIndex::new(text);
    assert_eq!(ix.char_offset(text.find('b').unwrap()), 4);
}
