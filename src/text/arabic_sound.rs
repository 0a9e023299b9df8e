//! Names written in Arabic letters, matched against the Latin spelling of an Indonesian source:
//! Arabic writes a foreign name by sound ("Baswedan" = باسويدان, "Sudrajad" = سودراجاد), and a
//! name of Arabic origin with its Arabic spelling ("Saleh" = صالح, "Rahmat" = رحمة), so neither
//! the spelling nor the lexicon finds them. Both sides are reduced to a consonant skeleton over
//! the letter classes transliteration really confuses, as `text::kana` does for katakana:
//!
//! - b, p, f, v are ب or ف (Arabic has no p or v; "Prabowo" = برابوو, "Arifin" = عارفين);
//! - g, j, k, q are غ, ج, ق or ك (g is غ or ج by the translator's dialect, k is ق in
//!   Arabic-origin names: "Qodari", "Kurniawan");
//! - d, z (and dh, dz) are د, ذ, ض, ز or ظ (Indonesian writes Arabic ض, ظ and ذ as d, dh or z:
//!   "Ramadhan" = رمضان, "Mahfud" = محفوظ);
//! - s, c, sy (and ts, tj, sj) are س, ص, ث or ش, and c also تش ("Cahyo" = تشاهيو);
//! - h, kh (and the Dutch-era ch of "Achmad") are ه, ح or خ; t is ت or ط;
//! - n before g or k takes the g (ng is نغ, نج or ن alone: "Bandung", "Semarang").
//!
//! Vowels are dropped on both sides, and with them the letters that write vowels in Arabic (ا,
//! و, ي, ى) and the consonants an Indonesian spelling does not write (ء and its carriers, ع),
//! so w and y go from the Latin side too. A final ة is read as t, as h or as nothing ("Rahmat" =
//! رحمة, "Fatimah" = فاطمة). Diacritics and tatweel are ignored; the proclitics و, ف, ب, ل, ك
//! and the article ال are tried off as well as on ("وغالبا").

use std::ops::Range;

/// Shortest skeleton that is matched: two consonants match too many words by chance.
pub const MIN_SKELETON: usize = 3;

/// Whether `c` is a letter of the Arabic alphabet (the diacritics and tatweel are not).
pub fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' | '\u{0671}'..='\u{06D3}')
}

/// The runs of Arabic letters in `text`, as byte ranges, diacritics and tatweel inside a word
/// counted with it: its words.
pub fn arabic_words(text: &str) -> Vec<Range<usize>> {
    super::runs(text, |c| is_arabic_letter(c) || is_mark(c))
        .into_iter()
        .filter(|r| text[r.clone()].chars().any(is_arabic_letter))
        .collect()
}

/// Short vowels, shadda, sukun, the dagger alif and tatweel: nothing a skeleton reads.
fn is_mark(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}')
}

/// The consonant skeleton of a Latin-script Indonesian name ("Gazalba" -> `KZLB` with z and d
/// in one class, written `D`). ASCII letters only; accents are dropped by the caller's folding
/// or ignored.
pub fn latin_skeleton(word: &str) -> String {
    let lower: String = word
        .chars()
        .flat_map(char::to_lowercase)
        .filter(char::is_ascii_alphabetic)
        .collect();
    classes_of(&lower)
}

/// The skeletons a Latin-script name may have: as Indonesian spells ("Cahyo", c is تش or ش)
/// and, when it has a c, as English does ("Carolina", "Corbyn": c is ك), c before e, i or y
/// still an s.
pub fn latin_skeletons(word: &str) -> Vec<String> {
    let lower: String = word
        .chars()
        .flat_map(char::to_lowercase)
        .filter(char::is_ascii_alphabetic)
        .collect();
    let mut out = vec![classes_of(&lower)];
    if lower.contains('c') {
        let chars: Vec<char> = lower.chars().collect();
        let hard: String = chars
            .iter()
            .enumerate()
            .map(|(i, &c)| {
                let soft = matches!(chars.get(i + 1), Some('e' | 'i' | 'y' | 'h'));
                if c == 'c' && !soft { 'k' } else { c }
            })
            .collect();
        let sk = classes_of(&hard);
        if !out.contains(&sk) {
            out.push(sk);
        }
    }
    out
}

