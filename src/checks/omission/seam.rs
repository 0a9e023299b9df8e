//! `omission/seam`: two pieces of a Japanese or Arabic translation that grammar never puts side
//! by side: a katakana word or a number followed by kana that no particle, ending or suffix
//! begins with ("プレシねられた", "1り、"), a verb ending after the particle の or を
//! ("別のるのだ"), する straight after an adjectival noun in 的 ("宗教的された"), the
//! conjunction ので straight after a katakana noun ("ボリビアので"), the same Arabic preposition twice, or a particle that only a verb follows
//! before a noun with the article ("من من", "قد الأمريكيين"). Such a seam is what is left where
//! a piece of the sentence was cut out. English and French seams are `omission/splice`.

use crate::text::kana::is_katakana;
use std::ops::Range;

use crate::analyse::Lang;
use crate::checks::{
    Check, Examples, Findings, Kind, MqmCategory, RuleMeta, Severity, UnitView, quote,
};

// Measured on qa-bench dev and on the 5,530 NTREX human translations (none of which it flags),
// and left out: which hiragana may follow each kanji word, learned from IPAdic's entries and
// parts of speech (17 human Japanese lines flagged for 1 more omission: nouns used as verbs
// without a particle, "さ" nominalising adjectival nouns, conjunctions straight after a noun);
// the particle "を" or a small kana opening a clause (nothing more caught); unpaired 「」 (15
// human lines quote across sentences); a space on one side only of a Latin-script word in
// Chinese (44 human lines). Chinese has no seam here: without a language model nearly every
// pair of characters can stand side by side.

/// Two neighbouring pieces of a Japanese or Arabic translation that cannot follow each other.
pub struct Seam;

static META: RuleMeta = RuleMeta {
    id: "omission/seam",
    kind: Kind::Omission,
    category: MqmCategory::AccuracyOmission,
    default_severity: Severity::Major,
    summary: "two pieces that cannot stand side by side: text between them is missing",
    explain: "What it catches: in a Japanese translation, a katakana word or a number followed \
by hiragana that no particle, verb ending or suffix starts with (\"プレシねられた\": a katakana \
word is followed by a particle such as の, は, を or by する, never by ね), the particle の or \
を followed by a verb ending (\"別のるのだ\"), する straight after an adjectival noun in 的 \
(\"宗教的された\" for \"宗教的にされた\"), or the conjunction ので straight after a katakana \
noun (\"ボリビアので\" for \"ボリビアなので\"); in an Arabic one, the \
same preposition twice (\"من من\"), or a particle that only a verb can follow (قد, لقد, سوف, \
لن, لم) before a noun with the article. These are the seams left where a piece of the \
sentence was cut out.\n\
Why it matters: the piece cut out is often a whole clause, and the rest of the sentence can \
still look complete at a glance.\n\
Example: \"Pelatih itu ditanya tentang jadwal pra musim tim.\" translated as \
\"監督はチームのプレシねられた。\": the end of \"プレシーズン\" and the words up to \"尋ねられた\" \
are gone.\n\
Known false alarms: katakana verbs of slang (\"バズる\"), which news rarely uses; a preposition \
written twice by a typo.",
    examples: Examples {
        flags: (
            "id",
            "Setelah latihan pagi, pelatih ditanya tentang jadwal pra musim tim itu.",
            "ja",
            "朝の練習の後、監督はチームのプレシねられた。",
        ),
        allows: (
            "id",
            "Setelah latihan pagi, pelatih ditanya tentang jadwal pra musim tim itu.",
            "ja",
            "朝の練習の後、監督はチームのプレシーズンの日程について尋ねられた。",
        ),
    },
};

