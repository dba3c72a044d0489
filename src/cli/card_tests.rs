//! The patch `tavle card set` makes of its options: each option given is
//! in it, an empty owner clears the owner.

use super::*;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 24).unwrap()
}

fn fields(title: Option<&str>, owner: Option<&str>, due: Option<&str>) -> CardFields {
    CardFields {
        title: title.map(str::to_string),
        owner: owner.map(str::to_string),
        due: due.map(str::to_string),
        light: Some("gul".to_string()),
    }
}

#[test]
fn every_option_given_is_in_the_patch() {
    let patch = patch_of(
        &fields(Some("Ny tittel"), Some("Kari"), Some("1.12")),
        today(),
    );
    assert_eq!(
        patch.unwrap(),
        CardPatch {
            title: Some("Ny tittel".to_string()),
            owner: Some(Some("Kari".to_string())),
            due: Some(NaiveDate::from_ymd_opt(2026, 12, 1)),
            light: Some(Some(Light::Yellow)),
            ..CardPatch::default()
        }
    );
}

#[test]
fn an_empty_owner_clears_the_owner_and_no_owner_leaves_it() {
    let cleared = patch_of(&fields(None, Some("  "), None), today()).unwrap();
    assert_eq!(cleared.owner, Some(None));
    let left = patch_of(&fields(None, None, None), today()).unwrap();
    assert_eq!(left.owner, None);
    assert_eq!(left.title, None);
}

/// `tavle card archive` (or `--restore`) on card f1 of the sample board in
/// `dir`: the exit and what was written to stderr.
fn archive(dir: &Path, restore: bool) -> (Exit, String) {
    let now = Now::at(chrono::DateTime::parse_from_rfc3339("2026-11-24T10:00:00+01:00").unwrap());
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let mut io = Io::new(crate::i18n::Lang::En, &mut out, &mut err);
    let cmd = CardCmd::Archive {
        board: "sykehjem-forbedring".to_string(),
        card: "f1".to_string(),
        restore,
    };
    let exit = run(cmd, dir, now, &mut io);
    (exit, String::from_utf8_lossy(&err).into_owned())
}

#[test]
fn archive_archives_the_card_in_the_file_and_restore_brings_it_back() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("sykehjem-forbedring.json");
    std::fs::write(
        &path,
        include_bytes!("../../boards/sykehjem-forbedring.json"),
    )
    .unwrap();
    let archived = || {
        let board = store::analyze(&path).board.expect("the board still parses");
        board.card("f1").expect("f1 is still in the file").archived
    };
    assert!(!archived());
    assert_eq!(archive(tmp.path(), false), (Exit::Ok, String::new()));
    assert!(archived(), "archived in the file");
    assert_eq!(archive(tmp.path(), true), (Exit::Ok, String::new()));
    assert!(!archived(), "restored in the file");
}
