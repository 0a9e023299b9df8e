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