/// The hiragana that may follow a katakana word: the first kana of the particles (の, は, が,
/// を, に, で, と, も, や, へ, か, まで, より, ほど, など, だけ, ばかり, ずつ, くらい, こそ,
/// および, あるいは), of the copula (だ, です, である), of する and its forms (し, す, さ, せ),
/// of the endings of adjectival nouns (な, に, だ) and of the suffixes (たち, ら, さん, ちゃん,
/// ごと, ぶり, っぽい, じゃ, みたい, きり, づくし, ども).
const AFTER_KATAKANA: &str =
    "あおかがきくぐこごさしじすずせただちっづでとどなにのはばぶへほまみもやよらを";
/// The hiragana that may follow a number: particles, counters written in kana (つ, か月),
/// ずつ, しか, くらい.
const AFTER_NUMBER: &str = "あおかくぐしずだつでとなにのはばへほまもやよを";
/// Kana that only ends a verb or stands inside a word, and so never starts the word after the
/// particle の or を ("別のるのだ").
const NOT_AFTER_PARTICLE: &str = "ぁぃぅぇぉっゃゅょるれろん";
/// Words in hiragana that start with one of those kana and may follow の ("人種のるつぼ").
const AFTER_PARTICLE_WORDS: &[&str] = &["るつぼ"];
/// Arabic prepositions that are never written twice in a row.
const AR_PREPOSITIONS: &[&str] = &["إلى", "حتى", "عن", "عند", "على", "في", "مع", "من", "منذ"];
/// Arabic particles that only a verb can follow.
const AR_BEFORE_VERB: &[&str] = &["سوف", "قد", "لقد", "لم", "لن"];

impl Check for Seam {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, unit: &UnitView<'_>, out: &mut Findings) {
        if !unit.is_paired() || unit.src.lang != Lang::Id {
            return;
        }
        let text = unit.hyp.text;
        let found = match unit.hyp.lang {
            Lang::Ja => japanese_seam(text),
            Lang::Ar => arabic_seam(text),
            _ => None,
        };
        let Some(span) = found else { return };
        out.flag(
            &META,
            format!(
                "{} cannot stand side by side: words between them seem to have been cut out of {}",
                quote(&text[span.clone()]),
                quote(text)
            ),
        )
        .hyp(span)
        .src(0..unit.src.text.len())
        .suggest("compare with the source and translate what is missing at this point");
    }
}

/// The byte offset where the run of hiragana starting at `chars[i]` ends.
fn hiragana_run_end(text: &str, chars: &[(usize, char)], i: usize) -> usize {
    chars[i..]
        .iter()
        .find(|(_, c)| !is_hiragana(*c))
        .map_or(text.len(), |(e, _)| *e)
}

fn is_hiragana(c: char) -> bool {
    ('\u{3041}'..='\u{309f}').contains(&c)
}

/// The first place in a Japanese `text` where a katakana word or a number is followed by
/// hiragana that cannot follow it: the byte range from the start of the word to the end of the
/// hiragana run.
pub(crate) fn japanese_seam(text: &str) -> Option<Range<usize>> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for i in 1..chars.len() {
        let (b, next) = chars[i];
        let prev = chars[i - 1].1;
        if !is_hiragana(next) {
            continue;
        }
        if let Some(span) = particle_seam(text, &chars, i).or_else(|| copula_seam(text, &chars, i))
        {
            return Some(span);
        }
        let allowed = if is_katakana(prev) {
            AFTER_KATAKANA
        } else if prev.is_ascii_digit() || ('０'..='９').contains(&prev) {
            AFTER_NUMBER
        } else {
            continue;
        };
        if allowed.contains(next) {
            continue;
        }
        let same_class = |c: char| {
            if is_katakana(prev) {
                is_katakana(c)
            } else {
                c.is_ascii_digit() || ('０'..='９').contains(&c)
            }
        };
        let start = chars[..i]
            .iter()
            .rev()
            .take_while(|(_, c)| same_class(*c))
            .last()
            .map_or(b, |(s, _)| *s);
        let end = hiragana_run_end(text, &chars, i);
        return Some(start..end);
    }
    None
}

