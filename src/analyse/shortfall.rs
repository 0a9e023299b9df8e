//! How much shorter a translation is than its source predicts, for the rules that look for text
//! left out (`length/ratio`, `omission/clause`): the length model's z (see `analyse::length`),
//! pushed further down when the translation also has fewer clause commas than the source. A
//! dropped clause usually takes its commas with it, while a translation that is short because it
//! is terse keeps the sentence's structure.

use super::length::{self, Lengths};
use super::{Lang, Side};

/// How many spreads one comma fewer than the source counts for.
pub const COMMA_WEIGHT: f64 = 0.5;
/// At most this many missing commas count (a list of names rewritten as a phrase loses many).
pub const MAX_COMMAS: usize = 2;

/// How many spreads the translation's length lies from what the source predicts (below 0 when
/// shorter), when the pair has a model and the translation is written in its own language and
/// script (a sentence in the wrong language has its own finding; its length says nothing more).
pub fn length_z(src: &Side<'_>, hyp: &Side<'_>) -> Option<f64> {
    let model = length::model(src.lang, hyp.lang)?;
    let guess = hyp.detected();
    if guess.is_reliable && guess.lang.is_some_and(|l| l != hyp.lang) {
        return None;
    }
    let s = guess.scripts;
    let in_target_script = match hyp.lang {
        Lang::Zh | Lang::Ja => s.han + s.kana > 0,
        Lang::Ar => s.arabic > 0,
        Lang::Id | Lang::En | Lang::Fr => s.latin > 0,
    };
    if !in_target_script {
        return None;
    }
    let lengths = |side: &Side<'_>| Lengths {
        letters: length::measure(side.text, side.lang),
        words: side.tokens().len(),
    };
    Some(model.z(lengths(src), lengths(hyp)))
}

/// Clause commas in `text`, in any of the scripts (`,` `，` `、` `،`), leaving out the
/// separators inside numbers ("1,5", "10,000").
pub fn commas(text: &str) -> usize {
    let chars: Vec<char> = text.chars().collect();
    chars
        .iter()
        .enumerate()
        .filter(|&(i, &c)| {
            matches!(c, ',' | '，' | '、' | '،')
                && !(i > 0
                    && chars[i - 1].is_ascii_digit()
                    && chars.get(i + 1).is_some_and(char::is_ascii_digit))
        })
        .count()
}

/// How many spreads the clause commas of the source that the translation lacks count for: each,
/// up to `MAX_COMMAS`, `COMMA_WEIGHT`.
pub fn comma_shortfall(src: &Side<'_>, hyp: &Side<'_>) -> f64 {
    let missing = commas(src.text)
        .saturating_sub(commas(hyp.text))
        .min(MAX_COMMAS);
    COMMA_WEIGHT * missing as f64
}

/// `length_z` lowered by `comma_shortfall`.
pub fn shortfall_z(src: &Side<'_>, hyp: &Side<'_>) -> Option<f64> {
    Some(length_z(src, hyp)? - comma_shortfall(src, hyp))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_commas_of_every_script_but_not_in_numbers() {
        assert_eq!(commas("Dia datang, lalu pergi, katanya."), 2);
        assert_eq!(commas("他来了，然后走了、说。"), 2);
        assert_eq!(commas("قال، ثم ذهب"), 1);
        assert_eq!(commas("Harga naik 1,5 persen menjadi 10,000."), 0);
    }

    #[test]
    fn missing_commas_push_the_shortfall_down() {
        let src_text = "Polisi, yang tiba pukul delapan, menangkap dua orang, kata juru bicara.";
        let src = Side::new(src_text, 0..src_text.len(), Lang::Id);
        let full_text = "The police, who arrived at eight, arrested two people, a spokesman said.";
        let full = Side::new(full_text, 0..full_text.len(), Lang::En);
        let bare_text = "The police who arrived at eight arrested two people a spokesman said.";
        let bare = Side::new(bare_text, 0..bare_text.len(), Lang::En);
        let (Some(a), Some(b)) = (shortfall_z(&src, &full), shortfall_z(&src, &bare)) else {
            panic!("both pairs have a model");
        };
        assert!(b < a - 0.9, "{a} {b}");
    }
}
