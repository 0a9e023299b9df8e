//! `mtcheck merge DOC...`: the shards' JSON documents into one (`report::merge`); exit 0 when
//! merged, 2 when a document is refused (the message names it). The output file is written
//! only once every document has been read and accepted.

use anyhow::Result;

use super::args::MergeArgs;
use super::{EXIT_ERROR, EXIT_OK, open_output};
use crate::report::diag;
use crate::report::merge::{MergeError, Merger};

/// Runs `mtcheck merge`.
pub fn run(args: &MergeArgs) -> Result<u8> {
    let mut merger = Merger::new(args.input_name.as_deref());
    for p in &args.docs {
        let name = crate::input::display_path(p);
        let added = std::fs::read(p)
            .map_err(|e| MergeError::Refused {
                path: name.clone(),
                message: format!("cannot be read: {e} (check the path)"),
            })
            .and_then(|bytes| merger.add(&name, &bytes));
        if let Err(e) = added {
            diag::error(&e.to_string());
            return Ok(EXIT_ERROR);
        }
    }
    let mut out = open_output(args.output.as_deref())?;
    merger.finish(&mut out)?;
    Ok(EXIT_OK)
}