/// A seam after the particle の or を at `chars[i - 1]`, written right after a kanji or katakana
/// word, when `chars[i]` can only end a verb or stand inside a word: the byte range from the
/// particle to the end of the hiragana run.
fn particle_seam(text: &str, chars: &[(usize, char)], i: usize) -> Option<Range<usize>> {
    let (particle_at, particle) = *chars.get(i.checked_sub(1)?)?;
    let before = chars.get(i.checked_sub(2)?)?.1;
    let (b, next) = chars[i];
    let is_word_end = is_katakana(before) || is_han(before);
    if !matches!(particle, 'の' | 'を') || !is_word_end || !NOT_AFTER_PARTICLE.contains(next) {
        return None;
    }
    if AFTER_PARTICLE_WORDS
        .iter()
        .any(|w| text[b..].starts_with(w))
    {
        return None;
    }
    let end = hiragana_run_end(text, chars, i);
    Some(particle_at..end)
}

/// Forms of する that an adjectival noun in 的 never takes straight after it (it needs に, な
/// or と first: "宗教的にされた"), and the forms of the copula that the conjunction ので may be
/// part of after a noun ("ボリビアのです", "のではない", "のでしょう", "のでも").
const AFTER_TEKI: &[&str] = &["し", "す", "され", "させ"];
const NODE_COPULA: &str = "すしはも";

/// A seam at `chars[i]` where a verb form follows a word that needs a particle first: する
/// straight after an adjectival noun in 的 ("宗教的された"), or the conjunction ので straight
/// after a katakana noun ("ボリビアので", for "ボリビアなので"). The byte range from the word's
/// last character to the end of the hiragana run.
fn copula_seam(text: &str, chars: &[(usize, char)], i: usize) -> Option<Range<usize>> {
    let (prev_at, prev) = *chars.get(i.checked_sub(1)?)?;
    let (b, _) = chars[i];
    let rest = &text[b..];
    let found = if prev == '的' {
        AFTER_TEKI.iter().any(|f| rest.starts_with(f))
    } else if is_katakana(prev) {
        rest.strip_prefix("ので")
            .is_some_and(|after| !after.starts_with(|c: char| NODE_COPULA.contains(c)))
    } else {
        false
    };
    if !found {
        return None;
    }
    let end = hiragana_run_end(text, chars, i);
    Some(prev_at..end)
}

fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c) || c == '々'
}

/// Arabic words (runs of Arabic letters) of `text`, as byte ranges.
fn arabic_words(text: &str) -> Vec<Range<usize>> {
    crate::text::runs(text, |c| {
        c.is_alphabetic() && ('\u{600}'..='\u{6ff}').contains(&c)
    })
}

