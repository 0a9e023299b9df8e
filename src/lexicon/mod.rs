//! Embedded word lists and their loaders. Each list is a `.txt` next to the module that loads
//! it, with a header naming its source and licence.

pub mod numbers;
