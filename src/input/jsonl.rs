//! JSONL records, one per line: `{"id", "src", "hyp", "ref"?, "src_lang"?, "tgt_lang"?,
//! "allow"?}`; other fields are ignored, so the shared benches load as they are. Streamed: the
//! reader holds one line at a time. A bad line is an error item for that line, and reading goes
//! on with the next.

use std::io::BufRead;
use std::path::{Path, PathBuf};

use serde_json::Value;

use super::{Origin, Record};
use crate::analyse::Lang;
use crate::error::InputError;

/// Streams records from `reader`, naming `path` in messages.
pub struct Reader<R> {
    reader: R,
    path: PathBuf,
    line: usize,
    buf: Vec<u8>,
    done: bool,
    /// Lines that held something other than white space.
    nonblank: usize,
}

impl<R: BufRead> Reader<R> {
    /// Reads records from `reader`.
    pub fn new(reader: R, path: &Path) -> Self {
        Reader {
            reader,
            path: path.to_path_buf(),
            line: 0,
            buf: Vec::new(),
            done: false,
            nonblank: 0,
        }
    }
}

impl<R: BufRead> Reader<R> {
    /// Whether the start of the input holds a NUL byte, which JSON text never does: a binary
    /// file given by mistake, reported once rather than once per "line" of it.
    fn starts_binary(&mut self) -> bool {
        self.reader
            .fill_buf()
            .is_ok_and(|b| b.iter().take(8192).any(|&c| c == 0))
    }
}

impl<R: BufRead> Iterator for Reader<R> {
    type Item = Result<Record, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if self.done {
                return None;
            }
            if self.line == 0 && self.starts_binary() {
                self.done = true;
                return Some(Err(InputError::Binary {
                    path: self.path.clone(),
                }));
            }
            self.buf.clear();
            match self.reader.read_until(b'\n', &mut self.buf) {
                Ok(0) => {
                    self.done = true;
                    // An empty file is a mistake (a wrong path, a failed export), not a batch
                    // of nothing: say so rather than exit 0 with no output.
                    return (self.nonblank == 0).then(|| {
                        Err(InputError::Empty {
                            path: self.path.clone(),
                        })
                    });
                }
                Ok(_) => {}
                Err(e) => {
                    self.done = true;
                    return Some(Err(InputError::Unreadable {
                        path: self.path.clone(),
                        source: e,
                    }));
                }
            }
            self.line += 1;
            let bytes = trim_line(&self.buf);
            if bytes.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            self.nonblank += 1;
            // A text article or a CSV file given to --input would otherwise give one message
            // per line: when the first record is not even the start of a JSON object, stop.
            let first = bytes.iter().find(|b| !b.is_ascii_whitespace());
            if self.nonblank == 1 && first != Some(&b'{') && first != Some(&b'[') {
                self.done = true;
                return Some(Err(InputError::NotJsonl {
                    path: self.path.clone(),
                    line: self.line,
                }));
            }
            return Some(parse_line(bytes, &self.path, self.line));
        }
    }
}

fn trim_line(buf: &[u8]) -> &[u8] {
    let mut b = buf;
    while let [rest @ .., b'\n' | b'\r'] = b {
        b = rest;
    }
    if b.starts_with(b"\xef\xbb\xbf") {
        &b[3..]
    } else {
        b
    }
}

/// Parses one JSONL line into a record.
pub fn parse_line(bytes: &[u8], path: &Path, line: usize) -> Result<Record, InputError> {
    let text = std::str::from_utf8(bytes).map_err(|e| InputError::LineNotUtf8 {
        path: path.to_path_buf(),
        line,
        byte: e.valid_up_to(),
    })?;
    let value: Value = serde_json::from_str(text).map_err(|e| InputError::BadJson {
        path: path.to_path_buf(),
        line,
        message: json_problem(&e),
    })?;
    let Value::Object(obj) = value else {
        return Err(InputError::BadJson {
            path: path.to_path_buf(),
            line,
            message: "the line is JSON but not an object".to_string(),
        });
    };
    let bad = |field: &'static str, problem: &str| InputError::BadField {
        path: path.to_path_buf(),
        line,
        field,
        problem: problem.to_string(),
    };
    let missing = |field: &'static str| InputError::MissingField {
        path: path.to_path_buf(),
        line,
        field,
    };
    let id = match obj.get("id") {
        None | Some(Value::Null) => format!("{}:{line}", super::display_path(path)),
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        Some(_) => return Err(bad("id", "must be a string or a number")),
    };
    let text_field = |field: &'static str| -> Result<String, InputError> {
        match obj.get(field) {
            None | Some(Value::Null) => Err(missing(field)),
            Some(Value::String(s)) => Ok(s.clone()),
            Some(_) => Err(bad(field, "must be a string")),
        }
    };
    let src = text_field("src")?;
    let hyp = text_field("hyp")?;
    let reference = match obj.get("ref") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(s.clone()),
        Some(_) => return Err(bad("ref", "must be a string or null")),
    };
    let fields = [
        ("src", Some(&src)),
        ("hyp", Some(&hyp)),
        ("ref", reference.as_ref()),
    ];
    for (field, text) in fields {
        if let Some(t) = text.filter(|t| t.len() > super::MAX_TEXT_BYTES) {
            return Err(InputError::RecordTooLong {
                path: path.to_path_buf(),
                line,
                field,
                bytes: t.len(),
            });
        }
    }
    if src.trim().is_empty() && hyp.trim().is_empty() {
        return Err(InputError::EmptyRecord {
            path: path.to_path_buf(),
            line,
        });
    }
    let lang = |field: &'static str| -> Result<Option<Lang>, InputError> {
        match obj.get(field) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => Lang::from_code(s).map(Some).ok_or_else(|| {
                bad(
                    field,
                    &format!(
                        "has unsupported language \"{s}\" (use one of id, en, fr, zh, ja, ar)"
                    ),
                )
            }),
            Some(_) => Err(bad(field, "must be a language code such as \"en\"")),
        }
    };
    let src_lang = lang("src_lang")?;
    let tgt_lang = lang("tgt_lang")?;
    let allow = match obj.get("allow") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(a)) => a
            .iter()
            .map(|v| v.as_str().map(str::to_string))
            .collect::<Option<Vec<_>>>()
            .ok_or_else(|| bad("allow", "must be a list of rule ids"))?,
        Some(_) => return Err(bad("allow", "must be a list of rule ids")),
    };
    Ok(Record {
        id,
        src,
        hyp,
        reference,
        src_lang,
        tgt_lang,
        allow,
        origin: Origin {
            hyp_path: path.to_path_buf(),
            src_path: None,
            line: Some(line),
        },
    })
}

