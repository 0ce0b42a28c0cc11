use super::*;

const KEY: [u8; KEY_LEN] = [9; KEY_LEN];

fn sealed(body: &[u8]) -> Vec<u8> {
    seal(
        &KEY,
        [1; ID_LEN],
        [2; ID_LEN],
        [3; ID_LEN],
        42,
        1_700_000_000_000,
        body,
    )
    .unwrap()
}

fn header_of(bytes: &[u8]) -> Header {
    match peek(bytes) {
        Peek::Header(h) => h,
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_file_round_trips() {
    let file = sealed(b"{\"items\":[]}");
    let header = header_of(&file);
    assert_eq!(header.sequence, 42);
    assert_eq!(header.sender, [2; ID_LEN]);
    assert_eq!(open(&header, &file, &KEY).unwrap(), b"{\"items\":[]}");
}

#[test]
fn truncation_at_every_offset_never_opens() {
    let file = sealed(&[b'x'; 300]);
    for cut in 0..file.len() {
        let part = &file[..cut];
        match peek(part) {
            Peek::TooShort => assert!(cut < HEADER_LEN),
            Peek::Header(h) => assert_eq!(open(&h, part, &KEY), Err(OpenError::Incomplete)),
            other => panic!("cut {cut}: {other:?}"),
        }
    }
}

#[test]
fn a_flipped_bit_anywhere_is_refused() {
    let file = sealed(b"snapshot");
    for at in MAGIC.len() + 4..file.len() {
        for bit in [0u8, 3, 7] {
            let mut bad = file.clone();
            bad[at] ^= 1 << bit;
            let outcome = match peek(&bad) {
                Peek::Header(h) => open(&h, &bad, &KEY).map(|_| ()),
                Peek::NotOurs | Peek::Newer { .. } | Peek::TooShort => continue,
            };
            assert!(outcome.is_err(), "byte {at} bit {bit} went unnoticed");
        }
    }
}

#[test]
fn the_wrong_key_and_extra_bytes_are_damage() {
    let file = sealed(b"snapshot");
    let header = header_of(&file);
    assert_eq!(open(&header, &file, &[8; KEY_LEN]), Err(OpenError::Damaged));
    let mut longer = file.clone();
    longer.push(0);
    assert_eq!(open(&header, &longer, &KEY), Err(OpenError::Damaged));
}

#[test]
fn other_files_and_newer_formats_are_told_apart() {
    assert_eq!(peek(b"desktop.ini contents"), Peek::NotOurs);
    assert_eq!(peek(b""), Peek::TooShort);
    assert_eq!(peek(b"EYELEV"), Peek::TooShort);
    let mut newer = sealed(b"x");
    newer[10..12].copy_from_slice(&2u16.to_be_bytes());
    assert_eq!(peek(&newer), Peek::Newer { major: 2 });
}

#[test]
fn names_are_new_every_time() {
    let a = file_name(
        "0123456789abcdef0123456789abcdef",
        "fedcba9876543210fedcba9876543210",
        7,
    );
    assert!(a.starts_with("eyelevel_01234567_fedcba98_00000007_"), "{a}");
    assert!(a.ends_with(".eyx"));
    assert_ne!(
        a,
        file_name("0123456789abcdef0123456789abcdef", "fedcba98", 7)
    );
}
