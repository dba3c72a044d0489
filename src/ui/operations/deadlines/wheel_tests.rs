//! The ring of the annual wheel is drawn below its heading: week 1 at the
//! top of the ring, on the line after the heading, not over it.

use ratatui::Terminal;
use ratatui::backend::TestBackend;

use super::*;

fn week(week: u32) -> StripWeek {
    StripWeek {
        week,
        events: Vec::new(),
        current: false,
    }
}

fn rows(t: &Terminal<TestBackend>) -> Vec<String> {
    let buf = t.backend().buffer();
    (0..buf.area.height)
        .map(|y| (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect())
        .collect()
}

#[test]
fn the_ring_starts_on_the_line_below_the_heading() {
    // Four weeks on a ring of 40×10 cells below the heading: the centre is
    // at x 20, y 1 + 4.5; the half-axes 4.5 high and 9.9 wide (2.2 × 4.5).
    // Week 1 at the top (20, 1), week 2 at the right (29.9 → 30, 5.5 → 6),
    // week 3 at the bottom (20, 10), week 4 at the left (10.1 → 10, 6);
    // each week's number two cells right of it, left of it in the left half.
    let weeks: Vec<StripWeek> = (1..=4).map(week).collect();
    let mut t = Terminal::new(TestBackend::new(40, 11)).unwrap();
    t.draw(|f| {
        render_ring(
            &weeks,
            Line::raw("Årshjul 2026"),
            Lang::Nb,
            Rect::new(0, 0, 40, 11),
            f,
        );
    })
    .unwrap();
    let rows = rows(&t);
    let mut want = vec![String::new(); 11];
    want[0] = "Årshjul 2026".to_string();
    want[1] = format!("{}· 1", " ".repeat(20));
    want[6] = format!("{}4 ·{}· 2", " ".repeat(8), " ".repeat(19));
    want[10] = format!("{}· 3", " ".repeat(20));
    let got: Vec<&str> = rows.iter().map(|r| r.trim_end()).collect();
    assert_eq!(got, want);
}
