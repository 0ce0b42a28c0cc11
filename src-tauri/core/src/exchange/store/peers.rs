//! `exchange_peers`: one pairing per tandem — my keys, the partner's, the transport and where
//! sending and receiving stand.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, Row};
use zeroize::Zeroizing;

use crate::error::Result;
use crate::exchange::hlc::Hlc;
use crate::exchange::keys::KEY_LEN;
use crate::store::ConnExt;
use crate::time::utc_text;
use crate::vault::Sensitive;

/// Where a pairing stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PeerState {
    Invited,
    Paired,
}

/// One tandem's pairing.
#[derive(Debug)]
pub struct Peer {
    pub tandem_id: i64,
    pub exchange_id: String,
    pub my_id: String,
    pub my_name: String,
    pub my_secret: Sensitive<[u8; KEY_LEN]>,
    pub my_public: [u8; KEY_LEN],
    pub partner_id: Option<String>,
    pub partner_public: Option<[u8; KEY_LEN]>,
    pub state: PeerState,
    pub verified: bool,
    pub folder: Option<String>,
    pub next_seq: u64,
    pub last_sent_at: Option<String>,
    pub partner_seen_seq: u64,
    pub last_received_seq: u64,
    pub last_received_at: Option<String>,
    pub hlc: Hlc,
    pub partner_name: Option<String>,
    pub unsent: bool,
    pub problem: Option<String>,
    pub problem_file: Option<String>,
    pub problem_at: Option<String>,
}

const PEER_COLUMNS: &str = "tandem_id, exchange_id, my_id, my_name, my_secret, my_public, \
     partner_id, partner_public, state, verified, folder, next_seq, last_sent_at, \
     partner_seen_seq, last_received_seq, last_received_at, hlc, problem, problem_at, \
     partner_name, unsent, problem_file";

fn key(bytes: Vec<u8>) -> [u8; KEY_LEN] {
    bytes.try_into().unwrap_or([0; KEY_LEN])
}

fn peer_row(r: &Row<'_>) -> rusqlite::Result<Peer> {
    let secret = Zeroizing::new(r.get::<_, Vec<u8>>(4)?);
    let mut my_secret = [0u8; KEY_LEN];
    if secret.len() == KEY_LEN {
        my_secret.copy_from_slice(&secret);
    }
    let state: String = r.get(8)?;
    let hlc: String = r.get(16)?;
    Ok(Peer {
        tandem_id: r.get(0)?,
        exchange_id: r.get(1)?,
        my_id: r.get(2)?,
        my_name: r.get(3)?,
        my_secret: Sensitive::new(my_secret),
        my_public: key(r.get(5)?),
        partner_id: r.get(6)?,
        partner_public: r.get::<_, Option<Vec<u8>>>(7)?.map(key),
        state: if state == "paired" {
            PeerState::Paired
        } else {
            PeerState::Invited
        },
        verified: r.get(9)?,
        folder: r.get(10)?,
        next_seq: r.get::<_, i64>(11)?.max(1) as u64,
        last_sent_at: r.get(12)?,
        partner_seen_seq: r.get::<_, i64>(13)?.max(0) as u64,
        last_received_seq: r.get::<_, i64>(14)?.max(0) as u64,
        last_received_at: r.get(15)?,
        hlc: Hlc::parse(&hlc).unwrap_or_else(Hlc::zero),
        problem: r.get(17)?,
        problem_at: r.get(18)?,
        partner_name: r.get(19)?,
        unsent: r.get(20)?,
        problem_file: r.get(21)?,
    })
}

pub fn peer(conn: &Connection, tandem_id: i64) -> Result<Option<Peer>> {
    let sql = format!("SELECT {PEER_COLUMNS} FROM exchange_peers WHERE tandem_id = ?1");
    conn.query_opt(&sql, params![tandem_id], peer_row)
}

pub fn peer_by_exchange(conn: &Connection, exchange_id: &str) -> Result<Option<Peer>> {
    let sql = format!("SELECT {PEER_COLUMNS} FROM exchange_peers WHERE exchange_id = ?1");
    conn.query_opt(&sql, params![exchange_id], peer_row)
}

/// Every paired tandem's pairing.
pub fn paired(conn: &Connection) -> Result<Vec<Peer>> {
    let sql = format!(
        "SELECT {PEER_COLUMNS} FROM exchange_peers WHERE state = 'paired' ORDER BY tandem_id"
    );
    conn.query_rows(&sql, [], peer_row)
}

/// My side of a new pairing of tandem `tandem_id` (replacing any earlier one).
pub struct NewPeer<'a> {
    pub exchange_id: &'a str,
    pub my_id: &'a str,
    pub my_name: &'a str,
    pub my_secret: &'a [u8; KEY_LEN],
    pub my_public: &'a [u8; KEY_LEN],
}

/// The partner's side, once known.
pub struct Partner<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub public: &'a [u8; KEY_LEN],
}

/// Stores a pairing: invited (no partner yet) or paired. Files of an earlier pairing of the
/// tandem are forgotten; its shared items stay, so nothing is sent as new again.
pub fn insert_peer(
    conn: &Connection,
    tandem_id: i64,
    mine: &NewPeer<'_>,
    partner: Option<&Partner<'_>>,
    now: DateTime<Utc>,
) -> Result<()> {
    for table in [
        "exchange_peers",
        "exchange_received",
        "exchange_sent",
        "exchange_attempts",
    ] {
        conn.execute(
            &format!("DELETE FROM {table} WHERE tandem_id = ?1"),
            params![tandem_id],
        )?;
    }
    conn.execute(
        "INSERT INTO exchange_peers (tandem_id, exchange_id, my_id, my_name, my_secret,
             my_public, partner_id, partner_name, partner_public, state, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)",
        params![
            tandem_id,
            mine.exchange_id,
            mine.my_id,
            mine.my_name,
            &mine.my_secret[..],
            &mine.my_public[..],
            partner.map(|p| p.id),
            partner.map(|p| p.name),
            partner.map(|p| &p.public[..]),
            if partner.is_some() {
                "paired"
            } else {
                "invited"
            },
            utc_text(now),
        ],
    )?;
    Ok(())
}

