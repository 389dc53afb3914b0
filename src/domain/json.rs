//! A small JSON value, parser and writer for the stored document. serde_json plus the derived impls cost about
//! 37 KB gzip of the 200 KB budget (measured with scripts/budget.mjs); this does the one job we need in a few
//! hundred lines. The parser never panics: bad input is an `Err` with the byte offset and what was expected.

use std::fmt::Write as _;

#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    /// Whole numbers only: the document holds no fractions. Kept exactly (u64 ids exceed f64's 2^53).
    Int(u64),
    /// A negative whole number, by its magnitude: valid JSON, never a valid count, so decoding reports it.
    /// (Not `i128`: its formatting and parsing cost about 1 KB of wasm.)
    Neg(u64),
    Str(String),
    Arr(Vec<Value>),
    /// Keys in document order.
    Obj(Vec<(String, Value)>),
}

/// Nesting deeper than this is refused (a hostile document must not exhaust the stack).
const MAX_DEPTH: usize = 64;

impl Value {
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Obj(fields) => fields.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// Compact JSON, escaping like serde_json.
    pub fn write(&self, w: &mut Writer) {
        match self {
            Value::Null => w.raw("null"),
            Value::Bool(b) => w.boolean(*b),
            Value::Int(n) => w.number(*n),
            Value::Neg(n) => w.raw(&format!("-{n}")),
            Value::Str(s) => w.string(s),
            Value::Arr(items) => {
                w.open('[');
                for item in items {
                    item.write(w);
                }
                w.close(']');
            }
            Value::Obj(fields) => {
                w.open('{');
                for (k, v) in fields {
                    w.key(k);
                    v.write(w);
                }
                w.close('}');
            }
        }
    }

    pub fn to_text(&self) -> String {
        let mut w = Writer::default();
        self.write(&mut w);
        w.finish()
    }
}

/// Writes compact JSON as it goes, without building a `Value` first: the stored document is written this way
/// (about 2 KB less wasm than a tree, and no allocation per field). Commas are placed by the writer.
#[derive(Default)]
pub struct Writer {
    out: String,
    /// Whether the next item is the first in its object or list (or follows a key): no comma before it.
    bare: bool,
}

impl Writer {
    fn comma(&mut self) {
        if !self.bare && !self.out.is_empty() {
            self.out.push(',');
        }
        self.bare = false;
    }

    fn raw(&mut self, text: &str) {
        self.comma();
        self.out.push_str(text);
    }

    /// Opens an object (`{`) or a list (`[`).
    pub fn open(&mut self, bracket: char) {
        self.comma();
        self.out.push(bracket);
        self.bare = true;
    }

    pub fn close(&mut self, bracket: char) {
        self.out.push(bracket);
        self.bare = false;
    }

    pub fn key(&mut self, key: &str) {
        self.comma();
        write_str(key, &mut self.out);
        self.out.push(':');
        self.bare = true;
    }

    pub fn string(&mut self, text: &str) {
        self.comma();
        write_str(text, &mut self.out);
    }

    pub fn number(&mut self, n: u64) {
        self.comma();
        let _ = write!(self.out, "{n}");
    }

    pub fn boolean(&mut self, b: bool) {
        self.raw(if b { "true" } else { "false" });
    }

    pub fn null(&mut self) {
        self.raw("null");
    }

    pub fn finish(self) -> String {
        self.out
    }
}

fn write_str(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{08}' => out.push_str("\\b"),
            '\u{0C}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Where and why parsing stopped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    pub offset: usize,
    pub expected: &'static str,
}

pub fn parse(text: &str) -> Result<Value, ParseError> {
    let mut p = Parser {
        bytes: text.as_bytes(),
        pos: 0,
    };
    let value = p.value(0)?;
    p.skip_ws();
    if p.pos != p.bytes.len() {
        return Err(p.error("end of the document"));
    }
    Ok(value)
}

