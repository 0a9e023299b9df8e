//! The `addition/*` rules: translation text that the alignment matched with no source at all
//! (`sentence`), a sentence inside a matched unit that nothing in its source supports
//! (`unsupported`), and a name and a number that the source has neither of (`new_facts`).

pub mod new_facts;
pub mod sentence;
pub mod unsupported;

pub use new_facts::NewFacts;
pub use sentence::Addition;
pub use unsupported::Unsupported;
