//! The `number` rules: numbers, amounts, percentages, dates and years of the source compared
//! with the translation's as values (the reading is `analyse::numbers`').

pub mod changed;