/// serde_json's message with its position given as a column of this line (its own "line 1"
/// would contradict the JSONL line number in front of it).
fn json_problem(e: &serde_json::Error) -> String {
    let full = e.to_string();
    let what = full
        .rfind(" at line ")
        .map_or(full.as_str(), |i| &full[..i]);
    if e.column() > 0 {
        format!("{what} at column {}", e.column())
    } else {
        what.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_all(text: &str) -> Vec<Result<Record, InputError>> {
        Reader::new(text.as_bytes(), Path::new("r.jsonl")).collect()
    }

    #[test]
    fn reads_records_and_ignores_unknown_fields() {
        let items = read_all(
            "{\"id\": 7, \"src\": \"Satu.\", \"hyp\": \"One.\", \"tgt_lang\": \"en\", \"errors\": []}\n\n",
        );
        assert_eq!(items.len(), 1);
        let r = items[0].as_ref().unwrap();
        assert_eq!((r.id.as_str(), r.tgt_lang), ("7", Some(Lang::En)));
    }

    #[test]
    fn bad_line_is_an_error_item_and_reading_goes_on() {
        let items = read_all(
            "{\"id\":1,\"src\":\"a\",\"hyp\":\"b\"}\n{oops\n{\"id\":3,\"src\":\"a\"}\n{\"id\":4,\"src\":\"a\",\"hyp\":\"b\"}\n",
        );
        assert_eq!(items.len(), 4);
        assert!(items[0].is_ok() && items[3].is_ok());
        assert!(matches!(items[1], Err(InputError::BadJson { line: 2, .. })));
        assert!(matches!(
            items[2],
            Err(InputError::MissingField {
                line: 3,
                field: "hyp",
                ..
            })
        ));
    }

    #[test]
    fn invalid_utf8_line_names_the_line() {
        let mut data = b"{\"id\":1,\"src\":\"a\",\"hyp\":\"b\"}\n".to_vec();
        data.extend_from_slice(b"{\"id\":2,\"src\":\"\xff\",\"hyp\":\"b\"}\n");
        let items: Vec<_> = Reader::new(&data[..], Path::new("r.jsonl")).collect();
        assert!(matches!(
            items[1],
            Err(InputError::LineNotUtf8 { line: 2, .. })
        ));
    }

    #[test]
    fn empty_input_is_one_error() {
        let items = read_all("\n  \n");
        assert_eq!(items.len(), 1);
        assert!(matches!(items[0], Err(InputError::Empty { .. })));
    }

    #[test]
    fn binary_input_is_one_error() {
        let data = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\n\xff\n\xfe\n";
        let items: Vec<_> = Reader::new(&data[..], Path::new("x.png")).collect();
        assert_eq!(items.len(), 1);
        assert!(matches!(items[0], Err(InputError::Binary { .. })));
    }

    #[test]
    fn oversized_field_and_empty_record_are_skipped() {
        let big = "a".repeat(crate::input::MAX_TEXT_BYTES + 1);
        let text = format!(
            "{{\"src\":\"{big}\",\"hyp\":\"b\"}}\n{{\"src\":\" \",\"hyp\":\"\"}}\n{{\"src\":\"a\",\"hyp\":\"b\"}}\n"
        );
        let items = read_all(&text);
        assert!(matches!(
            items[0],
            Err(InputError::RecordTooLong {
                line: 1,
                field: "src",
                ..
            })
        ));
        assert!(matches!(
            items[1],
            Err(InputError::EmptyRecord { line: 2, .. })
        ));
        assert!(items[2].is_ok());
    }

    #[test]
    fn json_errors_give_the_column_not_a_line() {
        let items = read_all("{\"id\": 1, oops}\n");
        let Err(e) = &items[0] else {
            panic!("a bad line is an error")
        };
        let msg = e.to_string();
        assert!(msg.starts_with("r.jsonl:1: not a JSON record: "), "{msg}");
        assert!(
            msg.contains("at column 11") && !msg.contains("line 1 column"),
            "{msg}"
        );
    }

    #[test]
    fn text_file_is_one_error() {
        let items = read_all("Banjir merendam 300 rumah.\nWarga mengungsi.\n");
        assert_eq!(items.len(), 1);
        assert!(matches!(
            items[0],
            Err(InputError::NotJsonl { line: 1, .. })
        ));
    }
}
