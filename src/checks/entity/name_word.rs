//! `entity/name-as-word`: a person's name of the source that the translation renders by the
//! meaning of the word it also is. Many Indonesian given names are ordinary words ("Dewi"
//! goddess, "Fajar" dawn, "Intan" diamond, "Bintang" star), and machine translation reads them
//! as words: "kata Fajar" -> "Dawn said".
//!
//! A capitalised source word is taken for a person's name only from its context: a form of
//! address or a rank before it ("Bu Dewi", "AKBP Fajar"), a role in lowercase ("tersangka
//! Intan"), a verb of saying around it where it ends the name ("kata Fajar", "Fajar
//! mengatakan"), an age after it ("Dewi (35)"); never inside a place's or an organisation's
//! name ("Masjid Raya", "Partai Bulan Bintang") or after an office ("Menteri Pendidikan"),
//! whose words a translation may rightly translate. A surname beside it was tried as context
//! and dropped: beside foreign names it took institutions for people ("Virginia Barat",
//! "Komite Olimpiade"; 170 flags on the dev benches' human translations).
//! The translation is at fault when the name is not there as written and a translation of the
//! word, from the general dictionary, is, with no other word of the source that it could
//! translate.

use std::ops::Range;

use super::super::{
    Check, Examples, Findings, Kind, MqmCategory, RuleMeta, Severity, UnitView, quote,
};
use super::name_altered::has_word;
use crate::analyse::Lang;
use crate::analyse::coverage::Rendering;
use crate::analyse::entities::{is_capitalised, words};
use crate::analyse::tokens::is_cjk_char;
use crate::lexicon::common;
use crate::lexicon::dictionary;
use crate::lexicon::exonyms::{fold, is_organisation_word};
use crate::lexicon::function_words::is_function_word;

/// A person's name translated as a word.
pub struct NameAsWord;

static META: RuleMeta = RuleMeta {
    id: "entity/name-as-word",
    kind: Kind::Entity,
    category: MqmCategory::AccuracyMistranslation,
    default_severity: Severity::Major,
    summary: "a person's name from the source is translated by the meaning of the word it also is",
    explain: "What it catches: an Indonesian given name that is also an ordinary word (\"Dewi\" \
goddess, \"Fajar\" dawn, \"Intan\" diamond, \"Bintang\" star) rendered by that word's meaning, \
so that \"kata Fajar\" becomes \"Dawn said\". The source word is taken for a person's \
name only from its context: a form of address or a rank before it (\"Bu\", \"Pak\", \"AKBP\"), \
a role written in lowercase (\"tersangka\"), a verb of saying around it where it ends the name \
(\"kata Fajar\", \"Fajar mengatakan\"), or an age in brackets after it (\"Dewi (35)\"); never \
inside the name of a place or an organisation, never after an office (\"Menteri Pendidikan\" is \
a portfolio). The translation is at fault when the name is not in it as written and a \
translation of the word from the general dictionary is, which no other source word explains.\n\
Why it matters: the person disappears from the story and a word appears in their place; \
readers cannot tell who spoke.\n\
Example: \"kata Fajar\" in the source appears as \"Dawn said\"; \"Bu Dewi\" as \"Mrs \
Goddess\".\n\
Known limits: Arabic translations are not read: Arabic writes an Indonesian name of Arabic \
origin (Fajar, Rahmat) with the very word the dictionary gives for it (فجر, رحمة), so a name \
written there looks like a name translated; a name rendered by a meaning the dictionary does \
not list goes unseen. Known false alarms: a nickname or title the translation rightly \
translates. Severity: major on the structure of the evidence (a form of address, a rank, a \
role or a verb of saying names the person; the name is gone; its dictionary meaning stands \
there, explained by no other source word). It raised no flag on the 1,303 clean sentence \
pairs, the 135 professionally translated articles and the rated MT of the check benches \
(2026-12-07), which hold no Indonesian names translated as words, so its precision on real \
errors is not yet measured.",
    examples: Examples {
        flags: (
            "id",
            "\"Kami akan membangun jembatan baru tahun depan,\" kata Fajar di Bandung.",
            "en",
            "\"We will build a new bridge next year,\" Dawn said in Bandung.",
        ),
        allows: (
            "id",
            "\"Kami akan membangun jembatan baru tahun depan,\" kata Fajar di Bandung.",
            "en",
            "\"We will build a new bridge next year,\" Fajar said in Bandung.",
        ),
    },
};

