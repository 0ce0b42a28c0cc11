//! Recovery codes: 28 random symbols from a 32-letter alphabet (140 bits), shown once,
//! written as 7 groups of 4 joined by `-`, e.g. `K7QX-M2PD-…`.

use rand::rngs::OsRng;
use rand::RngCore;
use zeroize::Zeroizing;

use crate::error::{Error, Result};

/// The alphabet: digits 2–9 and A–Z without I and O (no 0/O or 1/I confusion).
pub const ALPHABET: &[u8; 32] = b"23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
/// Symbols per code.
pub const SYMBOLS: usize = 28;
/// Symbols per group.
pub const GROUP: usize = 4;
/// Entropy of a code in bits (5 per symbol).
pub const BITS: usize = SYMBOLS * 5;

/// A recovery code. Wiped on drop; `Debug` prints `RecoveryCode(***)`, `Display` prints the
/// code itself (for the one time it is shown).
#[derive(Clone, PartialEq, Eq)]
pub struct RecoveryCode {
    /// The 28 canonical symbols, upper case, no separators.
    symbols: Zeroizing<String>,
}

impl RecoveryCode {
    /// A fresh random code.
    pub fn generate() -> Self {
        let mut bytes = Zeroizing::new([0u8; SYMBOLS]);
        OsRng.fill_bytes(bytes.as_mut_slice());
        let mut symbols = Zeroizing::new(String::with_capacity(SYMBOLS));
        for b in bytes.iter() {
            // 256 is a multiple of 32, so masking keeps the choice uniform.
            symbols.push(char::from(ALPHABET[usize::from(b & 0x1f)]));
        }
        RecoveryCode { symbols }
    }

    /// Parses what a user typed: case, spaces and dashes are ignored.
    /// Messages never repeat the input.
    pub fn parse(input: &str) -> Result<Self> {
        let mut symbols = Zeroizing::new(String::with_capacity(SYMBOLS));
        for c in input.chars() {
            if c.is_whitespace() || c == '-' {
                continue;
            }
            let up = c.to_ascii_uppercase();
            if !up.is_ascii() || !ALPHABET.contains(&(up as u8)) {
                return Err(Error::InvalidRecoveryCode(
                    "it may contain only the digits 2-9 and the letters A-Z except I and O".into(),
                ));
            }
            symbols.push(up);
        }
        let n = symbols.chars().count();
        if n != SYMBOLS {
            return Err(Error::InvalidRecoveryCode(format!(
                "it has {SYMBOLS} characters, but {n} were entered"
            )));
        }
        Ok(RecoveryCode { symbols })
    }

    /// The display form: 7 groups of 4 joined by `-`.
    pub fn formatted(&self) -> Zeroizing<String> {
        let mut out = Zeroizing::new(String::with_capacity(SYMBOLS + SYMBOLS / GROUP));
        for (i, c) in self.symbols.chars().enumerate() {
            if i > 0 && i % GROUP == 0 {
                out.push('-');
            }
            out.push(c);
        }
        out
    }

    /// The canonical bytes fed to the KDF (separators and case removed).
    pub(crate) fn kdf_input(&self) -> &[u8] {
        self.symbols.as_bytes()
    }
}

/// Shows the code (`XXXX-XXXX-…`): it exists to be shown to the user once. `Debug` does not.
impl std::fmt::Display for RecoveryCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.formatted())
    }
}

impl std::fmt::Debug for RecoveryCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RecoveryCode(***)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_errors_do_not_echo_input() {
        let e = RecoveryCode::parse("SECRETSECRET").unwrap_err();
        assert!(!e.to_string().contains("SECRET"));
    }

    #[test]
    fn kdf_input_is_canonical() {
        let c = RecoveryCode::generate();
        let lower = c.formatted().to_lowercase().replace('-', " ");
        let p = RecoveryCode::parse(&lower).unwrap();
        assert_eq!(p.kdf_input(), c.kdf_input());
        assert_eq!(format!("{p:?}"), "RecoveryCode(***)");
    }
}
