//! `number/changed` on sentence pairs we wrote: each locale's way of writing numbers, scale
//! words, number words, months, Arabic-Indic and full-width digits.

use super::*;
use crate::checks::testing::{assert_clean, assert_flags, assert_suggestion};

const RULE: &str = "number/changed";

#[test]
fn flags_thousands_read_as_a_smaller_number() {
    assert_flags(
        &Changed,
        ("id", "Sebanyak 380.000 warga mengungsi akibat banjir."),
        ("en", "As many as 38,000 residents fled the floods."),
        RULE,
    );
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
