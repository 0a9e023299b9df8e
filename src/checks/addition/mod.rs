//! The `addition/*` rules: translation text that the alignment matched with no source at all
//! (`sentence`), and a sentence inside a matched unit that nothing in its source supports
//! (`unsupported`).

pub mod sentence;
pub mod unsupported;

pub use sentence::Addition;
pub use unsupported::Unsupported;
