//! Behaviour of the aligner on small articles written for these tests.

use super::*;
use crate::segment;

fn run(src: &str, src_lang: Lang, hyp: &str, hyp_lang: Lang) -> Vec<(usize, usize)> {
    let (s, h) = (segment::split(src, src_lang), segment::split(hyp, hyp_lang));
    align(
        AlignSide {
            text: src,
            sentences: &s,
            lang: src_lang,
        },
        AlignSide {
            text: hyp,
            sentences: &h,
            lang: hyp_lang,
        },
    )
    .iter()
    .map(|l| (l.src.len(), l.hyp.len()))
    .collect()
}

const SRC: &str = "Banjir merendam 120 rumah di Kabupaten Garut pada Senin pagi. \
Badan Penanggulangan Bencana Daerah (BPBD) mengerahkan 45 petugas ke lokasi. \
Sebanyak 300 warga mengungsi ke balai desa dan masjid terdekat. \
Menurut BMKG, hujan lebat masih akan turun hingga Kamis. \
Bupati Garut meminta warga di bantaran sungai tetap waspada.";

const EN: [&str; 5] = [
    "Floods submerged 120 houses in Garut Regency on Monday morning.",
    "The Regional Disaster Management Agency (BPBD) deployed 45 officers to the site.",
    "Some 300 residents fled to the village hall and nearby mosques.",
    "According to BMKG, heavy rain will continue until Thursday.",
    "The Garut regent asked residents along the river to stay alert.",
];

#[test]
fn aligns_a_clean_article_one_to_one() {
    let hyp = EN.join(" ");
    assert_eq!(run(SRC, Lang::Id, &hyp, Lang::En), vec![(1, 1); 5]);
}

#[test]
fn aligns_dropped_sentence_as_one_sided() {
    let hyp = [EN[0], EN[1], EN[3], EN[4]].join(" ");
    assert_eq!(
        run(SRC, Lang::Id, &hyp, Lang::En),
        [(1, 1), (1, 1), (1, 0), (1, 1), (1, 1)]
    );
}

#[test]
fn aligns_added_sentence_as_one_sided() {
    let added = "Manchester United signed the Portuguese striker for 80 million euros last summer.";
    let hyp = [EN[0], EN[1], EN[2], added, EN[3], EN[4]].join(" ");
    assert_eq!(
        run(SRC, Lang::Id, &hyp, Lang::En),
        [(1, 1), (1, 1), (1, 1), (0, 1), (1, 1), (1, 1)]
    );
}

#[test]
fn aligns_a_sentence_split_in_two_as_one_unit() {
    let hyp = format!(
        "{} {} Some 300 residents fled to the village hall. Others went to nearby mosques. {} {}",
        EN[0], EN[1], EN[3], EN[4]
    );
    assert_eq!(
        run(SRC, Lang::Id, &hyp, Lang::En),
        [(1, 1), (1, 1), (1, 2), (1, 1), (1, 1)]
    );
}

#[test]
fn aligns_chinese_by_length_and_numbers() {
    let zh = "周一上午，洪水淹没了加鲁特县的120所房屋。地区灾害管理局（BPBD）向现场派出了45名工作人员。\
居民逃往村礼堂和附近的清真寺。据BMKG称，大雨将持续到周四。加鲁特县长要求河边居民保持警惕。";
    assert_eq!(run(SRC, Lang::Id, zh, Lang::Zh), vec![(1, 1); 5]);
}

#[test]
fn aligns_empty_sides() {
    assert!(run("", Lang::Id, "", Lang::En).is_empty());
    assert_eq!(run(SRC, Lang::Id, " \n", Lang::En), vec![(1, 0); 5]);
    assert_eq!(run("", Lang::Id, &EN.join(" "), Lang::En), vec![(0, 1); 5]);
}

#[test]
fn aligns_a_huge_text_within_the_band() {
    let src = format!("{SRC}\n").repeat(300);
    let hyp = format!("{}\n", EN.join(" ")).repeat(300);
    let links = run(&src, Lang::Id, &hyp, Lang::En);
    assert_eq!(links.len(), 1_500);
    assert!(links.iter().all(|&l| l == (1, 1)));
}

#[test]
fn keeps_a_single_sentence_split_by_the_translator_together() {
    let src = "Gubernur Jawa Barat meresmikan jembatan baru sepanjang 300 meter di Bandung pada Selasa, \
yang dibangun selama dua tahun dengan biaya Rp 1,2 triliun.";
    let hyp = "The West Java governor opened a new 300-metre bridge in Bandung on Tuesday. \
It took two years to build and cost 1.2 trillion rupiah.";
    assert_eq!(run(src, Lang::Id, hyp, Lang::En), [(1, 2)]);
}

#[test]
fn aligns_two_source_sentences_joined_in_translation() {
    let src = "Polisi menangkap dua tersangka di Medan. Keduanya berusia 25 tahun. \
Barang bukti berupa 3 kilogram sabu disita dari mobil mereka.";
    let hyp = "Police arrested two suspects in Medan, both aged 25. \
Three kilograms of methamphetamine were seized from their car.";
    assert_eq!(run(src, Lang::Id, hyp, Lang::En), [(2, 1), (1, 1)]);
}

