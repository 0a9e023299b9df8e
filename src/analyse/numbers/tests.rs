//! The reader on sentences we wrote.

use super::*;

fn values(text: &str, lang: &str) -> Vec<f64> {
    let lang = Lang::from_code(lang).expect("test language");
    extract(text, lang).iter().map(|n| n.value).collect()
}

#[test]
fn reads_thousands_and_decimals_by_language() {
    assert_eq!(
        values("Harga naik menjadi 1.000,5 rupiah", "id"),
        vec![1000.5]
    );
    assert_eq!(values("Prices rose to 1,000.5 rupiah", "en"), vec![1000.5]);
    assert_eq!(
        values("Le prix atteint 1 000,5 roupies", "fr"),
        vec![1000.5]
    );
    assert_eq!(values("Ada 1.000 orang", "id"), vec![1000.0]);
    assert_eq!(values("It weighs 1.000 kg", "en"), vec![1.0]);
}

fn read(text: &str, lang: &str) -> Vec<Number> {
    extract(text, Lang::from_code(lang).expect("test language"))
}

#[test]
fn reads_scale_words_in_every_language() {
    assert_eq!(
        values("Anggaran Rp 1,5 triliun disetujui", "id"),
        vec![1.5e12]
    );
    assert_eq!(values("A budget of 2.5 million dollars", "en"), vec![2.5e6]);
    assert_eq!(
        values("Un budget de 2,5 millions d’euros", "fr"),
        vec![2.5e6]
    );
    assert_eq!(values("预算为250万元", "zh"), vec![2.5e6]);
    assert_eq!(values("人口は38万人", "ja"), vec![380_000.0]);
    assert_eq!(values("予算は1億2,500万円", "ja"), vec![125_000_000.0]);
    assert_eq!(values("ميزانية قدرها 20 مليون دولار", "ar"), vec![2e7]);
    assert_eq!(values("The fund paid £125m", "en"), vec![1.25e8]);
}

#[test]
fn reads_arabic_indic_and_full_width_digits() {
    assert_eq!(values("قتل ٣٨٤ شخصا", "ar"), vec![384.0]);
    assert_eq!(values("死者は３８４人", "ja"), vec![384.0]);
    assert_eq!(values("بلغ ٢٫٥ مليون", "ar"), vec![2.5e6]);
}

#[test]
fn reads_number_words() {
    assert_eq!(
        values("Tiga rumah dan dua puluh lima mobil", "id"),
        vec![3.0, 25.0]
    );
    assert_eq!(
        values("three houses and twenty-five cars", "en"),
        vec![3.0, 25.0]
    );
    assert_eq!(
        values("trois maisons et vingt-cinq voitures", "fr"),
        vec![3.0, 25.0]
    );
    assert_eq!(values("三座房子和二十五辆车", "zh"), vec![3.0, 25.0]);
    assert_eq!(values("ثلاثة منازل", "ar"), vec![3.0]);
    assert_eq!(values("Plus d’un millier de personnes", "fr"), vec![1000.0]);
    // Articles are not numbers.
    assert!(values("a man and an idea", "en").is_empty());
    assert!(values("une idée", "fr").is_empty());
}

#[test]
fn reads_months_in_every_language() {
    let month = |text: &str, lang: &str| -> Vec<f64> {
        read(text, lang)
            .iter()
            .filter(|n| n.kind == NumberKind::Month)
            .map(|n| n.value)
            .collect()
    };
    assert_eq!(month("pada 16 Maret", "id"), vec![3.0]);
    assert_eq!(month("on March 16", "en"), vec![3.0]);
    assert_eq!(month("le 16 mars", "fr"), vec![3.0]);
    assert_eq!(month("3月16日", "zh"), vec![3.0]);
    assert_eq!(month("في 16 مارس", "ar"), vec![3.0]);
    // "may" the verb and "May" the surname are not months.
    assert!(month("Prices may rise, Theresa May said", "en").is_empty());
}

#[test]
fn reads_percentages() {
    for (text, lang) in [
        ("naik 40 persen", "id"),
        ("up 40 percent", "en"),
        ("hausse de 40 %", "fr"),
        ("上涨百分之四十", "zh"),
        ("40パーセント上昇", "ja"),
        ("ارتفع 40 بالمئة", "ar"),
    ] {
        let n = read(text, lang);
        assert_eq!(n.len(), 1, "{text}");
        assert_eq!(
            (n[0].value, n[0].kind),
            (40.0, NumberKind::Percent),
            "{text}"
        );
    }
}

#[test]
fn reads_times_on_both_clocks() {
    let n = read("pukul 3 sore", "id");
    assert!(n[0].reads_as(15.0));
    let n = read("à 15 h", "fr");
    assert!(n[0].reads_as(15.0) && n[0].reads_as(3.0));
    let n = read("at 7:55 a.m.", "en");
    assert!(same(n[0].value, 7.55));
}