/// Forms of address and ranks that stand only before a person's name in Indonesian news ("Bu
/// Dewi", "AKBP Fajar", "dr. Intan"). Offices ("Menteri", "Ketua", "Kepala") are not among
/// them: a capitalised word after an office is its portfolio ("Menteri Pendidikan", "Menteri
/// Koordinator"), which a translation translates. Hand-written for mtcheck.
pub(crate) const ADDRESS_BEFORE: &[&str] = &[
    "aipda", "aiptu", "akbp", "akp", "bang", "bapak", "bripda", "bripka", "briptu", "brigjen",
    "bu", "dr", "gus", "habib", "haji", "hj", "ibu", "ipda", "iptu", "irjen", "kak", "kiai",
    "kombes", "komjen", "kompol", "kyai", "letkol", "mas", "mbak", "nona", "nyonya", "pak", "prof",
    "sdr", "sdri", "ustad", "ustadz", "ustaz",
];

/// Roles that stand before a person's name when written in lowercase ("tersangka Intan",
/// "warga setempat Bintang"); capitalised, they begin a title or a name themselves.
const ROLE_BEFORE: &[&str] = &[
    "adik",
    "aktor",
    "aktris",
    "anak",
    "artis",
    "atlet",
    "istri",
    "kakak",
    "kakek",
    "korban",
    "nenek",
    "pelaku",
    "pelatih",
    "pemain",
    "penyanyi",
    "politikus",
    "politisi",
    "saksi",
    "suami",
    "terdakwa",
    "tersangka",
    "warga",
];

/// Verbs of saying that stand right before the speaker ("kata Fajar", "ujar Dewi").
const SAID_BEFORE: &[&str] = &[
    "imbuh", "jelas", "kata", "lanjut", "papar", "pungkas", "sebut", "tambah", "tegas", "terang",
    "tutur", "ucap", "ujar", "ungkap",
];

/// Verbs of saying that follow the speaker ("Fajar mengatakan").
const SAID_AFTER: &[&str] = &[
    "berkata",
    "mengaku",
    "mengatakan",
    "menegaskan",
    "mengungkapkan",
    "menjelaskan",
    "menuturkan",
    "menyatakan",
    "menyebut",
    "menyebutkan",
    "menambahkan",
    "membantah",
];

/// Head words of the names of places, buildings and organisations: a word after them is part
/// of that name ("Masjid Raya", "Pasar Baru", "Kebun Raya Bogor").
const PLACE_HEADS: &[&str] = &[
    "apartemen",
    "bandara",
    "bank",
    "bukit",
    "candi",
    "danau",
    "desa",
    "festival",
    "gedung",
    "gereja",
    "grup",
    "gunung",
    "harian",
    "hotel",
    "istana",
    "jalan",
    "jembatan",
    "jl",
    "kabinet",
    "kabupaten",
    "kampung",
    "kantor",
    "kapal",
    "kebun",
    "kecamatan",
    "kelurahan",
    "komplek",
    "kompleks",
    "kota",
    "lapangan",
    "liga",
    "majalah",
    "mal",
    "masjid",
    "menara",
    "monumen",
    "museum",
    "operasi",
    "partai",
    "pantai",
    "pasar",
    "pelabuhan",
    "perumahan",
    "pesantren",
    "piala",
    "plaza",
    "provinsi",
    "pulau",
    "pura",
    "rs",
    "rsud",
    "rumah",
    "selat",
    "sekolah",
    "serikat",
    "stadion",
    "stasiun",
    "sungai",
    "taman",
    "tanjung",
    "teluk",
    "terminal",
    "tim",
    "tol",
    "tugu",
    "universitas",
    "yayasan",
];

