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
use tavle_core::layout::PanelKind;

const BOARDS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/boards");

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// The rows where the cards are: the whole body, or on an operations board
/// the rows of its measures (under ` v Tiltak `, above the next panel's
/// title): the panels around them draw lights too, of goals, not of cards.
fn card_rows(t: &Terminal<TestBackend>) -> std::ops::Range<u16> {
    let buf = t.backend().buffer();
    let row = |y: u16| -> String { (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect() };
    let measures = format!(
        " v {} ",
        tavle::i18n::panel_title(Lang::Nb, PanelKind::Measures)
    );
    let Some(top) = (0..buf.area.height).find(|y| row(*y).starts_with(&measures)) else {
        return 0..buf.area.height;
    };
    let panels: Vec<String> = PanelKind::ALL
        .iter()
        .filter(|k| **k != PanelKind::Measures)
        .map(|k| tavle::i18n::panel_title(Lang::Nb, *k))
        .collect();
    let bottom = (top + 1..buf.area.height)
        .find(|y| panels.iter().any(|p| row(*y).contains(&format!(" {p} "))))
        .unwrap_or(buf.area.height);
    top + 1..bottom
}

/// Cells that start a card's title line with `glyph`: the light of one card
/// each (the legend, link lines and `(▲)` marks are not at a card's border).
fn drawn(t: &Terminal<TestBackend>, glyph: &str) -> usize {
    let buf = t.backend().buffer();
    let mut n = 0;
    for y in card_rows(t) {
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

/// The text of row `y` from column `x` on, `n` cells wide.
fn cells(t: &Terminal<TestBackend>, y: u16, x: u16, n: u16) -> String {
    let buf = t.backend().buffer();
    (x..(x + n).min(buf.area.width))
        .map(|x| buf[(x, y)].symbol().to_string())
        .collect()
}

#[test]
fn the_overview_counts_each_light_no_light_and_done_as_status_does() {
    let dir = Path::new(BOARDS);
    let days = [date(2026, 11, 20), date(2026, 12, 4), date(2027, 3, 2)];
    let mut seen_none = 0;
    for today in days {
        for (width, height) in [(80, 24), (160, 45)] {
            let entries = tavle::tui::load_all(dir).unwrap();
            let app = App::new(Lang::Nb, dir.into(), entries, today, Instant::now());
            let mut t = Terminal::new(TestBackend::new(width, height)).unwrap();
            let wall = today.and_hms_opt(9, 0, 0).unwrap().and_utc().fixed_offset();
            t.draw(|f| tavle::ui::render(&app, wall, f)).unwrap();
            // The heading names the five counts, in this order.
            let heading = "■  ▲  ●  ○  ✓";
            let (hy, hx) = (0..height)
                .find_map(|y| {
                    let row = cells(&t, y, 0, width);
                    let at = row.find(heading)?;
                    Some((y, row[..at].chars().count() as u16))
                })
                .unwrap_or_else(|| panic!("no {heading:?} heading at {width}x{height}"));
            for entry in app.shared.entries() {
                let board = entry.board.as_ref().unwrap();
                let input = tavle::status::Input::Board {
                    id: &entry.id,
                    board,
                    log: &[],
                };
                let whole = tavle::status::report(&[input], today, &Default::default(), Vec::new());
                let json: serde_json::Value =
                    serde_json::from_str(&tavle::status::json(&whole)).unwrap();
                let c = &json["boards"][0]["counts"];
                let want: Vec<u64> = ["red", "yellow", "green", "none", "done"]
                    .iter()
                    .map(|k| c[*k].as_u64().unwrap_or_else(|| panic!("counts.{k}: {c}")))
                    .collect();
                // The board's row: the one whose title cell starts its title.
                let start: String = board.title.chars().take(20).collect();
                let y = (hy + 1..height)
                    .find(|&y| cells(&t, y, 0, width).contains(&start))
                    .unwrap_or_else(|| panic!("{} not on the overview", board.title));
                let got: Vec<u64> = cells(&t, y, hx, 15)
                    .split_whitespace()
                    .map(|n| n.parse().unwrap())
                    .collect();
                assert_eq!(got, want, "{} on {today} at {width}x{height}", entry.id);
                seen_none += want[3];
            }
        }
    }
    assert!(
        seen_none > 0,
        "a sample card without a light, or the test proves less"
    );
}