#[test]
fn keeps_a_sentence_split_in_three_together() {
    let src = "Banjir merendam 120 rumah di Kabupaten Garut pada Senin pagi. \
Warga yang rumahnya terendam mengungsi ke balai desa, sementara petugas BPBD membagikan makanan \
dan selimut, dan sekolah-sekolah diliburkan hingga air surut. \
Bupati Garut meminta warga di bantaran sungai tetap waspada.";
    let hyp = "Des inondations ont submergé 120 maisons dans le district de Garut lundi matin. \
Les habitants sinistrés se sont réfugiés dans la salle du village. \
Les agents du BPBD ont distribué de la nourriture et des couvertures. \
Les écoles resteront fermées jusqu’à la décrue. \
Le chef du district de Garut a demandé aux riverains de rester vigilants.";
    assert_eq!(run(src, Lang::Id, hyp, Lang::Fr), [(1, 1), (1, 3), (1, 1)]);
}

#[test]
fn matches_a_number_spelled_in_the_source_with_its_digits() {
    let src = "Delapan tahanan terlibat dalam kerusuhan itu.";
    let zh = "这起骚乱涉及 8 名囚犯。";
    let (s, h) = (segment::split(src, Lang::Id), segment::split(zh, Lang::Zh));
    let side = |text, sentences, lang| AlignSide {
        text,
        sentences,
        lang,
    };
    let scorer = Scorer::new(&side(src, &s, Lang::Id), &side(zh, &h, Lang::Zh));
    let unrelated = "Tiga tahanan terlibat dalam kerusuhan itu.";
    let u = segment::split(unrelated, Lang::Id);
    let other = Scorer::new(&side(unrelated, &u, Lang::Id), &side(zh, &h, Lang::Zh));
    assert!(scorer.unit(0..1, 0..1) < other.unit(0..1, 0..1));
}

/// Prints, per direction, how often one NTREX line (`../shared/data/ntrex`, 1,106 lines) comes
/// out of the segmenter as more sentences in the translation than in the source, as fewer, and
/// as three from one: the rates behind `merge_prior` and `three_way_prior`.
#[test]
#[ignore = "reads ../shared/data/ntrex"]
#[allow(clippy::print_stderr)]
fn split_rates_on_ntrex() {
    let counts: Vec<(Lang, Vec<usize>)> = crate::testing::ntrex_lines()
        .into_iter()
        .map(|(l, lines)| {
            (
                l,
                lines.iter().map(|t| segment::split(t, l).len()).collect(),
            )
        })
        .collect();
    for (src, cs) in &counts {
        for (hyp, ch) in &counts {
            if src == hyp {
                continue;
            }
            let n = cs.len() as f64;
            let more = cs.iter().zip(ch).filter(|(s, h)| h > s).count();
            let fewer = cs.iter().zip(ch).filter(|(s, h)| h < s).count();
            let three = cs
                .iter()
                .zip(ch)
                .filter(|(s, h)| **s == 1 && **h == 3)
                .count();
            eprintln!(
                "{src}\t{hyp}\t{:.4}\t{:.4}\t{three}",
                more as f64 / n,
                fewer as f64 / n
            );
        }
    }
}

/// How often an Indonesian name (a word anchor) is found in the Arabic line of NTREX, as written
/// or by its sound (`sounds`), in its true translation and in the line 7 on; prints the rates and
/// the log-likelihood ratios `cost::anchor_llr` takes for Arabic.
#[test]
#[ignore = "reads ../shared/data/ntrex"]
#[allow(clippy::print_stderr)]
fn name_rates_on_ntrex_arabic() {
    use anchors::Anchors;
    let lines = crate::testing::ntrex_lines();
    let get = |l: Lang| &lines.iter().find(|(x, _)| *x == l).expect("language").1;
    let (id, ar) = (get(Lang::Id), get(Lang::Ar));
    let one = |t: &str, l: Lang| {
        let r = 0..t.len();
        Anchors::new(t, std::iter::once(&r), l)
    };
    // [true, shifted] x [written, by sound, neither]
    let mut counts = [[0usize; 3]; 2];
    for i in 0..id.len() {
        let a = one(&id[i], Lang::Id);
        for (n, j) in [i, (i + 7) % id.len()].into_iter().enumerate() {
            let b = one(&ar[j], Lang::Ar);
            for &k in a.of(0).iter().filter(|&&k| k & anchors::NUMBER_BIT == 0) {
                let slot = if b.of(0).binary_search(&k).is_ok() {
                    0
                } else if a.sound_of(k).is_some_and(|s| b.sounds_like(0, s)) {
                    1
                } else {
                    2
                };
                counts[n][slot] += 1;
            }
        }
    }
    let rate =
        |n: usize, slot: usize| counts[n][slot] as f64 / counts[n].iter().sum::<usize>() as f64;
    let found = |n: usize| rate(n, 0) + rate(n, 1);
    eprintln!("counts {counts:?}");
    eprintln!(
        "written {:.3}/{:.3} by sound {:.3}/{:.3} match {:.2} miss {:.2}",
        rate(0, 0),
        rate(1, 0),
        rate(0, 1),
        rate(1, 1),
        (found(0) / found(1)).ln(),
        -((1.0 - found(0)) / (1.0 - found(1))).ln()
    );
}

#[test]
fn aligns_arabic_by_names_written_in_arabic_letters() {
    let src = "Kavanaugh bertemu dengan para senator di gedung itu pada hari Senin. \
Senator Graham mengatakan bahwa pemungutan suara akan digelar pekan depan. \
Senator Cromwell mengatakan bahwa pemungutan suara akan digelar pekan depan.";
    // Cromwell's sentence dropped: only the name tells the last two apart
    let ar = "التقى كافانو بأعضاء مجلس الشيوخ في المبنى يوم الاثنين. \
قال السيناتور غراهام إن التصويت سيجري الأسبوع المقبل.";
    assert_eq!(run(src, Lang::Id, ar, Lang::Ar), [(1, 1), (1, 1), (1, 0)]);
}