/// The skeleton of a lowercase ASCII name.
fn classes_of(lower: &str) -> String {
    let mut s = lower.to_string();
    // digraphs first, written as the class letter (upper case) so no later rule reads them
    for (from, to) in [
        ("kh", "H"),
        ("ch", "H"),
        ("sy", "S"),
        ("sh", "S"),
        ("sj", "S"),
        ("tj", "S"),
        ("ts", "S"),
        ("dj", "K"),
        ("dh", "D"),
        ("dz", "D"),
        ("gh", "K"),
        ("ph", "B"),
        ("th", "T"),
        ("ny", "N"),
    ] {
        s = s.replace(from, to);
    }
    let classes: String = s
        .chars()
        .filter_map(|c| match c {
            'b' | 'p' | 'f' | 'v' => Some("B"),
            'c' | 's' => Some("S"),
            'd' | 'z' => Some("D"),
            'g' | 'j' | 'k' | 'q' => Some("K"),
            'h' => Some("H"),
            'l' => Some("L"),
            'm' => Some("M"),
            'n' => Some("N"),
            'r' => Some("R"),
            't' => Some("T"),
            'x' => Some("KS"),
            'a' | 'e' | 'i' | 'o' | 'u' | 'w' | 'y' => Some("."),
            'B' => Some("B"),
            'D' => Some("D"),
            'H' => Some("H"),
            'K' => Some("K"),
            'N' => Some("N"),
            'S' => Some("S"),
            'T' => Some("T"),
            _ => None,
        })
        .collect();
    finish(&classes)
}

/// The consonant skeletons of one Arabic word: of the word and of it without a proclitic or
/// the article, each with a final ة read as t, as h and as nothing. Empty for a word with no
/// Arabic letters.
pub fn arabic_skeletons(word: &str) -> Vec<String> {
    let folded: String = word.chars().filter(|c| !is_mark(*c)).collect();
    let mut out: Vec<String> = Vec::new();
    for form in forms(&folded) {
        let form = form.replace("تش", "\u{0634}");
        let (body, marbuta) = match form.strip_suffix('ة') {
            Some(body) => (body, true),
            None => (form.as_str(), false),
        };
        let base: String = body.chars().filter_map(arabic_class).collect();
        let endings: &[&str] = if marbuta { &["T", "H", ""] } else { &[""] };
        for end in endings {
            let sk = finish(&format!("{base}{end}"));
            if !sk.is_empty() && !out.contains(&sk) {
                out.push(sk);
            }
        }
    }
    out
}

/// The class of an Arabic letter in a skeleton, `.` for the letters that write vowels or a
/// consonant Indonesian spelling leaves out (ا, و, ي, ى, ع, ء and its carriers).
fn arabic_class(c: char) -> Option<char> {
    Some(match c {
        'ا' | 'أ' | 'إ' | 'آ' | 'ء' | 'ئ' | 'ؤ' | 'و' | 'ي' | 'ى' | 'ع' => '.',
        'ب' | 'پ' | 'ف' | 'ڤ' => 'B',
        'ت' | 'ط' => 'T',
        'ث' | 'س' | 'ص' | 'ش' => 'S',
        'ج' | 'چ' | 'ك' | 'ق' | 'غ' | 'گ' | 'ڠ' => 'K',
        'ح' | 'خ' | 'ه' | 'ة' => 'H',
        'د' | 'ذ' | 'ض' | 'ز' | 'ظ' => 'D',
        'ر' => 'R',
        'ل' => 'L',
        'م' => 'M',
        'ن' => 'N',
        _ => return None,
    })
}

/// The skeleton of a string of classes with `.` for each vowel: a doubled letter written once
/// ("Hassan", a shadda left out) but a letter repeated across a vowel twice ("Widodo" `DD`), n
/// right before g or k merged into it, and the vowels dropped.
fn finish(classes: &str) -> String {
    let mut out = String::new();
    let mut prev = None;
    for c in classes.replace("NK", "N").chars() {
        if c != '.' && prev != Some(c) {
            out.push(c);
        }
        prev = Some(c);
    }
    out
}

/// Proclitics an Arabic word may carry before a name or a word: the conjunctions و and ف, the
/// prepositions ب, ل and ك, the article ال and their joins, longest first.
const PROCLITICS: [&str; 11] = [
    "وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك",
];

/// The word and the words it may be without a proclitic, each of two letters or more.
pub fn forms(word: &str) -> Vec<&str> {
    let mut out = vec![word];
    for p in PROCLITICS {
        if let Some(rest) = word.strip_prefix(p)
            && rest.chars().count() >= 2
            && !out.contains(&rest)
        {
            out.push(rest);
        }
    }
    out
}

/// Whether the Arabic `word` writes the Latin-script name `name` by sound: one of its
/// skeletons is the name's, of at least three consonants, or, from five, one consonant apart.
pub fn writes(name: &str, word: &str) -> bool {
    writes_skeletons(&latin_skeletons(name), &arabic_skeletons(word))
}

