//! `entity/swapped`: a country, city, state or organisation of the source replaced by another in
//! the translation ("pemilu AS" -> "the Russian elections" when Russia is not in the source,
//! "Florida" -> "Texas").

use super::super::{
    Check, Examples, Findings, Kind, MqmCategory, RuleMeta, Severity, UnitView, quote,
};
use super::{lost_places, names_agree, slice};
use crate::lexicon::exonyms;

/// A place replaced by another.
pub struct Swapped;

static META: RuleMeta = RuleMeta {
    id: "entity/swapped",
    kind: Kind::Entity,
    category: MqmCategory::AccuracyMistranslation,
    default_severity: Severity::Critical,
    summary: "a country, city, state or organisation of the source is replaced by another",
    explain: "What it catches: a country, city, state or organisation named in the source that the \
translation does not name, while it names another one of the same kind that the source does not \
(\"Jerman\" rendered as \"France\", \"Florida\" as \"テキサス州\"). Names are compared across \
languages with a gazetteer built from Unicode CLDR, so \"Amerika Serikat\", \"AS\", \"United \
States\", \"américain\" and \"美国\" are the same country. The gazetteer holds countries, the \
cities of CLDR's time zones, a few organisations, and the states, provinces and territories of \
the United States, Canada and Australia (CLDR's subdivision names, less those that are also a \
country, a city or a common word: Georgia, Washington, Victoria, Indiana, New York). A city or \
state stands for its country (\"Moscow\" for \"Rusia\", \"美国佛罗里达州\" for \"Florida\"), but \
two different cities or states never stand for each other.\n\
Why it matters: the story now happens in the wrong country or involves the wrong organisation; \
readers have no way to notice.\n\
Example: \"Jerman menolak usulan itu\" translated as \"France rejected the proposal\".\n\
Known false alarms: a translation that rightly names the capital for the country (\"Moscow\" \
for \"Rusia\") or the country for its people; a name the gazetteer does not know, or knows \
inside a longer one it does not (a state's name inside a company's).",
    examples: Examples {
        flags: (
            "id",
            "Jerman menolak usulan itu pada hari Selasa.",
            "en",
            "France rejected the proposal on Tuesday.",
        ),
        allows: (
            "id",
            "Jerman menolak usulan itu pada hari Selasa.",
            "en",
            "Germany rejected the proposal on Tuesday.",
        ),
    },
};

impl Check for Swapped {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, unit: &UnitView<'_>, out: &mut Findings) {
        let lost_all = lost_places(unit);
        if lost_all.iter().all(|l| l.replaced_by.is_none()) || !names_agree(unit) {
            return;
        }
        for lost in lost_all {
            let Some(other) = lost.replaced_by else {
                continue;
            };
            let other_concept = other.concepts().first().copied().unwrap_or("");
            if is_part_of(other.concepts(), lost.src.concepts())
                || exonyms::names_in_any_language(unit.src.text, other_concept)
            {
                continue;
            }
            let src_text = slice(unit.src.text, &lost.src.span);
            let hyp_text = slice(unit.hyp.text, &other.span);
            let concept = lost.src.concepts().first().copied().unwrap_or("");
            let name = exonyms::english_name(concept);
            let fix = exonyms::name_in(concept, unit.hyp.lang).unwrap_or(name);
            let other_name = other
                .concepts()
                .first()
                .map_or("another place", |c| exonyms::english_name(c));
            out.flag(
                &META,
                format!(
                    "{} ({name}) in the source became {} ({other_name}) in the translation",
                    quote(&src_text),
                    quote(&hyp_text)
                ),
            )
            .src(lost.src.span.clone())
            .hyp(other.span.clone())
            .suggest(fix);
        }
    }
}