struct Parser<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl Parser<'_> {
    fn error(&self, expected: &'static str) -> ParseError {
        ParseError {
            offset: self.pos,
            expected,
        }
    }

    fn skip_ws(&mut self) {
        while let Some(b' ' | b'\n' | b'\r' | b'\t') = self.bytes.get(self.pos) {
            self.pos += 1;
        }
    }

    fn eat(&mut self, literal: &'static str) -> Result<(), ParseError> {
        if self.bytes[self.pos..].starts_with(literal.as_bytes()) {
            self.pos += literal.len();
            Ok(())
        } else {
            Err(self.error(literal))
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value, ParseError> {
        if depth > MAX_DEPTH {
            return Err(self.error("less nesting"));
        }
        self.skip_ws();
        match self.bytes.get(self.pos) {
            Some(b'n') => self.eat("null").map(|_| Value::Null),
            Some(b't') => self.eat("true").map(|_| Value::Bool(true)),
            Some(b'f') => self.eat("false").map(|_| Value::Bool(false)),
            Some(b'"') => self.string().map(Value::Str),
            Some(b'[') => {
                self.pos += 1;
                let mut items = Vec::new();
                self.skip_ws();
                if self.bytes.get(self.pos) == Some(&b']') {
                    self.pos += 1;
                    return Ok(Value::Arr(items));
                }
                loop {
                    items.push(self.value(depth + 1)?);
                    self.skip_ws();
                    match self.bytes.get(self.pos) {
                        Some(b',') => self.pos += 1,
                        Some(b']') => {
                            self.pos += 1;
                            return Ok(Value::Arr(items));
                        }
                        _ => return Err(self.error("',' or ']'")),
                    }
                }
            }
            Some(b'{') => {
                self.pos += 1;
                let mut fields = Vec::new();
                self.skip_ws();
                if self.bytes.get(self.pos) == Some(&b'}') {
                    self.pos += 1;
                    return Ok(Value::Obj(fields));
                }
                loop {
                    self.skip_ws();
                    if self.bytes.get(self.pos) != Some(&b'"') {
                        return Err(self.error("a quoted key"));
                    }
                    let key = self.string()?;
                    self.skip_ws();
                    self.eat(":")?;
                    let value = self.value(depth + 1)?;
                    fields.push((key, value));
                    self.skip_ws();
                    match self.bytes.get(self.pos) {
                        Some(b',') => self.pos += 1,
                        Some(b'}') => {
                            self.pos += 1;
                            return Ok(Value::Obj(fields));
                        }
                        _ => return Err(self.error("',' or '}'")),
                    }
                }
            }
            Some(b'-' | b'0'..=b'9') => self.integer(),
            _ => Err(self.error("a value")),
        }
    }

    fn integer(&mut self) -> Result<Value, ParseError> {
        let negative = self.bytes.get(self.pos) == Some(&b'-');
        if negative {
            self.pos += 1;
        }
        let digits = self.pos;
        while let Some(b'0'..=b'9') = self.bytes.get(self.pos) {
            self.pos += 1;
        }
        if self.pos == digits || self.pos - digits > 30 {
            return Err(self.error("an integer"));
        }
        if let Some(b'.' | b'e' | b'E') = self.bytes.get(self.pos) {
            return Err(self.error("a whole number"));
        }
        let text = std::str::from_utf8(&self.bytes[digits..self.pos])
            .map_err(|_| self.error("an integer"))?;
        let n = text
            .parse::<u64>()
            .map_err(|_| self.error("an integer of at most 20 digits"))?;
        Ok(if negative && n > 0 {
            Value::Neg(n)
        } else {
            Value::Int(n)
        })
    }

    fn hex4(&mut self) -> Result<u32, ParseError> {
        let hex = self
            .bytes
            .get(self.pos..self.pos + 4)
            .ok_or_else(|| self.error("four hex digits"))?;
        let text = std::str::from_utf8(hex).map_err(|_| self.error("four hex digits"))?;
        let n = u32::from_str_radix(text, 16).map_err(|_| self.error("four hex digits"))?;
        self.pos += 4;
        Ok(n)
    }

    fn string(&mut self) -> Result<String, ParseError> {
        self.pos += 1; // the opening quote
        let mut out = String::new();
        loop {
            let start = self.pos;
            while let Some(&b) = self.bytes.get(self.pos) {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.pos += 1;
            }
            // The input is a &str and we stop only at ASCII bytes, so this slice is valid UTF-8.
            out.push_str(
                std::str::from_utf8(&self.bytes[start..self.pos])
                    .map_err(|_| self.error("UTF-8"))?,
            );
            match self.bytes.get(self.pos) {
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.pos += 1;
                    let escaped = *self
                        .bytes
                        .get(self.pos)
                        .ok_or_else(|| self.error("an escape"))?;
                    self.pos += 1;
                    match escaped {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'/' => out.push('/'),
                        b'b' => out.push('\u{08}'),
                        b'f' => out.push('\u{0C}'),
                        b'n' => out.push('\n'),
                        b'r' => out.push('\r'),
                        b't' => out.push('\t'),
                        b'u' => {
                            let first = self.hex4()?;
                            let code = if (0xD800..0xDC00).contains(&first) {
                                self.eat("\\u")?;
                                let second = self.hex4()?;
                                if !(0xDC00..0xE000).contains(&second) {
                                    return Err(self.error("a low surrogate"));
                                }
                                0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
                            } else {
                                first
                            };
                            out.push(
                                char::from_u32(code)
                                    .ok_or_else(|| self.error("a valid code point"))?,
                            );
                        }
                        _ => return Err(self.error("a valid escape")),
                    }
                }
                _ => return Err(self.error("a closing quote")),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_writes_back() {
        let text = r#"{"a":[1,-2,true,false,null],"b":"x\"y\\z\n\u00e7\ud83d\ude00","c":{}}"#;
        let v = parse(text).unwrap();
        assert_eq!(v.get("b"), Some(&Value::Str("x\"y\\z\nç😀".into())));
        assert_eq!(parse(&v.to_text()).unwrap(), v);
    }

    #[test]
    fn keeps_u64_exactly() {
        let v = parse("18446744073709551615").unwrap();
        assert_eq!(v, Value::Int(u64::MAX));
        assert_eq!(parse("-3").unwrap(), Value::Neg(3));
        assert!(parse("18446744073709551616").is_err());
    }

    #[test]
    fn refuses_bad_input_with_a_position() {
        for bad in [
            "",
            "{",
            "[1,]",
            "{\"a\" 1}",
            "tru",
            "\"abc",
            "1.5",
            "01x",
            "\"\\x\"",
            "{\"a\":1}}",
            "\"\\ud800\"",
        ] {
            assert!(parse(bad).is_err(), "{bad}");
        }
        assert_eq!(
            parse("[1, x]").unwrap_err(),
            ParseError {
                offset: 4,
                expected: "a value"
            }
        );
        let deep = "[".repeat(100) + &"]".repeat(100);
        assert!(parse(&deep).is_err());
    }
}
