//! `entity/added`: a country in the translation that the source does not name at all ("negara
//! ini", this country, rendered as "Brazil"), or a foreign party standing for an acronym of the
//! source ("DPR" as 民进党).

use super::super::{
    Check, DocView, Examples, Findings, Kind, MqmCategory, RuleMeta, Severity, UnitView, quote,
};
use super::{added_places, names_a_currency, names_agree, slice};
use crate::analyse::Lang;
use crate::analyse::entities::Entity;
use crate::lexicon::exonyms;

/// A country named in the translation only.
pub struct Added;

static META: RuleMeta = RuleMeta {
    id: "entity/added",
    kind: Kind::Entity,
    category: MqmCategory::AccuracyMistranslation,
    default_severity: Severity::Minor,
    summary: "the translation names a country, or a foreign party, that the source does not",
    explain: "What it catches: a country named in the translation (by name, short form or \
adjective) that the source names in no form, while the rest of the sentence matches. Names are \
compared across languages with a gazetteer built from Unicode CLDR.\n\
Why it matters: an invented country puts the story somewhere else; \"this country\" turned \
into \"Brazil\" is a factual error readers cannot detect.\n\
Example: \"Harga pangan di negara ini naik\" (food prices in this country rose) translated \
as \"Food prices in Brazil rose\".\n\
Known false alarms: a translation that rightly makes explicit a country the source only \
implies (\"Kim\" -> \"North Korea's Kim\"), or a country the source names in a way the \
gazetteer does not know (Indonesia itself, made explicit in the translation of an Indonesian \
article for readers abroad, is never reported). Translators do this often, so the rule reports at minor severity: \
worth a look, not a verdict. It reports major when the source places the sentence in another \
country by a city, a state or a time zone of it (\"Arizona\", \"Virginia Barat\", \"pukul 7 \
malam ET\") that the translation does not place there; a country that is the one of such a \
place is no addition at all. Also major: the added country stands in the name of a party (party, \
parti, 党, حزب) where an Indonesian source names no party and the translation does not keep an \
acronym of the source (three capitals or more): a machine that did not know \"KPK\" wrote \
\"the Korean Communist Party\". A translator who writes an institution out adds neither a party \
nor a country. Major too: the translation names a foreign party that news knows by an acronym \
one letter away from an acronym of the source that the translation does not keep (\"DPR\", the \
Indonesian House, as 民进党, Taiwan's DPP). Once an article has such a misreading, every other unit where that acronym of the \
source became a bare party word (\"the party said\") is major too.",
    examples: Examples {
        flags: (
            "id",
            "Lebih dari 800 orang tertular di negara ini tahun lalu.",
            "en",
            "More than 800 people were infected in Brazil last year.",
        ),
        allows: (
            "id",
            "Lebih dari 800 orang tertular di Brasil tahun lalu.",
            "en",
            "More than 800 people were infected in Brazil last year.",
        ),
    },
};

impl Check for Added {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    /// The article's other renderings of an acronym misread as a party: once "KPK" was
    /// written "the Korean Communist Party", "the party" where the source says "KPK" is the same
    /// misreading.
    fn check_document(&self, doc: &DocView<'_>, out: &mut Findings) {
        let with_party: Vec<&UnitView<'_>> = doc
            .units
            .iter()
            .filter(|u| u.is_paired() && u.src.lang == Lang::Id && !party_words(u).is_empty())
            .collect();
        let mut misread: Vec<(usize, &str)> = Vec::new();
        for unit in &with_party {
            if !names_agree(unit) {
                continue;
            }
            for place in added_places(unit) {
                if let Some(acronym) = misread_as_a_party(unit, place) {
                    misread.push((unit.index, acronym));
                }
            }
        }
        if misread.is_empty() {
            return;
        }
        for unit in with_party {
            if misread.iter().any(|(i, _)| *i == unit.index) {
                continue;
            }
            let Some((first, acronym)) = misread
                .iter()
                .find(|(_, a)| has_acronym(unit.src.text, a) && !unit.hyp.text.contains(a))
            else {
                continue;
            };
            if names_a_party(unit.src.text) {
                continue;
            }
            let party = party_words(unit)[0].clone();
            out.flag_in(
                unit.index,
                &META,
                format!(
                    "the source's {} appears as {} (a party), as in unit {} of this article, \
                     where it was read as a foreign party: the source names no party",
                    quote(acronym),
                    quote(&unit.hyp.text[party.clone()]),
                    first + 1
                ),
            )
            .hyp(party)
            .severity(Severity::Major)
            .suggest(format!(
                "keep {acronym} or write out the institution it names"
            ));
        }
    }

