//! Timing of the whole pipeline (segment, align, analyse, every check, score) over the sample
//! articles in `corpora/`, one benchmark per target language, without reading or printing:
//! `cargo bench --bench check`. Throughput on 50,000 NTREX sentence pairs, with threads and
//! peak memory, is `benches/throughput.sh` (see `benches/README.md`).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use divan::counter::{BytesCount, ItemsCount};
use divan::{Bencher, black_box};
use mtcheck::analyse::Lang;
use mtcheck::input::{self, Record};
use mtcheck::pipeline::{self, Settings};

fn main() {
    divan::main();
}

/// Every translation in `corpora/` into `lang`.
fn records(lang: &str) -> Vec<Record> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpora");
    input::corpus::read(&dir, Lang::Id)
        .expect("corpora/ is readable")
        .map(|r| r.expect("every corpus file is valid"))
        .filter(|r| r.tgt_lang.map(Lang::code) == Some(lang))
        .collect()
}

/// Checks every article translated into `lang`, one record after another on one thread.
#[divan::bench(args = ["en", "fr", "zh", "ja", "ar"])]
fn check_corpora(bencher: Bencher, lang: &str) {
    let records = records(lang);
    let settings = Settings::default();
    let bytes: usize = records.iter().map(|r| r.src.len() + r.hyp.len()).sum();
    bencher
        .counter(ItemsCount::new(records.len()))
        .counter(BytesCount::new(bytes))
        .with_inputs(|| records.clone())
        .bench_local_values(|records| {
            for r in records {
                black_box(pipeline::check_record(&settings, r));
            }
        });
}
