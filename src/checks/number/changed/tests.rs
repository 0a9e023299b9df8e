//! `number/changed` on sentence pairs we wrote: each locale's way of writing numbers, scale
//! words, number words, months, Arabic-Indic and full-width digits, CJK 万 and 亿.

use super::*;
use crate::checks::testing::{assert_clean, assert_flags, assert_suggestion, run};

const RULE: &str = "number/changed";

/// Whether the pair gets a major (or critical) finding of this rule.
fn has_major(src: (&str, &str), hyp: (&str, &str)) -> bool {
    run(&Changed, src, hyp)
        .iter()
        .any(|f| f.severity.unwrap_or(Severity::Major) >= Severity::Major)
}

#[test]
fn flags_thousands_read_as_a_smaller_number() {
    assert_suggestion(
        &Changed,
        ("id", "Sebanyak 380.000 warga mengungsi akibat banjir."),
        ("en", "As many as 38,000 residents fled the floods."),
        RULE,
        "380,000",
    );
}

#[test]
fn flags_a_scaled_amount_with_a_digit_added() {
    assert_suggestion(
        &Changed,
        ("id", "Perusahaan itu merugi 2,5 juta dolar tahun lalu."),
        ("en", "The company lost 25 million dollars last year."),
        RULE,
        "2.5 million",
    );
}

#[test]
fn flags_a_changed_year_in_french() {
    assert_flags(
        &Changed,
        ("id", "Gedung itu dibangun pada tahun 1962."),
        ("fr", "Le bâtiment a été construit en 1922."),
        RULE,
    );
}

#[test]
fn flags_a_changed_cjk_amount() {
    assert_flags(
        &Changed,
        ("id", "Pemerintah menyalurkan 3,5 miliar rupiah."),
        ("zh", "政府发放了350亿卢比。"),
        RULE,
    );
}

#[test]
fn flags_a_changed_age_in_japanese_full_width_digits() {
    assert_flags(
        &Changed,
        ("id", "Pria berusia 45 tahun itu ditangkap."),
        ("ja", "４歳の男が逮捕された。"),
        RULE,
    );
}

#[test]
fn flags_a_changed_percentage_in_arabic_indic_digits() {
    assert_flags(
        &Changed,
        ("id", "Sebanyak 70 persen warga mendukung rencana itu."),
        ("ar", "أيد ٧ في المائة من السكان الخطة."),
        RULE,
    );
}

#[test]
fn flags_a_changed_day_of_the_month() {
    assert_flags(
        &Changed,
        ("id", "Sidang ditunda hingga 12 Juni."),
        ("en", "The hearing was adjourned until June 120."),
        RULE,
    );
}

#[test]
fn reports_a_small_number_word_given_as_another_figure_only_as_minor() {
    let (src, hyp) = (
        ("id", "Polisi menahan tiga orang tersangka."),
        ("en", "Police detained 8 suspects."),
    );
    assert_flags(&Changed, src, hyp, RULE);
    assert!(!has_major(src, hyp));
}

#[test]
fn flags_a_spelled_number_above_ten_given_as_another_figure() {
    assert!(has_major(
        ("id", "Polisi menahan dua puluh lima orang tersangka."),
        ("en", "Police detained 52 suspects."),
    ));
}

#[test]
fn flags_a_changed_number_that_repeats_another_one() {
    assert!(has_major(
        ("id", "Tiga pria berusia 33, 34 dan 39 ditangkap."),
        ("en", "Three men aged 33, 34 and 34 were arrested."),
    ));
}

#[test]
fn allows_scale_words_and_months() {
    assert_clean(
        &Changed,
        (
            "id",
            "Pemerintah menyiapkan dana Rp 2,5 triliun untuk 16 Maret.",
        ),
        (
            "en",
            "The government set aside 2.5 trillion rupiah for March 16.",
        ),
    );
}

#[test]
fn allows_each_locale_format() {
    let src = ("id", "Harga naik menjadi 1.250,5 rupiah dari 1.000 rupiah.");
    assert_clean(
        &Changed,
        src,
        ("en", "The price rose to 1,250.5 rupiah from 1,000 rupiah."),
    );
    assert_clean(
        &Changed,
        src,
        ("fr", "Le prix est passé de 1 000 à 1 250,5 roupies."),
    );
    assert_clean(&Changed, src, ("zh", "价格从1,000卢比涨到1,250.5卢比。"));
    assert_clean(
        &Changed,
        src,
        ("ar", "ارتفع السعر إلى ١٬٢٥٠٫٥ روبية من ١٠٠٠ روبية."),
    );
}

#[test]
fn allows_cjk_scales_for_millions() {
    let src = ("id", "Sekitar 2,4 juta orang menonton siaran itu.");
    assert_clean(&Changed, src, ("zh", "约240万人观看了该节目。"));
    assert_clean(&Changed, src, ("ja", "約240万人がその放送を見た。"));
    assert_clean(&Changed, src, ("ar", "شاهد البث نحو 2.4 مليون شخص."));
}