    fn check(&self, unit: &UnitView<'_>, out: &mut Findings) {
        if let Some((span, acronym)) = foreign_party(unit).filter(|_| names_agree(unit)) {
            out.flag(
                &META,
                format!(
                    "the translation names {}, a party the source does not have: the source's {} \
                     seems to have been read as that party",
                    quote(&unit.hyp.text[span.clone()]),
                    quote(acronym)
                ),
            )
            .hyp(span)
            .severity(Severity::Major)
            .suggest(format!(
                "keep {acronym} or write out the institution it names"
            ));
        }
        let added = added_places(unit);
        if added.is_empty() || !names_agree(unit) {
            return;
        }
        let places = places_within(unit);
        let located = located_in(unit, &places);
        for place in added {
            let Some(concept) = place.concepts().first().copied() else {
                continue;
            };
            // the country of a city or state the source names, made explicit ("Arizona" as
            // "美国亚利桑那州"), is no addition; nor is Indonesia itself in the translation of
            // an Indonesian article, written for readers abroad ("PSSI" as "the Indonesian
            // Football Association")
            if !concept.starts_with("country:")
                || concept == "country:ID" && unit.src.lang == Lang::Id
                || places.iter().any(|(_, c)| *c == concept)
                || place.is_foreign()
                || names_a_currency(unit.hyp.text, &place.span)
            {
                continue;
            }
            let hyp_text = slice(unit.hyp.text, &place.span);
            let name = exonyms::english_name(concept);
            let mut message = format!(
                "the translation names {} ({name}), which the source does not mention",
                quote(&hyp_text)
            );
            // the source puts the story in another country, by a city or state of it that the
            // translation does not place there ("Arizona" rendered with "Iran")
            let elsewhere = located.iter().find(|(_, c)| *c != concept);
            if let Some((where_, country)) = elsewhere {
                message.push_str(&format!(
                    ": the source's {} is in {}",
                    quote(where_),
                    exonyms::english_name(country)
                ));
            }
            // or the country stands in the name of a party the source does not have
            let misread = if elsewhere.is_none() {
                misread_as_a_party(unit, place)
            } else {
                None
            };
            if let Some(acronym) = misread {
                message.push_str(&format!(
                    " in the name of a party the source does not have: the source's {} seems to \
                     have been read as that party",
                    quote(acronym)
                ));
            }
            let finding = out
                .flag(&META, message)
                .hyp(place.span.clone())
                .suggest(match misread {
                    Some(acronym) => {
                        format!("keep {acronym} or write out the institution it names")
                    }
                    None => format!("check whether {name} belongs here"),
                });
            if elsewhere.is_some() || misread.is_some() {
                finding.severity(Severity::Major);
            }
        }
    }
}

/// Words for a political party, per translation language; `PARTY_SOURCE` in Indonesian.
const PARTY: &[(Lang, &[&str])] = &[
    (Lang::En, &["party"]),
    (Lang::Fr, &["parti"]),
    (Lang::Zh, &["党"]),
    (Lang::Ja, &["党"]),
    (Lang::Ar, &["حزب"]),
];
const PARTY_SOURCE: &[&str] = &["partai", "parpol"];

/// How far (in bytes) from the added country a party word may stand and still be in the same
/// name ("Parti communiste coréen", "الحزب الشيوعي الكوري", "朝鲜劳动党").
const PARTY_REACH: usize = 40;