/// Whether the place of `other` is named inside the name of the place of `place`: "Virginia" in
/// "West Virginia", "California" in "Baja California". A translation that spells the longer
/// name otherwise than the gazetteer ("Virginia barat" left in Indonesian, "باخا كاليفورنيا")
/// leaves only the shorter one to be found, which is no swap.
fn is_part_of(other: &[&str], place: &[&str]) -> bool {
    let (Some(other), Some(place)) = (other.first(), place.first()) else {
        return false;
    };
    let (short, long) = (exonyms::english_name(other), exonyms::english_name(place));
    long.len() > short.len()
        && long
            .split(|c: char| !c.is_alphanumeric())
            .collect::<Vec<_>>()
            .windows(short.split_whitespace().count().max(1))
            .any(|w| w.join(" ") == short)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::testing::{assert_clean, assert_flags, assert_suggestion};

    #[test]
    fn flags_country_replaced_in_english() {
        assert_suggestion(
            &Swapped,
            ("id", "Ekspor Meksiko ke Kanada naik tajam tahun ini."),
            (
                "en",
                "Exports from Brazil to Canada rose sharply this year.",
            ),
            "entity/swapped",
            "Mexico",
        );
    }

    #[test]
    fn flags_country_replaced_in_chinese_and_arabic() {
        assert_flags(
            &Swapped,
            ("id", "Pemerintah Jerman mengumumkan paket bantuan baru."),
            ("zh", "英国政府宣布了新的援助计划。"),
            "entity/swapped",
        );
        assert_flags(
            &Swapped,
            ("id", "Pemerintah Jerman mengumumkan paket bantuan baru."),
            ("ar", "أعلنت الحكومة الفرنسية عن حزمة مساعدات جديدة."),
            "entity/swapped",
        );
    }

    #[test]
    fn flags_indonesia_by_its_acronym_replaced() {
        // "RI" is Republik Indonesia in Indonesian news ("Presiden RI", "DPR RI")
        assert_flags(
            &Swapped,
            (
                "id",
                "Presiden RI bertemu para gubernur di Istana Negara pada hari Senin.",
            ),
            (
                "en",
                "The Russian President met the governors at the State Palace on Monday.",
            ),
            "entity/swapped",
        );
    }

    #[test]
    fn flags_city_state_swapped_for_a_country() {
        assert_flags(
            &Swapped,
            (
                "id",
                "Batam bersaing dengan Malaysia dan Singapura untuk menarik investor.",
            ),
            (
                "fr",
                "Batam est en concurrence avec la Malaisie et la Thaïlande pour attirer les investisseurs.",
            ),
            "entity/swapped",
        );
    }

    #[test]
    fn flags_a_city_swapped_for_another_of_the_same_country() {
        let src = (
            "id",
            "Dia tinggal di New York sejak 2010 bersama keluarganya.",
        );
        for hyp in [
            ("zh", "他自2010年起和家人住在洛杉矶。"),
            ("ar", "يعيش في لوس أنجلوس منذ عام 2010 مع عائلته."),
            (
                "en",
                "He has lived in Los Angeles with his family since 2010.",
            ),
        ] {
            assert_flags(&Swapped, src, hyp, "entity/swapped");
        }
        // the capital for its country still stands for it
        assert_clean(
            &Swapped,
            ("id", "Rusia menolak tuduhan itu pada hari Senin."),
            ("en", "Moscow rejected the accusation on Monday."),
        );
    }

    #[test]
    fn flags_a_state_swapped_for_another_in_every_language() {
        // both states are in the United States: the shared country does not make them stand
        // for each other, as it does not for two cities
        let src = (
            "id",
            "Gubernur Florida menandatangani undang-undang itu pada hari Kamis.",
        );
        for (hyp, fix) in [
            ("en", "The governor of Texas signed the law on Thursday."),
            ("fr", "Le gouverneur du Texas a signé la loi jeudi."),
            ("zh", "德克萨斯州州长周四签署了这项法律。"),
            ("ja", "テキサス州知事は木曜日にその法律に署名した。"),
            ("ar", "وقع حاكم ولاية تكساس على القانون يوم الخميس."),
        ]
        .into_iter()
        .zip(["Florida", "Floride", "佛罗里达州", "フロリダ州", "فلوريدا"])
        {
            assert_suggestion(&Swapped, src, hyp, "entity/swapped", fix);
        }
        // a Canadian province for another, from an English source
        assert_flags(
            &Swapped,
            (
                "en",
                "Wildfires forced thousands to flee in Alberta this week.",
            ),
            (
                "ja",
                "今週、ブリティッシュコロンビア州で山火事により数千人が避難した。",
            ),
            "entity/swapped",
        );
    }

    #[test]
    fn allows_a_state_written_with_its_country_or_another_spelling() {
        let src = ("id", "Badai besar melanda Florida pada hari Minggu.");
        for hyp in [
            ("zh", "周日，一场大风暴袭击了美国佛罗里达州。"),
            ("ja", "日曜日、大きな嵐が米フロリダ州を襲った。"),
            ("ar", "ضربت عاصفة كبيرة ولاية فلوريدا الأمريكية يوم الأحد."),
            ("en", "A big storm hit the US state of Florida on Sunday."),
        ] {
            assert_clean(&Swapped, src, hyp);
        }
        // West Virginia spelt otherwise than CLDR is not the state of Virginia
        let src = ("id", "Badai besar melanda Virginia Barat pada hari Minggu.");
        for hyp in [
            (
                "fr",
                "Une grosse tempête a frappé la Virginie occidentale dimanche.",
            ),
            ("ja", "日曜日、大きな嵐がウエストバージニア州を襲った。"),
            ("ar", "ضربت عاصفة كبيرة ولاية فرجينيا الغربية يوم الأحد."),
        ] {
            assert_clean(&Swapped, src, hyp);
        }
    }

    #[test]
    fn allows_a_longer_name_spelt_otherwise_that_holds_a_state() {
        // "Baja California" (Mexico) in a spelling the gazetteer lacks leaves "California";
        // "Virginia barat" left in Indonesian leaves "Virginia": neither is a swap
        assert_clean(
            &Swapped,
            ("id", "Hujan lebat turun di semenanjung Baja California."),
            ("ar", "هطلت أمطار غزيرة على شبه جزيرة باها  كاليفورنيا."),
        );
        assert_clean(
            &Swapped,
            ("id", "Trump berkampanye di Wheeling, Virginia barat."),
            ("en", "Trump campaigned in Wheeling, Virginia barat."),
        );
    }

    #[test]
    fn allows_a_replacement_the_source_names_in_another_language() {
        // the French source keeps West Virginia's English name, which French names do not
        // find; the Japanese spells Pennsylvania otherwise than CLDR (ペンシルバニア)
        assert_clean(
            &Swapped,
            (
                "fr",
                "Selon le West Virginia Herald, des partisans viendront de Pennsylvanie.",
            ),
            (
                "ja",
                "ウェストバージニアのヘラルド紙によると、ペンシルバニアから支持者が来るという。",
            ),
        );
    }

    #[test]
    fn flags_a_country_swapped_for_a_city_state() {
        // "Singapore" is a city and a country by the same name: it can replace either
        let src = (
            "id",
            "Dia bertemu dengan pejabat Malaysia di Bogor pada hari Senin.",
        );
        for hyp in [
            ("en", "He met officials from Singapore in Bogor on Monday."),
            (
                "fr",
                "Il a rencontré des responsables de Singapour à Bogor lundi.",
            ),
            ("zh", "他周一在茂物会见了新加坡官员。"),
        ] {
            assert_flags(&Swapped, src, hyp, "entity/swapped");
        }
    }

    #[test]
    fn flags_a_country_swapped_inside_an_organisations_name() {
        assert_flags(
            &Swapped,
            (
                "id",
                "Trump mengutip suplemen China Daily di sebuah surat kabar Iowa.",
            ),
            (
                "en",
                "Trump cited the Canada Daily supplement in an Iowa newspaper.",
            ),
            "entity/swapped",
        );
    }

    #[test]
    fn allows_an_organisations_own_name_for_the_country_in_it() {
        // 德国之声 (Deutsche Welle) names no country in English; "Chinese" is the website's
        assert_clean(
            &Swapped,
            ("zh", "（德国之声中文网）土耳其发生地震。"),
            (
                "en",
                "(Deutsche Welle Chinese website) An earthquake hit Turkey.",
            ),
        );
    }

    #[test]
    fn allows_sentences_paired_by_mistake() {
        // every place differs and so do the other names: two different sentences, not a swap
        assert_clean(
            &Swapped,
            (
                "id",
                "Menteri Retno Marsudi terbang ke Tokyo untuk bertemu mitranya dari Jepang.",
            ),
            (
                "en",
                "Chancellor Olaf Scholz said Germany would send more aid to Kenya.",
            ),
        );
    }

    #[test]
    fn allows_exonyms_and_demonyms() {
        assert_clean(
            &Swapped,
            ("id", "Rusia dan Amerika Serikat bertemu di Teheran."),
            ("en", "Russia and the United States met in Tehran."),
        );
        assert_clean(
            &Swapped,
            ("id", "Utusan PBB tiba di Moskow dari Kuba."),
            (
                "fr",
                "L'envoyé de l'ONU est arrivé à Moscou en provenance de Cuba.",
            ),
        );
        assert_clean(
            &Swapped,
            ("id", "Pasukan Ukraina menahan serangan Rusia."),
            ("ja", "ウクライナ軍はロシアの攻撃を食い止めた。"),
        );
    }
}