#[test]
fn allows_number_words_and_digits_for_each_other() {
    assert_clean(
        &Changed,
        ("id", "Tiga hari kemudian, 12 orang dibebaskan."),
        (
            "fr",
            "Trois jours plus tard, douze personnes ont été libérées.",
        ),
    );
    assert_clean(
        &Changed,
        ("id", "Dia menunggu tiga hari."),
        ("en", "She waited 3 days."),
    );
}

#[test]
fn allows_months_by_name_and_number() {
    let src = ("id", "Pemilu digelar pada 3 November 2020.");
    assert_clean(
        &Changed,
        src,
        ("en", "The election was held on November 3, 2020."),
    );
    assert_clean(
        &Changed,
        src,
        ("fr", "L’élection a eu lieu le 3 novembre 2020."),
    );
    assert_clean(&Changed, src, ("ja", "選挙は2020年11月3日に行われた。"));
    assert_clean(&Changed, src, ("ar", "أجريت الانتخابات في 3 نوفمبر 2020."));
}

#[test]
fn allows_a_compound_adjective_and_percent_words() {
    assert_clean(
        &Changed,
        (
            "id",
            "Laporan setebal 15 halaman itu menyebut 40 persen warga.",
        ),
        ("en", "The 15-page report cites 40% of residents."),
    );
}

#[test]
fn allows_unit_conversions_and_clock_times() {
    assert_clean(
        &Changed,
        ("id", "Hujan 2 hingga 4 inci turun sejak pukul 3 sore."),
        ("fr", "Il est tombé de 5 à 10 cm de pluie depuis 15 h."),
    );
}

#[test]
fn flags_a_changed_month() {
    assert!(has_major(
        ("id", "Kesepakatan itu diteken pada bulan Juni."),
        ("ja", "合意は5月に署名された。"),
    ));
}

#[test]
fn flags_an_ordinal_given_as_another_ordinal() {
    assert!(has_major(
        ("id", "Ini adalah pertemuan kedua antara Kim dan Trump."),
        ("ja", "金氏とトランプ氏の12回目の会談となる。"),
    ));
}

#[test]
fn allows_fahrenheit_given_in_celsius() {
    assert_clean(
        &Changed,
        (
            "id",
            "Suhu di kota itu bisa mencapai 80 derajat pada hari Selasa.",
        ),
        ("fr", "La température pourrait atteindre 27 degrés mardi."),
    );
}

#[test]
fn allows_indian_english_lakh_and_crore() {
    assert_clean(
        &Changed,
        (
            "id",
            "Sebanyak 2,4 juta warga dan 380.000 pekerja terdampak.",
        ),
        (
            "en",
            "As many as 24 lakh residents and 3,80,000 workers were affected.",
        ),
    );
}

#[test]
fn reports_a_translator_added_figure_only_as_minor() {
    assert!(!has_major(
        ("id", "Dia bergabung dengan klub itu beberapa tahun lalu."),
        ("en", "He joined the club 3 years ago."),
    ));
}

#[test]
fn allows_a_numeric_date_kept_as_written_or_turned_around() {
    assert_clean(
        &Changed,
        ("id", "Rapat digelar pada Kamis (6/11/2025) di Semarang."),
        (
            "en",
            "The meeting was held on Thursday (6/11/2025) in Semarang.",
        ),
    );
    assert_clean(
        &Changed,
        ("id", "Rapat digelar pada Kamis (6/11/2025) di Semarang."),
        (
            "en",
            "The meeting was held on Thursday (11/6/2025) in Semarang.",
        ),
    );
    assert_clean(
        &Changed,
        ("id", "Rapat digelar pada Kamis (6/11/2025) di Semarang."),
        (
            "fr",
            "La réunion a eu lieu le jeudi 6 novembre 2025 à Semarang.",
        ),
    );
}

#[test]
fn flags_a_changed_day_in_a_numeric_date() {
    assert_flags(
        &Changed,
        ("id", "Rapat digelar pada Kamis (6/11/2025) di Semarang."),
        (
            "en",
            "The meeting was held on Thursday (8/11/2025) in Semarang.",
        ),
        RULE,
    );
}

#[test]
fn allows_fractions_written_the_other_way_round() {
    assert_clean(
        &Changed,
        ("id", "Bogor menyumbang lebih dari sepertiga kasus."),
        ("ja", "ボゴールが患者全体の3分の1以上を占めた。"),
    );
    assert_clean(
        &Changed,
        ("id", "Bogor menyumbang lebih dari sepertiga kasus."),
        ("zh", "茂物的病例占总数的3分之1以上。"),
    );
}

#[test]
fn flags_a_changed_fraction() {
    assert_flags(
        &Changed,
        (
            "id",
            "Bogor menyumbang 1/4 kasus, atau seperempat dari 800 kasus.",
        ),
        ("ja", "ボゴールが800件の患者の3分の2を占めた。"),
        RULE,
    );
}

#[test]
fn allows_a_one_the_translation_writes_for_an_article() {
    assert_clean(
        &Changed,
        ("id", "Warga diminta menguras bak mandi seminggu sekali."),
        ("ja", "住民は週に1回浴槽の水を抜くよう求められた。"),
    );
}