/// The source's acronym that an added country of the translation (`place`, one the checks
/// above would report) shows read as a foreign party ("KPK" as "الحزب الشيوعي الكوري", the
/// Korean Communist Party), if any. Indonesia itself is left out: a translator writing out a
/// party of an Indonesian article names it ("PDIP" as "the Indonesian Democratic Party of
/// Struggle"). One test for `check` and `check_document`.
fn misread_as_a_party<'s>(unit: &UnitView<'s>, place: &Entity) -> Option<&'s str> {
    let concept = place.concepts().first()?;
    if !concept.starts_with("country:")
        || *concept == "country:ID"
        || place.is_foreign()
        || names_a_currency(unit.hyp.text, &place.span)
    {
        return None;
    }
    misread_acronym(unit, &place.span)
}

/// An Indonesian source's acronym (3 to 6 capitals: "KPK", "DPR"; two capitals are as often
/// a title, a time or initials: "AM", "PM") that the translation does not keep, when the
/// translation names a party near the country at `span` and the source names no party at all: an acronym the machine did not know, expanded as a foreign party's. Translators
/// who write out an institution ("the Corruption Eradication Commission") add no party and no
/// country.
fn misread_acronym<'s>(unit: &UnitView<'s>, span: &std::ops::Range<usize>) -> Option<&'s str> {
    let near = |at: &std::ops::Range<usize>| {
        at.start + PARTY_REACH >= span.start && at.start <= span.end + PARTY_REACH
    };
    if !party_words(unit).iter().any(near) {
        return None;
    }
    unkept_acronym(unit)
}

/// The first acronym of an Indonesian source that names no party which the translation does not
/// keep.
fn unkept_acronym<'s>(unit: &UnitView<'s>) -> Option<&'s str> {
    unkept_acronyms(unit).next()
}

/// The acronyms of an Indonesian source that names no party which the translation does not keep,
/// in source order.
fn unkept_acronyms<'s, 'u>(unit: &'u UnitView<'s>) -> impl Iterator<Item = &'s str> + 'u {
    let reads = unit.src.lang == Lang::Id && !names_a_party(unit.src.text);
    unit.src
        .text
        .split(|c: char| !c.is_alphanumeric())
        .filter(move |w| reads && is_acronym(w) && !unit.hyp.text.contains(w))
}

/// Whether Indonesian `text` names a party ("partai", "parpol").
fn names_a_party(text: &str) -> bool {
    let lower = text.to_lowercase();
    PARTY_SOURCE.iter().any(|w| lower.contains(w))
}

/// The byte spans of the translation's words for a party (`PARTY`).
fn party_words(unit: &UnitView<'_>) -> Vec<std::ops::Range<usize>> {
    let words = PARTY
        .iter()
        .find(|(l, _)| *l == unit.hyp.lang)
        .map_or(&[][..], |(_, w)| *w);
    let hyp = unit.hyp.text.as_bytes();
    // compared byte by byte, ASCII letters in either case (every unit of an Indonesian source
    // is asked, so no lowercase copy of its text is made)
    words
        .iter()
        .flat_map(|w| {
            let w = w.as_bytes();
            hyp.windows(w.len())
                .enumerate()
                .filter(move |(_, b)| b.eq_ignore_ascii_case(w))
                .map(move |(at, _)| at..at + w.len())
        })
        .collect()
}

/// A party's acronyms, and its names in each translation language.
type Party = (
    &'static [&'static str],
    &'static [(Lang, &'static [&'static str])],
);

