//! A hybrid logical clock: wall time in milliseconds, a counter, and the device (participant
//! id). Stamps are ordered by all three, so two never tie, and an edit made after seeing a
//! stamp is always stamped later than it — a laptop clock hours off cannot win forever.

use std::cmp::Ordering;
use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Wall times above this (the year 2286) do not fit the fixed-width text form: refused.
pub const MAX_WALL: i64 = 9_999_999_999_999;

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Hlc {
    pub wall: i64,
    pub counter: u32,
    pub device: String,
}

impl Hlc {
    /// Before every real stamp.
    pub fn zero() -> Hlc {
        Hlc {
            wall: 0,
            counter: 0,
            device: String::new(),
        }
    }

    /// The next stamp after `last` (the latest this node issued or saw) at wall time `now_ms`.
    pub fn tick(last: &Hlc, now_ms: i64, device: &str) -> Hlc {
        let now_ms = now_ms.clamp(0, MAX_WALL);
        if now_ms > last.wall {
            Hlc {
                wall: now_ms,
                counter: 0,
                device: device.to_string(),
            }
        } else {
            Hlc {
                wall: last.wall,
                counter: last.counter.saturating_add(1),
                device: device.to_string(),
            }
        }
    }

    /// "0001733318400000-00003-<device>": sorts like the stamps themselves.
    pub fn text(&self) -> String {
        format!("{:013}-{:05}-{}", self.wall, self.counter, self.device)
    }

    pub fn parse(text: &str) -> Option<Hlc> {
        let mut parts = text.splitn(3, '-');
        let wall: i64 = parts.next()?.parse().ok()?;
        let counter: u32 = parts.next()?.parse().ok()?;
        let device = parts.next()?.to_string();
        let valid_device = device.len() <= 64
            && device
                .chars()
                .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase());
        ((0..=MAX_WALL).contains(&wall) && valid_device).then_some(Hlc {
            wall,
            counter,
            device,
        })
    }
}

impl Ord for Hlc {
    fn cmp(&self, other: &Self) -> Ordering {
        (self.wall, self.counter, &self.device).cmp(&(other.wall, other.counter, &other.device))
    }
}

impl PartialOrd for Hlc {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for Hlc {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text())
    }
}

impl Serialize for Hlc {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.text())
    }
}

impl<'de> Deserialize<'de> for Hlc {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Hlc::parse(&text).ok_or_else(|| serde::de::Error::custom("not a clock stamp"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_move_forward_even_when_the_wall_clock_does_not() {
        let a = Hlc::tick(&Hlc::zero(), 1_000, "aa");
        assert_eq!((a.wall, a.counter), (1_000, 0));
        let b = Hlc::tick(&a, 900, "aa");
        assert!(b > a, "a clock running backwards still moves on");
        // A stamp from a partner hours ahead: the next local edit is later still.
        let theirs = Hlc::tick(&Hlc::zero(), 1_000 + 3 * 3_600_000, "bb");
        let seen = theirs.clone().max(b);
        let mine = Hlc::tick(&seen, 2_000, "aa");
        assert!(mine > theirs);
    }

    #[test]
    fn text_form_round_trips_and_sorts() {
        let a = Hlc::tick(&Hlc::zero(), 1_733_318_400_000, "0a1b");
        assert_eq!(a.text(), "1733318400000-00000-0a1b");
        assert_eq!(Hlc::parse(&a.text()), Some(a.clone()));
        let b = Hlc::tick(&a, 0, "0a1b");
        assert!(a.text() < b.text() && a < b);
        for bad in [
            "",
            "x-1-aa",
            "1-x-aa",
            "99999999999999-0-aa",
            "1-0-AA",
            "1-0-zz",
        ] {
            assert_eq!(Hlc::parse(bad), None, "{bad}");
        }
    }
}
