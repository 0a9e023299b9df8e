//! Names written in Arabic letters: an Indonesian name (`anchors` keeps it as a Latin-script word)
//! is found in an Arabic sentence when one of its words has the same consonant skeleton
//! (`text::kana::skeleton`, the skeleton used for katakana names) once read into Latin letters,
//! with or without a one-letter prefix (و, ف, ب, ل) and the article (ال). Labial consonants are
//! one class here (Arabic writes v and p as ف and ب), as are the sibilants and the dentals in the
//! skeleton itself.

use crate::text::kana;

/// Shortest skeleton compared, in consonants: a shorter one is too often an Arabic word by chance.
pub(super) const MIN_CONSONANTS: usize = 3;

/// The Latin reading of one Arabic letter (vowel letters and hamza carriers read as `a`).
fn latin(c: char) -> Option<&'static str> {
    Some(match c {
        'ا' | 'أ' | 'إ' | 'آ' | 'ى' | 'ة' | 'ء' | 'ؤ' | 'ئ' | 'ع' => "a",
        'ب' | 'پ' => "b",
        'ت' | 'ط' => "t",
        'ث' | 'س' | 'ص' => "s",
        'ج' => "j",
        'ح' | 'ه' => "h",
        'خ' => "kh",
        'د' | 'ض' => "d",
        'ذ' | 'ز' | 'ظ' => "z",
        'ر' => "r",
        'ش' => "sh",
        'غ' | 'گ' | 'ك' | 'ق' => "k",
        'ف' | 'ڤ' => "f",
        'ل' => "l",
        'م' => "m",
        'ن' => "n",
        'و' => "w",
        'ي' => "y",
        _ => return None,
    })
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
        let mut lat = String::new();
        for c in f.chars() {
            if let Some(l) = latin(c) {
                lat.push_str(l);
            }
        }
        let s = latin_skeleton(&lat);
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