/// Parties of other countries that news names by an acronym, as the translation languages
/// write them: a translation that names one of them where the source has an acronym one letter
/// away from the party's own, which it does not keep, has read that acronym as the party ("DPR",
/// the Indonesian House, as 民进党, the DPP of Taiwan). Machine translation maps an acronym it
/// does not know to a known one that looks alike; a translator who writes an institution out
/// names no foreign party. Forms from each party's Wikipedia article in the language (2026).
const FOREIGN_PARTIES: &[Party] = &[
    (
        &["DPP"],
        &[
            (Lang::En, &["Democratic Progressive Party"]),
            (Lang::Fr, &["Parti démocrate progressiste"]),
            (Lang::Zh, &["民进党", "民主进步党"]),
            (Lang::Ja, &["民進党", "民主進歩党"]),
            (Lang::Ar, &["الحزب الديمقراطي التقدمي"]),
        ],
    ),
    (
        &["KMT"],
        &[
            (Lang::En, &["Kuomintang", "Nationalist Party"]),
            (Lang::Fr, &["Kuomintang"]),
            (Lang::Zh, &["国民党"]),
            (Lang::Ja, &["国民党"]),
            (Lang::Ar, &["الكومينتانغ"]),
        ],
    ),
    (
        &["CPC", "CCP", "JCP", "PCF", "KPD"],
        &[
            (Lang::En, &["Communist Party"]),
            (Lang::Fr, &["Parti communiste"]),
            (Lang::Zh, &["共产党"]),
            (Lang::Ja, &["共産党"]),
            (Lang::Ar, &["الحزب الشيوعي"]),
        ],
    ),
    (
        &["GOP"],
        &[
            (Lang::En, &["Republican Party"]),
            (Lang::Fr, &["Parti républicain"]),
            (Lang::Zh, &["共和党"]),
            (Lang::Ja, &["共和党"]),
            (Lang::Ar, &["الحزب الجمهوري"]),
        ],
    ),
    (
        &["LDP"],
        &[
            (Lang::En, &["Liberal Democratic Party"]),
            (Lang::Fr, &["Parti libéral-démocrate"]),
            (Lang::Zh, &["自民党", "自由民主党"]),
            (Lang::Ja, &["自民党", "自由民主党"]),
            (Lang::Ar, &["الحزب الليبرالي الديمقراطي"]),
        ],
    ),
];

/// A party of `FOREIGN_PARTIES` that the translation names where the source has an acronym one
/// letter away from the party's, not kept (`unkept_acronyms`): its byte span in the translation
/// and the source's acronym.
fn foreign_party<'s>(unit: &UnitView<'s>) -> Option<(std::ops::Range<usize>, &'s str)> {
    let hyp = unit.hyp.text;
    unkept_acronyms(unit).find_map(|acronym| {
        FOREIGN_PARTIES.iter().find_map(|(acronyms, forms)| {
            if !acronyms.iter().any(|a| one_letter_apart(a, acronym)) {
                return None;
            }
            let (_, forms) = forms.iter().find(|(l, _)| *l == unit.hyp.lang)?;
            let (at, form) = forms.iter().find_map(|f| hyp.match_indices(f).next())?;
            Some((at..at + form.len(), acronym))
        })
    })
}

/// Whether two acronyms of the same length differ in exactly one letter ("DPR", "DPP").
fn one_letter_apart(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).filter(|(x, y)| x != y).count() == 1
}

/// An acronym as `misread_acronym` takes it: 3 to 6 capitals.
fn is_acronym(word: &str) -> bool {
    (3..=6).contains(&word.len()) && word.chars().all(|c| c.is_ascii_uppercase())
}

/// Whether `text` holds `acronym` as a word of its own.
fn has_acronym(text: &str, acronym: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric())
        .any(|w| w == acronym)
}