/// `writes` for skeletons made once (`latin_skeletons`, `arabic_skeletons`), for asking about
/// many words.
pub fn writes_skeletons(ours: &[String], theirs: &[String]) -> bool {
    ours.iter().any(|a| {
        let n = a.chars().count();
        n >= MIN_SKELETON
            && theirs
                .iter()
                .any(|b| b == a || (n >= 5 && strsim::levenshtein(a, b) <= 1))
    })
}

/// Whether the Arabic `word` writes the first word of a name of Arabic origin whose "ul" or
/// "al" is the article of the word after it ("Abdul Rahman" = عبد الرحمن, "Nurul Huda" = نور
/// الهدى, "Zainal Abidin" = زين العابدين): the name without it, of two consonants or more, is the
/// word's skeleton.
pub fn writes_before_article(name: &str, word: &str) -> bool {
    let lower = name.to_lowercase();
    let Some(stem) = lower
        .strip_suffix("ul")
        .or_else(|| lower.strip_suffix("al"))
    else {
        return false;
    };
    let a = latin_skeleton(stem);
    a.chars().count() >= 2 && arabic_skeletons(word).contains(&a)
}

/// Whether the Arabic `word` may write the Latin-script `name`, looser than `writes`: a
/// skeleton within one consonant of the name's, two from five consonants on. Asked whether a
/// name is absent, so a chance likeness only keeps a finding back; `None` when the name's
/// skeleton is too short to tell.
pub fn may_write(name: &str, word: &str) -> Option<bool> {
    may_write_skeletons(&latin_skeletons(name), &arabic_skeletons(word))
}

/// `may_write` for skeletons made once (`latin_skeletons`, `arabic_skeletons`).
pub fn may_write_skeletons(ours: &[String], theirs: &[String]) -> Option<bool> {
    if ours.iter().all(|a| a.chars().count() < MIN_SKELETON) {
        return None;
    }
    Some(ours.iter().any(|a| {
        let n = a.chars().count();
        let tolerance = if n < 5 { 1 } else { 2 };
        n >= MIN_SKELETON
            && theirs
                .iter()
                .any(|b| strsim::levenshtein(a, b) <= tolerance)
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_indonesian_spelling_into_classes() {
        assert_eq!(latin_skeleton("Gazalba"), "KDLB");
        assert_eq!(latin_skeleton("Syahrul"), "SHRL");
        assert_eq!(latin_skeleton("Bandung"), "BNDN");
        assert_eq!(latin_skeleton("Hassan"), "HSN");
        assert_eq!(latin_skeleton("Khofifah"), "HBBH");
        assert_eq!(latin_skeleton("Widodo"), "DD");
        assert_eq!(latin_skeleton("Cahyo"), "SH");
        assert_eq!(arabic_skeletons("تشاهيو"), ["SH"]);
    }

    #[test]
    fn finds_names_written_by_sound() {
        for (latin, arabic) in [
            ("Saleh", "صالح"),
            ("Sudrajad", "سودراجاد"),
            ("Dimyati", "دمياتي"),
            ("Baswedan", "باسويدان"),
            ("Prabowo", "برابوو"),
            ("Subianto", "سوبيانتو"),
            ("Rahman", "الرحمن"),
            ("Hakim", "حكيم"),
            ("Rahmat", "رحمة"),
            ("Ramadhan", "رمضان"),
            ("Mahfud", "محفوظ"),
            ("Ahmad", "وأحمد"),
            ("Semarang", "سيمارانج"),
            ("Carolina", "كارولينا"),
            ("Corbyn", "كوربين"),
            ("Vincent", "فنسنت"),
        ] {
            assert!(writes(latin, arabic), "{latin} {arabic}");
        }
    }

    #[test]
    fn tells_a_word_from_the_name_it_sounds_near() {
        // غالبا, "mostly", is one consonant short of "Gazalba": near, but not the name
        assert!(!writes("Gazalba", "وغالبا"));
        assert_eq!(may_write("Gazalba", "وغالبا"), Some(true));
        assert!(!writes("Saleh", "قال"));
        assert!(writes_before_article("Abdul", "بعبد"));
        assert!(writes_before_article("Nurul", "نور"));
        assert!(writes_before_article("Zainal", "زين"));
        assert!(!writes_before_article("Saleh", "صالح"));
        assert_eq!(may_write("Baswedan", "الحكومة"), Some(false));
        // two consonants say nothing either way
        assert_eq!(may_write("Budi", "بودي"), None);
    }

    #[test]
    fn splits_arabic_words_with_their_marks() {
        let text = "قالَ غالبا صالح (KPK) يوم";
        let ws: Vec<&str> = arabic_words(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(ws, ["قالَ", "غالبا", "صالح", "يوم"]);
    }
}
