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
    assert!(read("80后的父母", "zh")[0].reads_as(1980.0));
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

#[test]
fn reads_one_separator_before_three_digits_both_ways() {
    let n = &read("Sebanyak 1,127 orang", "id")[0];
    assert_eq!((n.value, n.regrouped), (1.127, Some(1127.0)));
    let n = &read("It weighs 1.000 kg", "en")[0];
    assert_eq!((n.value, n.regrouped), (1.0, Some(1000.0)));
    let n = &read("Anggaran 2.500 juta", "id")[0];
    assert_eq!((n.value, n.regrouped), (2.5e9, Some(2.5e6)));
    assert_eq!(read("Harga 1.000.000 rupiah", "id")[0].regrouped, None);
    assert_eq!(read("Suhu 0,125 derajat", "id")[0].regrouped, None);
}

#[test]
fn reads_arabic_digit_groups_spaced_in_either_order() {
    let n = &read("بمقدار 094 4 حالة", "ar")[0];
    assert_eq!(n.value, 4094.0);
    let n = &read("بلغ 658 324 شخصا", "ar")[0];
    assert_eq!((n.value, n.alts.clone()), (658_324.0, vec![324_658.0]));
    assert_eq!(values("في عام 2020 300 شخص", "ar"), vec![2020.0, 300.0]);
}

#[test]
fn reads_chinese_approximations_weekdays_and_short_years() {
    let n = &read("价格大概要一万六七千元", "zh")[0];
    assert_eq!((n.value, n.alts.clone()), (16_000.0, vec![17_000.0]));
    assert_eq!(values("缺口达500余万", "zh"), vec![5e6]);
    assert_eq!(values("三十多万人", "zh"), vec![3e5]);
    assert!(values("周六和星期五，几十年来", "zh").is_empty());
    assert!(read("九二共识", "zh")[0].reads_as(1992.0));
    let n = &read("十五六岁的学生", "zh")[0];
    assert_eq!((n.value, n.alts.clone()), (15.0, vec![16.0]));
}

#[test]
fn reads_a_digit_after_a_units_digit_as_a_number_of_its_own() {
    // 十四五 (the 14th five-year plan) is 十四 and 五, not one figure
    assert!(read("“十四五”规划", "zh")[0].reads_as(14.0));
    assert_eq!(values("“十一五”时期", "zh"), vec![11.0, 5.0]);
}

#[test]
fn reads_japanese_eras_tenths_and_half_hours() {
    assert!(read("令和2年に起きた", "ja")[0].reads_as(2020.0));
    assert!(read("昭和45年生まれ", "ja")[0].reads_as(1970.0));
    let n = &read("住民の7割が支持", "ja")[0];
    assert_eq!((n.value, n.kind), (70.0, NumberKind::Percent));
    let n = &read("午後2時半に発生", "ja")[0];
    assert!(n.kind == NumberKind::Time && n.reads_as(14.3));
}

#[test]
fn reads_centuries_as_ordinals_that_a_translation_may_give_by_their_years() {
    let n = &read("dibangun pada abad ke-19", "id")[0];
    assert!(n.kind == NumberKind::Ordinal && n.reads_as(1800.0));
    let n = &read("في ثمانينيات القرن العشرين", "ar")[0];
    assert_eq!(n.kind, NumberKind::Ordinal);
}

#[test]
fn reads_a_score_past_24_as_two_numbers_but_a_padded_clock_whole() {
    assert_eq!(values("比分为31：27", "zh"), vec![31.0, 27.0]);
    assert_eq!(read("土曜日34:00 BST", "ja")[0].kind, NumberKind::Time);
    assert_eq!(read("vers 100h15", "fr")[0].kind, NumberKind::Time);
}

#[test]
fn reads_a_bracketed_day_and_month_not_as_a_fraction() {
    let ns = read("Rapat digelar Senin (1/4) malam.", "id");
    assert_eq!(ns.len(), 2);
    assert!(ns[0].in_numeric_date && ns[1].in_numeric_date);
    assert_eq!(ns[1].kind, NumberKind::Month);
    assert_eq!(values("Sebanyak 2/3 warga", "id"), vec![2.0 / 3.0]);
}

#[test]
fn reads_speeds_and_arabic_counted_units() {
    assert_eq!(
        read("winds of 85 miles per hour", "en")[0].unit,
        Some(Unit::Mph)
    );
    assert_eq!(read("angin 135 km/jam", "id")[0].unit, Some(Unit::Kmh));
    assert_eq!(read("وزنه 550 رطلاً", "ar")[0].unit, Some(Unit::Pound));
    assert_eq!(read("ارتفاع 20 قدمًا", "ar")[0].unit, Some(Unit::Foot));
    let ns = read("اثنتا عشرة نقطة", "ar");
    assert_eq!(ns[0].value, 12.0);
}

#[test]
fn converts_chinese_market_units() {
    // 100 斤 (jin, half a kilogram each) is 50 kg; 15 亩 is a hectare
    let (jin, kg) = (
        &read("猪肉100斤", "zh")[0],
        &read("50 kilograms of pork", "en")[0],
    );
    assert_eq!(jin.unit, Some(Unit::Jin));
    assert!(super::compare::converts(jin, kg));
    let (mu, ha) = (
        &read("土地15亩", "zh")[0],
        &read("1 hectare of land", "en")[0],
    );
    assert!(super::compare::converts(mu, ha));
}

#[test]
fn reads_twice_24_hours_as_48() {
    assert!(read("ditahan 2 x 24 jam", "id")[1].reads_as(48.0));
}