/// Words Indonesian capitalises by convention, that stand for a body of people rather than a
/// person ("kata Polisi"), or that make an epithet with a form of address ("Ibu Negara", the
/// First Lady): capitalised, they are still no names.
pub(crate) const NOT_NAMES: &[&str] = &[
    // epithets after "Bapak" and "Ibu": "Bapak Bangsa", "Ibu Negara", "Ibu Pertiwi"
    "bangsa",
    "negara",
    "pertiwi",
    "jumat",
    "kamis",
    "kepolisian",
    "kejaksaan",
    "kementerian",
    "militer",
    "minggu",
    "pemerintah",
    "pemkot",
    "pemprov",
    "pengadilan",
    "polisi",
    "rabu",
    "sabtu",
    "selasa",
    "senin",
    "sumber",
    "tentara",
];

/// Whether the dictionary itself reads the word as a name: its English translation is the word
/// ("adam", "phoenix"), so a rendering of it is the name carried over.
fn is_name_in_dictionary(lower: &str) -> bool {
    dictionary::translations(lower, Lang::En)
        .iter()
        .any(|t| t.starts_with(lower) || lower.starts_with(*t))
}

/// Whether the word at `start` opens a sentence or a quotation of `text` (where every word is
/// capitalised).
fn opens_sentence(text: &str, start: usize) -> bool {
    text[..start]
        .trim_end()
        .chars()
        .next_back()
        .is_none_or(|c| {
            matches!(
                c,
                '.' | '!' | '?' | ':' | ';' | '"' | '“' | '\'' | '‘' | '(' | '-' | '–' | '—'
            )
        })
}

/// Whether a place of a Japanese translation is written in katakana only: how Japanese writes
/// a foreign name, so a transliteration rather than a meaning.
fn is_katakana(hyp: &str, place: &Range<usize>) -> bool {
    hyp[place.clone()]
        .chars()
        .all(|c| matches!(c, '\u{30a0}'..='\u{30ff}'))
}

/// Whether only spaces separate two spans of `text`.
fn joined(text: &str, a: &Range<usize>, b: &Range<usize>) -> bool {
    a.end <= b.start && text[a.end..b.start].chars().all(|c| c == ' ')
}

/// Whether the lowercase Indonesian word heads or marks the name of a place, a building or an
/// organisation ("Masjid", "Partai", "Universitas"): a run of capitalised words holding it is
/// no person's name, and its other words may rightly be translated.
pub(crate) fn is_place_or_body_word(lower: &str) -> bool {
    PLACE_HEADS.contains(&lower) || is_organisation_word(Lang::Id, &fold(lower))
}

/// Whether the capitalised word `ws[i]` of the Indonesian `text` reads as a person's name.
fn is_person(
    text: &str,
    ws: &[Range<usize>],
    i: usize,
    in_place: &dyn Fn(&Range<usize>) -> bool,
) -> bool {
    let lower = |r: &Range<usize>| text[r.clone()].trim_end_matches('.').to_lowercase();
    // the run of capitalised words the word stands in must not be a place's name
    let mut first = i;
    while first > 0
        && joined(text, &ws[first - 1], &ws[first])
        && is_capitalised(&text[ws[first - 1].clone()])
    {
        first -= 1;
    }
    if (first..=i).any(|j| is_place_or_body_word(&lower(&ws[j])) || in_place(&ws[j])) {
        return false;
    }
    let prev = i.checked_sub(1).map(|p| &ws[p]);
    let next = ws.get(i + 1);
    let w = &ws[i];
    // a title or a role before it (a title's own period is fine: "dr. Intan")
    if let Some(p) = prev
        && text[p.end..w.start]
            .trim_start_matches('.')
            .chars()
            .all(|c| c == ' ')
        && (ADDRESS_BEFORE.contains(&lower(p).as_str()) || ROLE_BEFORE.contains(&&text[p.clone()]))
    {
        return true;
    }
    // after a verb of saying, a capitalised word that another follows begins a title ("kata
    // Anggota Komisi III", "ujar Koordinator Lapangan"), not a name
    let ends_run = !next.is_some_and(|n| joined(text, w, n) && is_capitalised(&text[n.clone()]));
    if let Some(p) = prev
        && joined(text, p, w)
        && ends_run
        && SAID_BEFORE.contains(&lower(p).as_str())
    {
        return true;
    }
    if let Some(n) = next
        && joined(text, w, n)
        && SAID_AFTER.contains(&lower(n).as_str())
    {
        return true;
    }
    // an age: "Dewi (35)"
    let after = text[w.end..].trim_start_matches(' ');
    if let Some(rest) = after.strip_prefix('(') {
        let digits = rest.chars().take_while(char::is_ascii_digit).count();
        if (1..=3).contains(&digits) && rest[digits..].starts_with(')') {
            return true;
        }
    }
    false
}

