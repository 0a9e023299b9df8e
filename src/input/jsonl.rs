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
    /// Lines before the input's first one (`starting_at`).
    before: usize,
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
            before: 0,
        }
    }

    /// Numbers the input's lines from `first` (a shard of a larger input), not from 1.
    pub fn starting_at(mut self, first: usize) -> Self {
        self.before = first.saturating_sub(1);
        self
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
                    line: self.before + self.line,
                }));
            }
            return Some(parse_line(bytes, &self.path, self.before + self.line));
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
        id: salvage_id(&String::from_utf8_lossy(bytes)),
        byte: e.valid_up_to(),
    })?;
    let value: Value = serde_json::from_str(text).map_err(|e| InputError::BadJson {
        path: path.to_path_buf(),
        line,
        id: salvage_id(text),
        message: json_problem(&e),
    })?;
    let Value::Object(obj) = value else {
        return Err(InputError::BadJson {
            path: path.to_path_buf(),
            line,
            id: None,
            message: "the line is JSON but not an object".to_string(),
        });
    };
    // The record's own id, for messages about the rest of it.
    let given_id = match obj.get("id") {
        Some(Value::String(s)) => Some(s.clone()),
        Some(Value::Number(n)) => Some(n.to_string()),
        _ => None,
    };
    let bad = |field: &'static str, problem: &str| InputError::BadField {
        path: path.to_path_buf(),
        line,
        id: given_id.clone(),
        field,
        problem: problem.to_string(),
    };
    let missing = |field: &'static str| InputError::MissingField {
        path: path.to_path_buf(),
        line,
        id: given_id.clone(),
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
                id: given_id,
                field,
                bytes: t.len(),
                limit: super::MAX_TEXT_BYTES,
            });
        }
    }
    if src.trim().is_empty() && hyp.trim().is_empty() {
        return Err(InputError::EmptyRecord {
            path: path.to_path_buf(),
            line,
            id: given_id,
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

/// The id of a line that is not valid JSON, when its `"id"` key and value can still be read
/// (`{"id": "x", "src": "a", oops}`): the value of the first `"id"` key that opens the object or
/// follows a comma, if it is a string or a number.
fn salvage_id(text: &str) -> Option<String> {
    let mut from = 0;
    while let Some(at) = text[from..].find("\"id\"").map(|i| from + i) {
        from = at + 4;
        let before = text[..at].trim_end();
        if !(before.ends_with('{') || before.ends_with(',')) {
            continue;
        }
        let Some(rest) = text[from..].trim_start().strip_prefix(':') else {
            continue;
        };
        let value = serde_json::Deserializer::from_str(rest)
            .into_iter::<Value>()
            .next();
        return match value {
            Some(Ok(Value::String(s))) => Some(s),
            Some(Ok(Value::Number(n))) => Some(n.to_string()),
            _ => None,
        };
    }
    None
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
        assert!(
            msg.starts_with("r.jsonl:1: record \"1\": not a JSON record: "),
            "{msg}"
        );
        assert!(
            msg.contains("at column 11") && !msg.contains("line 1 column"),
            "{msg}"
        );
    }

    #[test]
    fn bad_record_message_names_its_id_and_line() {
        let items = read_all(
            "{\"id\":\"a-1\",\"src\":\"Satu.\",\"hyp\":\"One.\"}\n{\"id\":\"a-2\",\"src\":\"Dua.\"}\n{\"id\": 3, \"src\": \"Tiga.\", \"hyp\": 3}\n",
        );
        let msg = |i: usize| items[i].as_ref().unwrap_err().to_string();
        assert_eq!(
            msg(1),
            "r.jsonl:2: record \"a-2\": field \"hyp\" is missing (each line needs \"id\", \"src\" and \"hyp\"); record skipped"
        );
        assert!(
            msg(2).starts_with("r.jsonl:3: record \"3\": field \"hyp\" must be a string"),
            "{}",
            msg(2)
        );
        assert_eq!(items[1].as_ref().unwrap_err().record_id(), Some("a-2"));
    }

    #[test]
    fn broken_json_names_the_id_when_it_can_be_read() {
        let items = read_all(
            "{\"id\": \"b-7\", \"src\": \"Satu.\", oops}\n{\"src\": \"the \\\"id\\\": x\", oops}\n",
        );
        let msg = |i: usize| items[i].as_ref().unwrap_err().to_string();
        assert!(
            msg(0).starts_with("r.jsonl:1: record \"b-7\": not a JSON record: "),
            "{}",
            msg(0)
        );
        // "id" inside a text is not the record's id.
        assert!(
            msg(1).starts_with("r.jsonl:2: not a JSON record: "),
            "{}",
            msg(1)
        );
    }

    #[test]
    fn a_record_without_id_is_named_by_its_line_only() {
        let items = read_all("{\"src\":\"Dua.\"}\n");
        let msg = items[0].as_ref().unwrap_err().to_string();
        assert!(
            msg.starts_with("r.jsonl:1: field \"hyp\" is missing"),
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
