use super::*;

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn writes_a_new_file_owner_only_and_leaves_no_temp_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("agenda.md");
    write_private(&path, b"# Agenda\n", "the agenda").unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), b"# Agenda\n");
    #[cfg(unix)]
    assert_eq!(mode(&path), 0o600);
    let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(names.len(), 1, "no temp file left behind");
}

#[test]
fn replaces_an_existing_file_and_tightens_its_mode() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("calendar.ics");
    std::fs::write(&path, b"old").unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    }
    write_private(&path, b"new", "the calendar file").unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), b"new");
    #[cfg(unix)]
    assert_eq!(mode(&path), 0o600);
}

#[cfg(unix)]
#[test]
fn a_symlink_at_the_target_is_replaced_not_followed() {
    let dir = tempfile::tempdir().unwrap();
    let victim = dir.path().join("bashrc");
    std::fs::write(&victim, b"keep me").unwrap();
    let link = dir.path().join("export.md");
    std::os::unix::fs::symlink(&victim, &link).unwrap();
    write_private(&link, b"export", "the export").unwrap();
    assert_eq!(std::fs::read(&victim).unwrap(), b"keep me");
    assert!(!std::fs::symlink_metadata(&link)
        .unwrap()
        .file_type()
        .is_symlink());
    assert_eq!(std::fs::read(&link).unwrap(), b"export");
}

#[test]
fn a_missing_folder_is_an_error_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("gone").join("x.md");
    let err = write_private(&path, b"x", "the export").unwrap_err();
    assert_eq!(err.code(), crate::ErrorCode::Io);
    assert!(!dir.path().join("gone").exists());
}

#[test]
fn reads_regular_files_within_the_limit() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("invite.ics");
    std::fs::write(&path, b"BEGIN:VCALENDAR").unwrap();
    let too_large = || Error::InvalidInput("too large".into());
    assert_eq!(
        read_regular(&path, 100, too_large).unwrap(),
        b"BEGIN:VCALENDAR"
    );
    let err = read_regular(&path, 5, || Error::InvalidInput("too large".into())).unwrap_err();
    assert_eq!(err.to_string(), "Invalid input: too large");
    let err = read_regular(dir.path(), 100, || Error::Internal("x".into())).unwrap_err();
    assert!(err.to_string().contains("not a regular file"), "{err}");
}

#[cfg(unix)]
#[test]
fn a_fifo_is_refused_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe.ics");
    let status = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(status.success());
    let started = std::time::Instant::now();
    let err = read_regular(&fifo, 100, || Error::Internal("x".into())).unwrap_err();
    assert!(err.to_string().contains("not a regular file"), "{err}");
    assert!(started.elapsed() < std::time::Duration::from_secs(1));
}
