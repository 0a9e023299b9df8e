//! Names written in Arabic letters: an Indonesian name (`anchors` keeps it as a Latin-script word)
//! is found in an Arabic sentence when one of its words has the same consonant skeleton
//! (`text::kana::skeleton`, the skeleton used for katakana names) once read into Latin letters,
//! with or without a one-letter prefix (و, ف, ب, ل) and the article (ال). Labial consonants are
//! one class here (Arabic writes v and p as ف and ب), as are the sibilants and the dentals in the
//! skeleton itself.

use crate::text::kana;

/// Shortest skeleton compared, in consonants: a shorter one is too often an Arabic word by chance.
pub(super) const MIN_CONSONANTS: usize = 3;

/// The consonant class of one Arabic letter in the alphabet of `latin_skeleton` (the letter
/// read into Latin, then folded as `kana::skeleton` folds it: d as t, l as r, m as n, the
/// sibilants and j as s, g and q as k, labials as b); `None` for the letters that skeleton drops
/// (vowel letters, hamza carriers, ع, h, w, y).
fn class(c: char) -> Option<char> {
    Some(match c {
        'ب' | 'پ' | 'ف' | 'ڤ' => 'b',
        'ت' | 'ط' | 'د' | 'ض' => 't',
        'ث' | 'س' | 'ص' | 'ج' | 'ذ' | 'ز' | 'ظ' | 'ش' => 's',
        'خ' | 'غ' | 'گ' | 'ك' | 'ق' => 'k',
        'ر' | 'ل' => 'r',
        'م' | 'ن' => 'n',
        _ => return None,
    })
}

/// The skeleton of an Arabic word read into Latin letters: its consonant classes, a class
/// repeated across dropped letters counted once (as `kana::skeleton` does).
fn arabic_skeleton(word: &str) -> String {
    let mut out = String::new();
    let mut prev = None;
    for c in word.chars().filter_map(class) {
        if prev != Some(c) {
            out.push(c);
        }
        prev = Some(c);
    }
    out
}

/// The skeleton of a Latin-script name, labials folded.
pub(super) fn latin_skeleton(word: &str) -> String {
    kana::skeleton(word).replace('f', "b")
}

/// The skeletons an Arabic word may stand for: as written, and without a prefix.
pub(super) fn arabic_skeletons(word: &str, out: &mut Vec<String>) {
    let mut bare = word;
    let mut forms = vec![word];
    for p in ["وال", "فال", "بال", "لل", "ال", "و", "ف", "ب", "ل"] {
        if let Some(r) = bare.strip_prefix(p)
            && r.chars().count() >= 3
        {
            forms.push(r);
            if p.chars().count() == 1 && bare == word {
                bare = r;
                if let Some(r2) = r.strip_prefix("ال").filter(|r2| r2.chars().count() >= 3) {
                    forms.push(r2);
                }
            }
        }
    }
    for f in forms {
        let s = arabic_skeleton(f);
        if s.chars().count() >= MIN_CONSONANTS && !out.contains(&s) {
            out.push(s);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ar(w: &str) -> Vec<String> {
        let mut v = Vec::new();
        arabic_skeletons(w, &mut v);
        v
    }

    #[test]
    fn reads_names_written_in_arabic() {
        for (latin, arabic) in [
            ("Kavanaugh", "كافانو"),
            ("Trump", "وترامب"),
            ("Graham", "غراهام"),
            ("Livingston", "ليفينغستون"),
            ("Cromwell", "كرومويل"),
        ] {
            assert!(
                ar(arabic).contains(&latin_skeleton(latin)),
                "{latin} {arabic} {:?} {}",
                ar(arabic),
                latin_skeleton(latin)
            );
        }
    }
}
