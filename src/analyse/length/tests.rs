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
