//! More tests of the folder layer's messages (run 16's survivors).

use super::*;

/// A lock's time as messages show it: day, month, year, hours and minutes
/// in the local time zone. Whatever the zone (UTC-12 to UTC+14, offsets of
/// whole quarter hours), noon UTC on 15 June 2099 is shown as a time of 15
/// or 16 June 2099 on a quarter hour.
#[test]
fn a_locks_time_is_shown_as_a_local_date_and_minute() {
    // 2099-06-15T12:00:00Z.
    let t = std::time::UNIX_EPOCH + std::time::Duration::from_secs(4_085_208_000);
    let shown = local_time(t);
    assert_eq!(shown.len(), "15.06.2099 12:00".len(), "{shown}");
    assert!(shown.contains(".06.2099 "), "{shown}");
    let (day, time) = shown.split_once(".06.2099 ").unwrap();
    assert!(["15", "16"].contains(&day), "{shown}");
    assert!(
        time.ends_with(":00") || time.ends_with(":30") || time.ends_with(":45"),
        "{shown}"
    );
}

/// The op names a cycle by its place from 0; the message counts from 1,
/// as people do: place 0 is cycle 1, place 2 cycle 3.
#[test]
fn a_cycle_gone_is_counted_from_one() {
    let gone = |at: usize| Msg::from(UpdateError::Op(OpError::NoSuchCycle("k1".into(), at)));
    assert_eq!(gone(0), Msg::CycleGone("k1".into(), 1));
    assert_eq!(gone(2), Msg::CycleGone("k1".into(), 3));
}