/// Whether a place of a Chinese or Japanese translation is long enough to be a word rather than
/// a character of some other word (日 "sun" in 日本).
fn is_distinct(hyp: &str, place: &Range<usize>) -> bool {
    let s = &hyp[place.clone()];
    !s.chars().any(is_cjk_char) || s.chars().count() >= 2
}

impl Check for NameAsWord {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, unit: &UnitView<'_>, out: &mut Findings) {
        if unit.src.lang != Lang::Id
            || !unit.is_paired()
            || !matches!(unit.hyp.lang, Lang::En | Lang::Fr | Lang::Zh | Lang::Ja)
        {
            return;
        }
        let text = unit.src.text;
        let ws = words(text);
        let places = super::place_spans(&unit.src);
        let in_place = |r: &Range<usize>| places.iter().any(|p| p.start < r.end && r.start < p.end);
        // folded and covered only once a word of the source passes as a name (most units
        // have none)
        let mut hyp_folded: Option<String> = None;
        let mut flagged: Vec<String> = Vec::new();
        for (i, w) in ws.iter().enumerate() {
            let word = &text[w.clone()];
            let lower = word.to_lowercase();
            if !is_capitalised(word)
                || lower.chars().count() < 3
                || !word.chars().all(char::is_alphabetic)
                || dictionary::translations(&lower, unit.hyp.lang).is_empty()
                || is_function_word(Lang::Id, &lower)
                || common::is_title(Lang::Id, &lower)
                || ADDRESS_BEFORE.contains(&lower.as_str())
                || ROLE_BEFORE.contains(&lower.as_str())
                || NOT_NAMES.contains(&lower.as_str())
                || is_name_in_dictionary(&lower)
                || opens_sentence(text, w.start)
                || in_place(w)
                || flagged.contains(&lower)
                || !is_person(text, &ws, i, &in_place)
            {
                continue;
            }
            // the name kept as written (in a Latin-script translation) is what we want
            let folded = hyp_folded.get_or_insert_with(|| fold(unit.hyp.text));
            if has_word(folded, &fold(word)) {
                continue;
            }
            // the source also uses the word as a word: its translation is no evidence
            if ws.iter().any(|o| {
                o != w
                    && !is_capitalised(&text[o.clone()])
                    && text[o.clone()].to_lowercase() == lower
            }) {
                continue;
            }
            let coverage = unit.coverage();
            let Some(link) = coverage.words.iter().find(|l| l.span == *w) else {
                continue;
            };
            let Rendering::Translated(found) = &link.rendering else {
                continue;
            };
            // a place no other source word's translation explains
            let explained = |r: &Range<usize>| {
                coverage.words.iter().any(|o| {
                    o.lower != lower
                        && match &o.rendering {
                            Rendering::Kept(p) => {
                                p.iter().any(|q| q.start < r.end && r.start < q.end)
                            }
                            Rendering::Translated(p) => p
                                .dictionary
                                .iter()
                                .chain(&p.lexicon)
                                .any(|q| q.start < r.end && r.start < q.end),
                            Rendering::Missing | Rendering::Unknown => false,
                        }
                })
            };
            let Some(place) = found.dictionary.iter().find(|r| {
                is_distinct(unit.hyp.text, r) && !is_katakana(unit.hyp.text, r) && !explained(r)
            }) else {
                continue;
            };
            flagged.push(lower);
            out.flag(
                &META,
                format!(
                    "{}, a person's name in the source, is translated as the word {}",
                    quote(word),
                    quote(&unit.hyp.text[place.clone()])
                ),
            )
            .src(w.clone())
            .hyp(place.clone())
            .suggest(word.to_string());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::testing::{assert_clean, assert_flags, assert_suggestion};

    #[test]
    fn flags_a_speaker_named_by_a_word() {
        assert_suggestion(
            &NameAsWord,
            (
                "id",
                "\"Kami akan membangun jembatan baru tahun depan,\" kata Fajar di Bandung.",
            ),
            (
                "en",
                "\"We will build a new bridge next year,\" Dawn said in Bandung.",
            ),
            "entity/name-as-word",
            "Fajar",
        );
    }

    #[test]
    fn flags_a_name_after_a_form_of_address_in_every_script() {
        let src = (
            "id",
            "Sekolah itu dipimpin oleh Bu Dewi selama sepuluh tahun.",
        );
        for hyp in [
            ("en", "The school was led by Mrs Goddess for ten years."),
            (
                "fr",
                "L'école a été dirigée par Mme Déesse pendant dix ans.",
            ),
            ("zh", "这所学校由女神女士领导了十年。"),
        ] {
            assert_flags(&NameAsWord, src, hyp, "entity/name-as-word");
        }
    }

    #[test]
    fn flags_a_name_after_a_title_or_before_an_age() {
        assert_flags(
            &NameAsWord,
            (
                "id",
                "Polisi menangkap tersangka Intan di rumahnya pada Senin malam.",
            ),
            (
                "en",
                "Police arrested the suspect Diamond at his home on Monday night.",
            ),
            "entity/name-as-word",
        );
        assert_flags(
            &NameAsWord,
            (
                "id",
                "Warga setempat, Bintang (34), melihat api dari jendela.",
            ),
            (
                "en",
                "A local resident, Star (34), saw the fire from the window.",
            ),
            "entity/name-as-word",
        );
    }

    #[test]
    fn allows_the_name_kept_or_transliterated() {
        let src = (
            "id",
            "Sekolah itu dipimpin oleh Bu Dewi selama sepuluh tahun.",
        );
        assert_clean(
            &NameAsWord,
            src,
            ("en", "The school was led by Mrs Dewi for ten years."),
        );
        assert_clean(&NameAsWord, src, ("zh", "这所学校由德维女士领导了十年。"));
    }

    #[test]
    fn allows_words_of_place_and_organisation_names() {
        // a place's or a party's name may be translated
        assert_clean(
            &NameAsWord,
            (
                "id",
                "Ribuan orang salat di Masjid Raya Baiturrahman pada hari Jumat.",
            ),
            (
                "en",
                "Thousands prayed at the Baiturrahman Grand Mosque on Friday.",
            ),
        );
        assert_clean(
            &NameAsWord,
            ("id", "Partai Bulan Bintang mengatakan akan ikut pemilu."),
            (
                "en",
                "The Crescent Star Party said it would run in the election.",
            ),
        );
    }

    #[test]
    fn allows_an_offices_portfolio() {
        // the word after an office is its portfolio, not a name
        assert_clean(
            &NameAsWord,
            (
                "id",
                "Menteri Pendidikan Nadiem Makarim mengatakan sekolah akan dibuka.",
            ),
            (
                "en",
                "Education Minister Nadiem Makarim said schools would reopen.",
            ),
        );
    }

    #[test]
    fn allows_a_title_after_a_verb_of_saying_and_an_epithet() {
        assert_clean(
            &NameAsWord,
            (
                "id",
                "Anggaran itu sudah cukup, kata Koordinator Lapangan Budi Santoso.",
            ),
            (
                "en",
                "The budget is enough, said Field Coordinator Budi Santoso.",
            ),
        );
        assert_clean(
            &NameAsWord,
            ("id", "Acara itu dihadiri Ibu Negara dan para menteri."),
            (
                "en",
                "The event was attended by the First Lady and the ministers of the state.",
            ),
        );
    }

    #[test]
    fn allows_a_capitalised_word_that_is_no_name() {
        // no person's context: a word capitalised at the start of a sentence
        assert_clean(
            &NameAsWord,
            ("id", "Bintang itu terlihat jelas dari puncak gunung."),
            (
                "en",
                "The star was clearly visible from the top of the mountain.",
            ),
        );
    }

    #[test]
    fn allows_a_name_the_source_also_uses_as_a_word() {
        // "bintang" is also a word of the source: "star" may translate it, not the name
        assert_clean(
            &NameAsWord,
            (
                "id",
                "Menurut Pak Bintang, anaknya ingin menjadi bintang film.",
            ),
            (
                "en",
                "According to Mr Star, his son wants to be a film star.",
            ),
        );
    }
}
