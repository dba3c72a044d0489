//! One honest light everywhere: the board the room sees, the action plan, the
//! overview and `tavle status` take a card's light from one rule, so the
//! number of cards drawn red on a board is that board's red count in the
//! status report, on any day — before, on and after the deadlines.

use std::path::Path;
use std::time::Instant;

use chrono::NaiveDate;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tavle::app::App;
use tavle::i18n::Lang;

const BOARDS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/boards");

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// Cells that start a card's title line with `glyph`: the light of one card
/// each (the legend, link lines and `(▲)` marks are not at a card's border).
fn drawn(t: &Terminal<TestBackend>, glyph: &str) -> usize {
    let buf = t.backend().buffer();
    let mut n = 0;
    for y in 0..buf.area.height {
        for x in 1..buf.area.width {
            let left = buf[(x - 1, y)].symbol();
            if buf[(x, y)].symbol() == glyph && matches!(left, "│" | "┃" | "║") {
                n += 1;
            }
        }
    }
    n
}

#[test]
fn cards_drawn_red_are_the_red_count_of_the_status_report() {
    let dir = Path::new(BOARDS);
    // The day the boards were written, the days around their deadlines, and
    // days long before and after them all.
    let days = [
        date(2026, 1, 1),
        date(2026, 11, 20),
        date(2026, 11, 24),
        date(2026, 11, 26),
        date(2026, 12, 4),
        date(2026, 12, 18),
        date(2027, 3, 2),
        date(2028, 1, 1),
    ];
    let ids: Vec<String> = tavle::folder::store::board_files(dir)
        .unwrap()
        .iter()
        .map(|p| tavle::folder::store::board_id(p))
        .collect();
    assert_eq!(ids.len(), 3);
    let mut seen_red = 0;
    for today in days {
        for id in &ids {
            let entries = tavle::tui::load_all(dir).unwrap();
            let mut app = App::new(Lang::Nb, dir.into(), entries, today, Instant::now());
            app.open_path(&dir.join(format!("{id}.json")));
            let board = app.board().unwrap().clone();
            let input = tavle::status::Input::Board {
                id,
                board: &board,
                log: &[],
            };
            let whole = tavle::status::report(&[input], today, &Default::default(), Vec::new());
            let report = whole.boards[0].clone();
            let json: serde_json::Value =
                serde_json::from_str(&tavle::status::json(&whole)).unwrap();
            let red = json["boards"][0]["counts"]["red"].as_u64().unwrap() as usize;
            let mut t = Terminal::new(TestBackend::new(400, 200)).unwrap();
            t.draw(|f| {
                tavle::ui::render(
                    &app,
                    today.and_hms_opt(9, 0, 0).unwrap().and_utc().fixed_offset(),
                    f,
                )
            })
            .unwrap();
            assert_eq!(drawn(&t, "■"), red, "{id} on {today}: red");
            assert_eq!(
                drawn(&t, "▲"),
                report.counts.yellow,
                "{id} on {today}: yellow"
            );
            assert_eq!(
                drawn(&t, "●"),
                report.counts.green,
                "{id} on {today}: green"
            );
            assert_eq!(drawn(&t, "✓"), report.counts.done, "{id} on {today}: done");
            seen_red += red;
        }
    }
    assert!(
        seen_red > 0,
        "some day must have red cards, or the test proves nothing"
    );
}