/// The invitation was answered: the partner's id, name and key; now paired.
pub fn set_partner(
    conn: &Connection,
    tandem_id: i64,
    partner: &Partner<'_>,
    now: DateTime<Utc>,
) -> Result<()> {
    conn.execute(
        "UPDATE exchange_peers SET partner_id = ?2, partner_name = ?3, partner_public = ?4,
             state = 'paired', verified = 0, unsent = 1, updated_at = ?5
         WHERE tandem_id = ?1",
        params![
            tandem_id,
            partner.id,
            partner.name,
            &partner.public[..],
            utc_text(now)
        ],
    )?;
    Ok(())
}

/// The name the partner's snapshots carry.
pub fn set_partner_name(conn: &Connection, tandem_id: i64, name: &str) -> Result<()> {
    conn.execute(
        "UPDATE exchange_peers SET partner_name = ?2 WHERE tandem_id = ?1
             AND partner_name IS NOT ?2",
        params![tandem_id, name],
    )?;
    Ok(())
}

/// Marks that something changed here which the partner has not been sent yet (or not).
pub fn set_unsent(conn: &Connection, tandem_id: i64, unsent: bool) -> Result<()> {
    conn.execute(
        "UPDATE exchange_peers SET unsent = ?2 WHERE tandem_id = ?1 AND unsent IS NOT ?2",
        params![tandem_id, unsent],
    )?;
    Ok(())
}

pub fn set_verified(conn: &Connection, tandem_id: i64, verified: bool) -> Result<()> {
    conn.execute(
        "UPDATE exchange_peers SET verified = ?2 WHERE tandem_id = ?1",
        params![tandem_id, verified],
    )?;
    Ok(())
}

pub fn set_folder(conn: &Connection, tandem_id: i64, folder: Option<&str>) -> Result<()> {
    conn.execute(
        "UPDATE exchange_peers SET folder = ?2 WHERE tandem_id = ?1",
        params![tandem_id, folder],
    )?;
    Ok(())
}

/// Takes the next sequence number; it is committed before the file is written, so a number
/// is never used twice even if writing fails.
pub fn take_seq(conn: &Connection, tandem_id: i64) -> Result<u64> {
    let seq: i64 = conn.query_row(
        "UPDATE exchange_peers SET next_seq = next_seq + 1 WHERE tandem_id = ?1
         RETURNING next_seq - 1",
        params![tandem_id],
        |r| r.get(0),
    )?;
    Ok(seq.max(1) as u64)
}

/// A file was written: nothing is unsent any more.
pub fn set_sent(conn: &Connection, tandem_id: i64, now: DateTime<Utc>) -> Result<()> {
    conn.execute(
        "UPDATE exchange_peers SET last_sent_at = ?2, unsent = 0 WHERE tandem_id = ?1",
        params![tandem_id, utc_text(now)],
    )?;
    Ok(())
}

/// A file from the partner was applied: its sequence, and what it says it has seen of mine.
pub fn set_received(
    conn: &Connection,
    tandem_id: i64,
    seq: u64,
    partner_seen: u64,
    now: DateTime<Utc>,
) -> Result<()> {
    conn.execute(
        "UPDATE exchange_peers SET last_received_seq = MAX(last_received_seq, ?2),
             partner_seen_seq = MAX(partner_seen_seq, ?3), last_received_at = ?4
         WHERE tandem_id = ?1",
        params![tandem_id, seq as i64, partner_seen as i64, utc_text(now)],
    )?;
    Ok(())
}

pub fn set_hlc(conn: &Connection, tandem_id: i64, hlc: &Hlc) -> Result<()> {
    conn.execute(
        "UPDATE exchange_peers SET hlc = ?2 WHERE tandem_id = ?1",
        params![tandem_id, hlc.text()],
    )?;
    Ok(())
}

/// Records (or clears, with `None`) the problem the status shows: a machine code the UI
/// words, and the file it is about.
pub fn set_problem(
    conn: &Connection,
    tandem_id: i64,
    problem: Option<(&str, Option<&str>)>,
    now: DateTime<Utc>,
) -> Result<()> {
    conn.execute(
        "UPDATE exchange_peers SET problem = ?2, problem_file = ?3,
             problem_at = CASE WHEN ?2 IS NULL THEN NULL ELSE ?4 END
         WHERE tandem_id = ?1 AND (problem IS NOT ?2 OR problem_file IS NOT ?3)",
        params![
            tandem_id,
            problem.map(|(code, _)| code),
            problem.and_then(|(_, file)| file),
            utc_text(now)
        ],
    )?;
    Ok(())
}

/// Forgets the pairing and everything exchanged (the shared items stay as they are).
pub fn delete_peer(conn: &Connection, tandem_id: i64) -> Result<()> {
    for table in [
        "exchange_items",
        "exchange_received",
        "exchange_sent",
        "exchange_attempts",
        "exchange_history",
        "exchange_peers",
    ] {
        conn.execute(
            &format!("DELETE FROM {table} WHERE tandem_id = ?1"),
            params![tandem_id],
        )?;
    }
    Ok(())
}