#[test]
fn allows_a_quarter_of_an_hour_given_in_minutes() {
    assert_clean(
        &Changed,
        ("id", "Gol itu tercipta seperempat jam sebelum laga usai."),
        ("ja", "そのゴールは試合終了の15分前に生まれた。"),
    );
}

#[test]
fn allows_english_separators_in_an_indonesian_source() {
    let src = ("id", "Sebanyak 1,127 orang dievakuasi dari 3.500 rumah.");
    assert_clean(
        &Changed,
        src,
        (
            "fr",
            "Au total, 1 127 personnes ont été évacuées de 3 500 maisons.",
        ),
    );
    assert_clean(&Changed, src, ("zh", "共有1127人从3500所房屋中被疏散。"));
}

#[test]
fn reports_a_figure_copied_with_the_source_separators_only_as_minor() {
    let (src, hyp) = (
        ("id", "Indeks menguat 125,251 poin hari ini."),
        ("en", "The index strengthened 125,251 points today."),
    );
    let found = run(&Changed, src, hyp);
    assert!(
        found
            .iter()
            .any(|f| f.message.contains("copied from the source")),
        "{found:#?}"
    );
    assert!(!has_major(src, hyp));
}

#[test]
fn reports_the_same_digits_read_as_another_value_only_as_minor() {
    let (src, hyp) = (
        ("id", "IHSG ditutup di level 5.016,712."),
        ("en", "The JCI closed at 5,016,712."),
    );
    assert_flags(&Changed, src, hyp, RULE);
    assert!(!has_major(src, hyp));
}

#[test]
fn allows_arabic_digit_groups_laid_out_right_to_left() {
    assert_clean(
        &Changed,
        ("id", "Kasus positif bertambah 4.094, total 324.658 orang."),
        (
            "ar",
            "زادت الحالات الإيجابية 094 4 حالة، ليبلغ المجموع 658 324 شخصا.",
        ),
    );
}

#[test]
fn allows_a_conversion_whose_unit_the_translation_says_apart() {
    assert_clean(
        &Changed,
        ("id", "Angin bertiup dengan kecepatan 135 km/jam."),
        ("ja", "風は時速85マイルで吹いた。"),
    );
    assert_clean(
        &Changed,
        ("id", "Babi seberat 250 kg itu menyerang peternak."),
        ("ar", "هاجم خنزير يبلغ وزنه 550 رطلاً المزارع."),
    );
}

#[test]
fn allows_weekdays_and_approximate_amounts_in_chinese() {
    assert_clean(
        &Changed,
        (
            "zh",
            "周六，一颗种植牙的价格大概要一万六七千元，缺口达500余万。",
        ),
        (
            "en",
            "On Saturday, one implant cost about 16,000 to 17,000 yuan, and the gap is over 5 million.",
        ),
    );
}

#[test]
fn allows_a_japanese_era_year_and_a_century_given_by_its_years() {
    assert_clean(
        &Changed,
        ("id", "Peristiwa itu terjadi pada 2020."),
        ("ja", "その出来事は令和2年に起きた。"),
    );
    assert_clean(
        &Changed,
        ("id", "Gereja itu dibangun pada abad ke-19."),
        ("en", "The church was built in the 1800s."),
    );
}

#[test]
fn allows_a_bracketed_day_and_month_and_a_score() {
    assert_clean(
        &Changed,
        ("id", "Rapat digelar Senin (1/4) malam."),
        ("en", "The meeting was held on Monday night (April 1)."),
    );
    assert_clean(
        &Changed,
        ("id", "Skor akhir 31-27 untuk tim tamu."),
        ("zh", "最终比分为31：27，客队获胜。"),
    );
}

#[test]
fn reports_a_figure_the_source_repeats_only_as_minor() {
    assert!(!has_major(
        (
            "id",
            "JAKARTA, 11 Februari - Forum ke-16 digelar pada 11 Februari."
        ),
        ("en", "The 16th forum was held on February 11, 2020."),
    ));
}

#[test]
fn flags_a_power_of_ten_slip_among_several_figures_left() {
    assert!(has_major(
        ("id", "Sebanyak 300.000 warga mengungsi dalam 5 hari."),
        (
            "en",
            "As many as 30,000 residents fled, and 12 shelters opened."
        ),
    ));
}

#[test]
fn reports_a_digit_apart_among_several_figures_left_only_as_minor() {
    let (src, hyp) = (
        ("id", "Sebanyak 300.000 warga mengungsi dalam 5 hari."),
        (
            "en",
            "As many as 310,000 residents fled, and 12 shelters opened.",
        ),
    );
    assert_flags(&Changed, src, hyp, RULE);
    assert!(!has_major(src, hyp));
}

#[test]
fn flags_a_digit_changed_in_the_only_figure_left() {
    assert!(has_major(
        ("id", "Sebanyak 300.000 warga mengungsi dalam lima hari."),
        ("en", "As many as 310,000 residents fled in five days."),
    ));
}
