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