/// The first two neighbouring Arabic words of `text`, with only a space between them, that are
/// the same preposition twice, or a particle that only a verb follows before a word with the
/// article: the byte range of both.
pub(crate) fn arabic_seam(text: &str) -> Option<Range<usize>> {
    arabic_words(text).windows(2).find_map(|pair| {
        let (a, b) = (&text[pair[0].clone()], &text[pair[1].clone()]);
        let spaced = text[pair[0].end..pair[1].start] == *" ";
        let seam = a == b && AR_PREPOSITIONS.contains(&a)
            || AR_BEFORE_VERB.contains(&a) && b.starts_with("ال");
        (spaced && seam).then(|| pair[0].start..pair[1].end)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::testing::{assert_clean, assert_flags};

    #[test]
    fn flags_katakana_word_cut_before_a_verb_ending() {
        assert_flags(
            &Seam,
            (
                "id",
                "Setelah latihan pagi, pelatih ditanya tentang jadwal pra musim tim itu.",
            ),
            ("ja", "朝の練習の後、監督はチームのプレシねられた。"),
            "omission/seam",
        );
        let text = "監督はチームのプレシねられた。";
        let span = japanese_seam(text).expect("a seam");
        assert_eq!(&text[span], "プレシねられた");
    }

    #[test]
    fn flags_number_before_a_verb_ending() {
        assert_flags(
            &Seam,
            (
                "id",
                "Tim tuan rumah unggul tiga poin dengan lima pertandingan tersisa.",
            ),
            ("ja", "地元チームは3り、優位に立っている。"),
            "omission/seam",
        );
    }

    #[test]
    fn flags_suru_after_teki_and_node_after_a_katakana_noun() {
        let seam = |text: &'static str| japanese_seam(text).map(|r| &text[r]);
        assert_eq!(
            seam("多くの英国の文化的、宗教的されたことに対するものだった。"),
            Some("的されたことに")
        );
        assert_eq!(
            seam("そしてボリビアのでそれは後退させてきたかもしれない。"),
            Some("アのでそれは")
        );
    }

    #[test]
    fn allows_teki_with_its_particle_and_node_after_na_or_as_a_copula() {
        for text in [
            "宗教的にされたことに対するものだった。",
            "直接的な影響は、経済的に大きい。",
            "ボリビアなので、それは後退した。",
            "これはボリビアのです。",
            "それはボリビアのではない。",
            "ボリビアのでしょう。",
        ] {
            assert_eq!(japanese_seam(text), None, "{text}");
        }
    }

    #[test]
    fn allows_particles_suru_and_counters() {
        for text in [
            "チームはプレシーズンの日程について尋ねられた。",
            "彼はゴールをキャッチした後、スピーチし、メンバーたちと話した。",
            "2人が3つの店を回り、10しかない席を1か月待った。",
            "シンプルなデザインで、ユニークに見える。",
        ] {
            assert_eq!(japanese_seam(text), None, "{text}");
        }
        assert_clean(
            &Seam,
            (
                "id",
                "Setelah latihan pagi, pelatih ditanya tentang jadwal pra musim tim itu.",
            ),
            (
                "ja",
                "朝の練習の後、監督はチームのプレシーズンの日程について尋ねられた。",
            ),
        );
    }

    #[test]
    fn flags_verb_ending_after_a_particle() {
        assert_flags(
            &Seam,
            (
                "id",
                "Menurut dia, warga kini memilih cara lain untuk bertemu dengan tetangga.",
            ),
            ("ja", "彼によると、住民は今、別のるのだという。"),
            "omission/seam",
        );
        let text = "住民は今、別のるのだという。";
        let span = japanese_seam(text).expect("a seam");
        assert_eq!(&text[span], "のるのだという");
    }

    #[test]
    fn allows_words_after_a_particle() {
        for text in [
            "この街は人種のるつぼと呼ばれ、多くの人がのんびり暮らしている。",
            "首相のうち一人が市場のことを語った。",
            "それを見た。",
        ] {
            assert_eq!(japanese_seam(text), None, "{text}");
        }
    }

    #[test]
    fn flags_arabic_preposition_twice() {
        assert_flags(
            &Seam,
            (
                "id",
                "Warga dari desa-desa di sekitar sungai telah pindah ke gedung sekolah.",
            ),
            ("ar", "انتقل السكان من من النهر إلى مبنى المدرسة."),
            "omission/seam",
        );
    }

    #[test]
    fn flags_arabic_verb_particle_before_a_noun() {
        let text = "وقال إن الحكومة قد الشركات الكبرى.";
        let span = arabic_seam(text).expect("a seam");
        assert_eq!(&text[span], "قد الشركات");
    }

    #[test]
    fn allows_arabic_acronyms_and_verbs_after_particles() {
        for text in [
            "قالت شبكة سي إن إن إن الحكومة قد انتقلت من المدينة.",
            "لم يتمكن السكان من الوصول إلى المدرسة في الوقت المحدد.",
        ] {
            assert_eq!(arabic_seam(text), None, "{text}");
        }
    }
}
