//! Bytes → a tree of components, through `icalendar`'s parser.
//!
//! The parser recurses per nested component and scans for line ends with `take_until`, so
//! hostile input is checked first: UTF-8, one line ending style (CRLF, which keeps its scans
//! short), unfolded lines, BEGIN/END balanced and at most [`MAX_DEPTH`] deep, every line a
//! property. Only then does the parser see the text. Errors never quote the file.

use icalendar::parser::{read_calendar_simple, Component};

use crate::error::{Error, Result};

/// Deepest nesting accepted (VCALENDAR › VEVENT › VALARM is 3; VTIMEZONE › STANDARD is 3).
const MAX_DEPTH: usize = 6;

/// One property, names and parameter keys in upper case, TEXT values unescaped.
#[derive(Debug, Clone)]
pub(crate) struct Prop {
    pub name: String,
    pub params: Vec<(String, String)>,
    pub value: String,
}

impl Prop {
    pub fn param(&self, key: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }
}

/// One component with its properties and children.
#[derive(Debug, Clone)]
pub(crate) struct Comp {
    pub name: String,
    pub props: Vec<Prop>,
    pub comps: Vec<Comp>,
}

impl Comp {
    pub fn prop(&self, name: &str) -> Option<&Prop> {
        self.props.iter().find(|p| p.name == name)
    }

    pub fn value(&self, name: &str) -> Option<&str> {
        self.prop(name).map(|p| p.value.trim())
    }

    pub fn all<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Prop> + 'a {
        self.props.iter().filter(move |p| p.name == name)
    }
}

/// What a file holds: its events (those of a METHOD:CANCEL calendar marked cancelled) and
/// its time zone definitions.
#[derive(Debug, Default)]
pub(crate) struct Document {
    pub events: Vec<Comp>,
    pub zones: Vec<Comp>,
}

fn invalid(reason: &str) -> Error {
    Error::IcsInvalid {
        reason: reason.to_string(),
    }
}

/// Removes line folds (a line break followed by a space or tab), for CRLF, LF and CR files.
fn unfold(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let brk = match (bytes[i], bytes.get(i + 1)) {
            (b'\r', Some(b'\n')) => 2,
            (b'\r' | b'\n', _) => 1,
            _ => 0,
        };
        if brk > 0 && matches!(bytes.get(i + brk), Some(b' ' | b'\t')) {
            i += brk + 1;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    out
}

/// Decodes, unfolds and checks the text; returns the top-level VCALENDAR blocks, each as
/// CRLF-joined logical lines.
fn calendars(bytes: &[u8]) -> Result<Vec<String>> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    // Unfold before decoding: some clients fold at 75 octets in the middle of a character.
    let text = String::from_utf8(unfold(bytes)).map_err(|_| invalid("it is not UTF-8 text"))?;
    if text.contains('\0') {
        return Err(invalid("it contains binary data"));
    }
    let lines: Vec<&str> = text
        .split('\n')
        .flat_map(|l| l.strip_suffix('\r').unwrap_or(l).split('\r'))
        .collect();
    let mut blocks = Vec::new();
    let mut stack: Vec<String> = Vec::new();
    let mut current = String::new();
    for line in lines.iter().map(|l| l.trim_end()) {
        if line.is_empty() {
            continue;
        }
        let upper = line.to_ascii_uppercase();
        if let Some(name) = upper.strip_prefix("BEGIN:") {
            if stack.is_empty() && name != "VCALENDAR" {
                return Err(invalid("it is not an iCalendar (VCALENDAR) file"));
            }
            stack.push(name.trim().to_string());
            if stack.len() > MAX_DEPTH {
                return Err(invalid("components are nested too deeply"));
            }
        } else if let Some(name) = upper.strip_prefix("END:") {
            if stack.pop().as_deref() != Some(name.trim()) {
                return Err(invalid("a BEGIN line and its END line do not match"));
            }
        } else if stack.is_empty() {
            if blocks.is_empty() {
                return Err(invalid("it is not an iCalendar (VCALENDAR) file"));
            }
            // Trailing junk after the calendar is ignored, as calendar clients do.
            continue;
        } else if !line.contains(':') {
            return Err(invalid(
                "a line is neither a property nor a BEGIN or END line",
            ));
        }
        current.push_str(line);
        current.push_str("\r\n");
        if stack.is_empty() {
            blocks.push(std::mem::take(&mut current));
        }
    }
    if !stack.is_empty() {
        return Err(invalid("it ends in the middle of an event or another part"));
    }
    if blocks.is_empty() {
        return Err(invalid("it is not an iCalendar (VCALENDAR) file"));
    }
    Ok(blocks)
}

fn owned(c: &Component<'_>) -> Comp {
    Comp {
        name: c.name.as_str().to_ascii_uppercase(),
        props: c
            .properties
            .iter()
            .map(|p| Prop {
                name: p.name.as_str().to_ascii_uppercase(),
                params: p
                    .params
                    .iter()
                    .map(|q| {
                        let val = q.val.as_ref().map(|v| v.as_str()).unwrap_or_default();
                        (q.key.as_str().to_ascii_uppercase(), val.to_string())
                    })
                    .collect(),
                value: p.val.as_str().to_string(),
            })
            .collect(),
        comps: c.components.iter().map(owned).collect(),
    }
}

/// Parses the file. Not UTF-8, not a VCALENDAR, malformed → [`Error::IcsInvalid`].
pub(crate) fn document(bytes: &[u8]) -> Result<Document> {
    let mut doc = Document::default();
    for block in calendars(bytes)? {
        let roots =
            read_calendar_simple(&block).map_err(|_| invalid("its calendar data is malformed"))?;
        for root in roots.iter().map(owned) {
            let cancel = root
                .value("METHOD")
                .is_some_and(|m| m.eq_ignore_ascii_case("CANCEL"));
            for c in root.comps {
                match c.name.as_str() {
                    "VEVENT" if cancel => doc.events.push(cancelled(c)),
                    "VEVENT" => doc.events.push(c),
                    "VTIMEZONE" => doc.zones.push(c),
                    _ => {}
                }
            }
        }
    }
    Ok(doc)
}

/// METHOD:CANCEL applies to the events of its own VCALENDAR only: mark them.
fn cancelled(mut event: Comp) -> Comp {
    event.props.retain(|p| p.name != "STATUS");
    event.props.push(Prop {
        name: "STATUS".into(),
        params: Vec::new(),
        value: "CANCELLED".into(),
    });
    event
}