/// The cities, states and time zones ("pukul 7 malam ET") the source names, with the country
/// each is in.
fn places_within(unit: &UnitView<'_>) -> Vec<(String, &'static str)> {
    let mut out: Vec<(String, &'static str)> = unit
        .src
        .entities()
        .iter()
        .filter(|e| e.concepts().first().is_some_and(|c| c.starts_with("city:")))
        .filter_map(|e| {
            let country = e.concepts().iter().find(|c| c.starts_with("country:"))?;
            Some((slice(unit.src.text, &e.span), *country))
        })
        .collect();
    out.extend(
        exonyms::subdivisions(unit.src.text)
            .into_iter()
            .chain(exonyms::time_zones(unit.src.text))
            .map(|(name, country)| (name.to_string(), country)),
    );
    out
}

/// The cities and states of `places` when the translation names none of their countries and
/// they are all in the same one: where the source places the story.
fn located_in<'p>(
    unit: &UnitView<'_>,
    places: &'p [(String, &'static str)],
) -> &'p [(String, &'static str)] {
    // (a state of the translation names its country for `shares`, but says no more of where
    // the story is than the source's own state does)
    let named = |country: &str| {
        unit.hyp
            .entities()
            .iter()
            .any(|e| !e.is_state() && e.concepts().contains(&country))
    };
    if places.iter().any(|(_, c)| named(c)) || places.windows(2).any(|w| w[0].1 != w[1].1) {
        return &[];
    }
    places
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::testing::{assert_clean, assert_flags};

    #[test]
    fn flags_country_invented_for_this_country() {
        assert_flags(
            &Added,
            ("id", "Harga pangan di negara ini naik tajam bulan lalu."),
            ("zh", "巴西的食品价格上个月大幅上涨。"),
            "entity/added",
        );
    }

    fn severity_of(src: &str, hyp: (&str, &str)) -> Option<Severity> {
        let found = crate::checks::testing::run(&Added, ("id", src), hyp);
        found
            .first()
            .map(|f| f.severity.unwrap_or(META.default_severity))
    }

    #[test]
    fn a_country_against_the_state_the_source_names_is_major() {
        let src = "Badai tropis itu akan melewati gurun di Arizona pekan depan.";
        assert_eq!(
            severity_of(src, ("zh", "热带风暴下周将穿过伊朗的沙漠。")),
            Some(Severity::Major)
        );
        assert_eq!(
            severity_of(
                "Kampanye Trump di Wheeling, Virginia Barat dijadwalkan malam ini.",
                (
                    "en",
                    "Trump's rally in Wheeling, India is scheduled for tonight."
                )
            ),
            Some(Severity::Major)
        );
        // the translation naming the same state says no more of where the story is
        assert_eq!(
            severity_of(src, ("zh", "热带风暴下周将穿过亚利桑那州和伊朗的沙漠。")),
            Some(Severity::Major)
        );
        // the state's own country made explicit is no error at all
        assert_clean(
            &Added,
            ("id", src),
            ("zh", "热带风暴下周将穿过美国亚利桑那州的沙漠。"),
        );
    }

    #[test]
    fn an_acronym_read_as_a_foreign_party_is_major() {
        let src = "Penyidik BPK memeriksa lima saksi di kantor mereka, Senin.";
        for hyp in [
            (
                "en",
                "Investigators of the Belgian People's Party questioned five witnesses at their office on Monday.",
            ),
            (
                "ar",
                "استجوب محققو الحزب الشعبي البلجيكي خمسة شهود في مكتبهم يوم الاثنين.",
            ),
            ("zh", "比利时人民党的调查人员周一在办公室询问了五名证人。"),
        ] {
            assert_eq!(severity_of(src, hyp), Some(Severity::Major), "{hyp:?}");
        }
        // the acronym kept, or a source that names a party itself: a country added, minor
        assert_eq!(
            severity_of(
                src,
                (
                    "en",
                    "BPK investigators of the Belgian People's Party questioned five witnesses on Monday."
                )
            ),
            Some(Severity::Minor)
        );
        assert_eq!(
            severity_of(
                "Penyidik partai BPK memeriksa lima saksi di kantor mereka, Senin.",
                (
                    "en",
                    "Investigators of the Belgian People's Party questioned five witnesses at their office on Monday."
                )
            ),
            Some(Severity::Minor)
        );
        // a party of an Indonesian article written out names Indonesia: no misreading, and no
        // addition
        assert_eq!(
            severity_of(
                "Kader PDIP memeriksa lima saksi di kantor mereka, Senin.",
                (
                    "en",
                    "Members of the Indonesian Democratic Party of Struggle questioned five witnesses on Monday."
                )
            ),
            None
        );
        // the institution written out names no party and no country
        assert_clean(
            &Added,
            ("id", src),
            (
                "en",
                "Investigators of the Audit Board questioned five witnesses at their office on Monday.",
            ),
        );
    }

    #[test]
    fn the_article_s_other_renderings_of_a_misread_acronym_are_major() {
        let src = "Penyidik BPK memeriksa lima saksi di kantor mereka, Senin. \
                   Juru bicara BPK mengatakan pemeriksaan akan berlanjut pekan depan. \
                   Para saksi berasal dari tiga kementerian.";
        let hyp = "Investigators of the Belgian People's Party questioned five witnesses at their office on Monday. \
                   A spokesman for the party said the questioning would continue next week. \
                   The witnesses came from three ministries.";
        let found = crate::checks::testing::run(&Added, ("id", src), ("en", hyp));
        let majors: Vec<_> = found
            .iter()
            .filter(|f| f.severity == Some(Severity::Major))
            .collect();
        assert_eq!(majors.len(), 2, "{found:#?}");
        assert!(
            majors.iter().any(|f| f.message.contains("as in unit 1")),
            "{found:#?}"
        );
        // without the misreading elsewhere, "the party" alone is nothing: a translator may
        // write a party out
        let alone = crate::checks::testing::run(
            &Added,
            (
                "id",
                "Juru bicara BPK mengatakan pemeriksaan akan berlanjut pekan depan.",
            ),
            (
                "en",
                "A spokesman for the party said the questioning would continue next week.",
            ),
        );
        assert!(alone.is_empty(), "{alone:#?}");
    }

    #[test]
    fn a_country_against_the_time_zone_of_the_source_is_major() {
        let src = "Debat itu akan disiarkan pukul 9 malam ET hari Selasa.";
        assert_eq!(
            severity_of(src, ("zh", "辩论将于印度东部时间周二晚上9点播出。")),
            Some(Severity::Major)
        );
        // the time zone's own country made explicit is no error at all
        assert_clean(
            &Added,
            ("id", src),
            ("zh", "辩论将于美国东部时间周二晚上9点播出。"),
        );
    }

    #[test]
    fn allows_a_currency_named_for_a_symbol() {
        assert_clean(
            &Added,
            ("id", "Perusahaan itu dijual senilai £125 juta tahun lalu."),
            ("zh", "该公司去年以1.25亿英镑的价格出售。"),
        );
        assert_clean(
            &Added,
            ("id", "Perusahaan itu dijual senilai $125 juta tahun lalu."),
            (
                "ar",
                "بيعت الشركة العام الماضي مقابل 125 مليون دولار أمريكي.",
            ),
        );
        assert_clean(
            &Added,
            ("id", "Harga tiket naik menjadi 50.000 rupiah pekan ini."),
            ("zh", "本周票价涨至5万印尼盾。"),
        );
    }

    #[test]
    fn allows_countries_the_source_names() {
        assert_clean(
            &Added,
            (
                "id",
                "Pejabat Amerika Serikat bertemu utusan Ukraina di Moskow.",
            ),
            ("en", "US officials met Ukraine's envoy in Moscow."),
        );
    }

    #[test]
    fn indonesia_made_explicit_in_an_indonesian_article_is_no_addition() {
        assert_eq!(
            severity_of(
                "Keputusan itu disepakati antara PSSI dan operator liga.",
                (
                    "en",
                    "The decision was agreed between the Indonesian Football Association (PSSI) and the league operator."
                )
            ),
            None
        );
    }

    #[test]
    fn an_acronym_read_as_a_foreign_party_that_looks_alike_is_major() {
        let src = "Usulan KPK itu datang dari DPR RI pekan lalu, kata Riza.";
        assert_eq!(
            severity_of(src, ("zh", "里扎说，这一提议上周来自民进党。")),
            Some(Severity::Major)
        );
        // written out, or kept, the institution is no party
        assert_eq!(
            severity_of(src, ("zh", "里扎说，这一提议上周来自印尼国会。")),
            None
        );
        assert_eq!(
            severity_of(src, ("zh", "里扎说，这一提议上周来自DPR RI。")),
            None
        );
    }

    #[test]
    fn a_party_the_source_names_by_its_own_acronym_is_no_misreading() {
        assert_eq!(
            severity_of(
                "Waters membantah bahwa staf telah membocorkan data senator GOP.",
                ("zh", "沃特斯否认其工作人员泄露共和党参议员数据。")
            ),
            None
        );
    }
}
