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
