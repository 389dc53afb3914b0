//! Access ID and Contract ID (R4.4): formats, parsing, and a seeded generator so a scenario replays identically.

use std::fmt;

use serde::{Deserialize, Serialize};

/// `ABCD-1234`: 8 uppercase letters or digits in two groups of four.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct AccessId(String);

/// 10 digits.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ContractId(String);

/// Which ID was malformed; the UI says the expected format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdFormatError {
    AccessId,
    ContractId,
}

impl AccessId {
    pub const FORMAT: &'static str = "ABCD-1234";

    /// Accepts the ID trimmed, in any case and with or without its hyphen (R4.4: a pasted ID often loses it);
    /// anything else is an error.
    pub fn parse(input: &str) -> Result<AccessId, IdFormatError> {
        let s = input.trim().to_ascii_uppercase();
        let bytes = s.as_bytes();
        let group = |g: &[u8]| {
            g.iter()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        };
        if bytes.len() == 9 && bytes[4] == b'-' && group(&bytes[..4]) && group(&bytes[5..]) {
            Ok(AccessId(s))
        } else if bytes.len() == 8 && group(bytes) {
            Ok(AccessId(format!("{}-{}", &s[..4], &s[4..])))
        } else {
            Err(IdFormatError::AccessId)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether stored text is a well-formed Access ID (for validating loaded documents).
    pub fn is_well_formed(&self) -> bool {
        AccessId::parse(&self.0).is_ok_and(|p| p == *self)
    }
}

impl ContractId {
    pub const FORMAT: &'static str = "1234567890";

    /// Accepts the ID with spaces anywhere, as it may be read out or pasted in groups (R4.4): exactly 10 digits.
    pub fn parse(input: &str) -> Result<ContractId, IdFormatError> {
        let s: String = input.split_whitespace().collect();
        if s.len() == 10 && s.bytes().all(|b| b.is_ascii_digit()) {
            Ok(ContractId(s))
        } else {
            Err(IdFormatError::ContractId)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn is_well_formed(&self) -> bool {
        ContractId::parse(&self.0).is_ok_and(|p| p == *self)
    }
}

impl fmt::Display for AccessId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Display for ContractId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// SplitMix64: tiny, fast, and the whole generator state is one `u64` stored in the scenario.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct IdGenerator(u64);

impl IdGenerator {
    pub fn new(seed: u64) -> IdGenerator {
        IdGenerator(seed)
    }

    /// The whole generator state, for storing it.
    pub fn seed(self) -> u64 {
        self.0
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    pub fn access_id(&mut self) -> AccessId {
        const ALPHABET: &[u8; 36] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        let mut s = String::with_capacity(9);
        for i in 0..8 {
            if i == 4 {
                s.push('-');
            }
            s.push(ALPHABET[(self.next() % 36) as usize] as char);
        }
        AccessId(s)
    }

    pub fn contract_id(&mut self) -> ContractId {
        // A leading non-zero digit, so the ID never looks shorter than it is.
        let n = 1_000_000_000 + self.next() % 9_000_000_000;
        ContractId(n.to_string())
    }
}