#[test]
fn reads_units_and_ranges() {
    let n = read("hujan 2 hingga 4 inci", "id");
    assert_eq!(n[0].unit, Some(Unit::Inch));
    assert_eq!(n[1].unit, Some(Unit::Inch));
    let n = read("la guerre de 1950-53", "fr");
    assert!(n[1].reads_as(1953.0));
}

#[test]
fn formats_values_the_way_each_language_writes_them() {
    let n = &read("dana 2,5 juta", "id")[0];
    assert_eq!(format::format(n, Lang::En), "2.5 million");
    assert_eq!(format::format(n, Lang::Zh), "250万");
    assert_eq!(format::format(n, Lang::Fr), "2,5 millions");
    let n = &read("sebanyak 380.000 warga", "id")[0];
    assert_eq!(format::format(n, Lang::En), "380,000");
    let n = &read("16 Maret", "id")[1];
    assert_eq!(format::format(n, Lang::En), "March");
    assert_eq!(format::format(n, Lang::Ja), "3月");
}

#[test]
fn never_panics_on_odd_input() {
    for text in [
        "",
        "1",
        "1.",
        ",5",
        "١٢٫",
        "万",
        "百分之",
        "12:",
        "-",
        "١,٢٣٤,٥",
        "一億二",
        "لل",
    ] {
        for lang in Lang::ALL {
            let _ = extract(text, lang);
        }
    }
}

#[test]
fn reads_indian_grouping_and_scales() {
    assert_eq!(values("more than 3,80,000 people", "en"), vec![380_000.0]);
    assert_eq!(
        values("24 lakh people and 2.04 crore viewers", "en"),
        vec![2.4e6, 2.04e7]
    );
}

#[test]
fn keeps_phone_numbers_and_time_zones_apart() {
    assert_eq!(values("au 0800 555 111", "fr"), vec![800.0, 555.0, 111.0]);
    assert_eq!(values("au 859 292-3680", "fr"), vec![859.0, 292.0, 3680.0]);
    assert_eq!(values("09:30 BST (GMT+0100)", "en"), vec![9.3]);
}

#[test]
fn reads_ordinals_written_with_digits() {
    for (text, lang) in [
        ("the 29th minute", "en"),
        ("la 29e minute", "fr"),
        ("menit ke-29", "id"),
        ("第29分钟", "zh"),
        ("29回目の会談", "ja"),
    ] {
        let n = read(text, lang);
        assert_eq!(
            (n[0].value, n[0].kind),
            (29.0, NumberKind::Ordinal),
            "{text}"
        );
    }
}

#[test]
fn reads_a_number_before_yue_as_a_month_even_when_wrong() {
    let n = read("2020年 13 月", "zh");
    assert_eq!(n[1].kind, NumberKind::Month);
}

#[test]
fn reads_centuries_and_decades_in_chinese_as_one_year() {
    assert_eq!(values("20世纪80年代", "zh"), vec![1980.0]);
    assert_eq!(values("二十世纪八十年代", "zh"), vec![1980.0]);
}

#[test]
fn reads_a_continental_decimal_comma_in_point_decimal_languages() {
    assert_eq!(values("2,5 亿", "zh"), vec![2.5e8]);
    assert_eq!(values("1,000 people", "en"), vec![1000.0]);
}

#[test]
fn reads_japanese_ten_thousands_with_the_rest_and_megawatts() {
    assert_eq!(values("1万8250人", "ja"), vec![18_250.0]);
    assert_eq!(values("1500兆瓦", "zh"), vec![1500.0]);
}

#[test]
fn reads_the_month_of_a_numeric_date() {
    let n = read("Selasa (14/10/2025)", "id");
    assert_eq!(n[1].kind, NumberKind::Month);
    assert_eq!(n[1].value, 10.0);
}

#[test]
fn reads_fractions_in_each_language_as_one_number() {
    let third = 1.0 / 3.0;
    let two_thirds = 2.0 / 3.0;
    for (text, lang, want) in [
        ("sepertiga kasus", "id", third),
        ("dua pertiga suara", "id", two_thirds),
        ("dua per tiga suara", "id", two_thirds),
        ("2/3 suara", "id", two_thirds),
        ("un tiers des cas", "fr", third),
        ("deux tiers des voix", "fr", two_thirds),
        ("two thirds of the vote", "en", two_thirds),
        ("患者の3分の1", "ja", third),
        ("三分之二的选票", "zh", two_thirds),
    ] {
        let got = values(text, lang);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert!(same(got[0], want), "{text}: {got:?}");
    }
    // a date is not a fraction
    assert_eq!(values("Senin (6/11/2025)", "id"), vec![6.0, 11.0, 2025.0]);
}
