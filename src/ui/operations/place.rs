//! Where the panels of an operations board go, as geometry only: given the
//! panels in the file's order, the rows each would fill, and the screen's
//! body, the rectangle of each panel — or tabs, when the body is too small
//! for them side by side with room left for the cards. Pure, so the
//! thresholds are tested here without drawing.
//!
//! Reading order (left→right, top→bottom) follows the file: the panels
//! named before the measures go in a band above the columns, those after in
//! a band below; on a very wide screen (a 4K TV) the bands become columns
//! left and right of the measures, which then keep the whole height. The
//! measures get what is left, always the most room.

use ratatui::layout::{Constraint, Layout, Rect};
use tavle_core::layout::PanelKind;

/// Below this width the panels become tabs.
pub const TABS_BELOW_WIDTH: u16 = 90;
/// The cards need at least this many rows beside the bands, or the panels
/// become tabs (a body of 21 rows, 80×24, is tabs; 37 rows, 120×40, is not).
pub const MIN_MEASURES: u16 = 14;
/// A panel is never drawn lower than this (a frame, a heading and two lines).
pub const MIN_PANEL: u16 = 5;
/// From this width, with a screen at least three times as wide as high,
/// the panels go in columns beside the measures.
pub const SIDES_FROM_WIDTH: u16 = 240;
/// A panel in a band is never narrower than this.
pub const MIN_PANEL_WIDTH: u16 = 28;

/// How the body is laid out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Places {
    /// One panel at a time, with a row of tabs above it.
    Tabs,
    /// Every panel in its rectangle, in the file's order.
    Grid(Vec<(PanelKind, Rect)>),
}

/// The places of `panels` in `area`; `want(kind)` is how many rows (with
/// its frame) the panel would fill.
#[cfg(test)]
pub fn places(panels: &[PanelKind], want: &dyn Fn(PanelKind) -> u16, area: Rect) -> Places {
    places_focused(panels, want, area, PanelKind::Measures)
}

/// As [`places`], with the panel that has the keyboard (`focused`): its
/// band may take up to half the height, so what is being worked on in the
/// meeting shows whole while the columns keep their rows.
pub fn places_focused(
    panels: &[PanelKind],
    want: &dyn Fn(PanelKind) -> u16,
    area: Rect,
    focused: PanelKind,
) -> Places {
    let Some(m) = panels.iter().position(|p| *p == PanelKind::Measures) else {
        return Places::Tabs;
    };
    let (before, after) = (&panels[..m], &panels[m + 1..]);
    if area.width < TABS_BELOW_WIDTH {
        return Places::Tabs;
    }
    let widest_band = before.len().max(after.len()) as u16;
    if widest_band * MIN_PANEL_WIDTH > area.width {
        return Places::Tabs;
    }
    if area.width >= SIDES_FROM_WIDTH && area.width >= 3 * area.height {
        return sides(before, after, want, area);
    }
    bands(before, after, want, area, focused)
}

/// Bands above and below the measures, each as high as its fullest panel
/// wants, within a share of the height.
fn bands(
    before: &[PanelKind],
    after: &[PanelKind],
    want: &dyn Fn(PanelKind) -> u16,
    area: Rect,
    focused: PanelKind,
) -> Places {
    let bands = u16::from(!before.is_empty()) + u16::from(!after.is_empty());
    // One band may take a third of the height, two bands a quarter each:
    // the cards keep room to show who changed what and when.
    let cap = match bands {
        0 | 1 => area.height / 3,
        _ => area.height / 4,
    }
    .max(MIN_PANEL);
    let height = |band: &[PanelKind], cap: u16| -> u16 {
        if band.is_empty() {
            return 0;
        }
        let most = band.iter().map(|k| want(*k)).max().unwrap_or(MIN_PANEL);
        most.clamp(MIN_PANEL, cap)
    };
    let (mut top, mut bottom) = (height(before, cap), height(after, cap));
    // The band with the keyboard may grow to half the height, as far as
    // the other band and the measures' rows leave room.
    let grown = |other: u16| {
        let room = area.height.saturating_sub(other + MIN_MEASURES);
        (area.height / 2).min(room).max(cap)
    };
    if before.contains(&focused) {
        top = height(before, grown(bottom));
    } else if after.contains(&focused) {
        bottom = height(after, grown(top));
    }
    if area.height < top + bottom + MIN_MEASURES {
        return Places::Tabs;
    }
    let [top_area, middle, bottom_area] = Layout::vertical([
        Constraint::Length(top),
        Constraint::Fill(1),
        Constraint::Length(bottom),
    ])
    .areas(area);
    let mut out = row(before, top_area);
    out.push((PanelKind::Measures, middle));
    out.extend(row(after, bottom_area));
    Places::Grid(out)
}

/// Panels side by side in one band, equal widths.
fn row(band: &[PanelKind], area: Rect) -> Vec<(PanelKind, Rect)> {
    let rects = Layout::horizontal(vec![Constraint::Fill(1); band.len()]).split(area);
    band.iter().copied().zip(rects.iter().copied()).collect()
}

/// Columns left and right of the measures, the panels stacked in each: a
/// panel with a fixed number of rows (the staffing: one per shift) gets
/// those, the others share the rest by how much each would fill.
fn sides(
    before: &[PanelKind],
    after: &[PanelKind],
    want: &dyn Fn(PanelKind) -> u16,
    area: Rect,
) -> Places {
    let side = (area.width / 5).clamp(40, 100);
    let [left, middle, right] = Layout::horizontal([
        Constraint::Length(if before.is_empty() { 0 } else { side }),
        Constraint::Fill(1),
        Constraint::Length(if after.is_empty() { 0 } else { side }),
    ])
    .areas(area);
    let mut out = column(before, want, left);
    out.push((PanelKind::Measures, middle));
    out.extend(column(after, want, right));
    Places::Grid(out)
}

fn column(
    band: &[PanelKind],
    want: &dyn Fn(PanelKind) -> u16,
    area: Rect,
) -> Vec<(PanelKind, Rect)> {
    if band.is_empty() {
        return Vec::new();
    }
    let grows = |k: PanelKind| k != PanelKind::Staffing;
    let mut constraints: Vec<Constraint> = (band.iter())
        .map(|k| {
            let w = want(*k).max(MIN_PANEL);
            if grows(*k) {
                Constraint::Fill(w)
            } else {
                Constraint::Length(w)
            }
        })
        .collect();
    // Only fixed panels: they keep their rows and the rest stays empty.
    let all_fixed = !band.iter().any(|k| grows(*k));
    if all_fixed {
        constraints.push(Constraint::Fill(1));
    }
    let rects = Layout::vertical(constraints).split(area);
    band.iter().copied().zip(rects.iter().copied()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use PanelKind::*;

    fn want(k: PanelKind) -> u16 {
        match k {
            Goals => 9,
            Staffing => 7,
            Risks => 10,
            Deadlines => 8,
            Measures => 0,
        }
    }

    fn grid(p: Places) -> Vec<(PanelKind, Rect)> {
        match p {
            Places::Grid(g) => g,
            Places::Tabs => panic!("tabs, not a grid"),
        }
    }

    const ALL: [PanelKind; 5] = [Goals, Staffing, Risks, Measures, Deadlines];

    #[test]
    fn a_laptop_gets_tabs_and_a_meeting_room_tv_a_grid() {
        // The body of 80×24 (top bar, notice and hints take three rows).
        assert_eq!(places(&ALL, &want, Rect::new(0, 1, 80, 21)), Places::Tabs);
        // Wide but low: no room for the cards beside the bands.
        assert_eq!(places(&ALL, &want, Rect::new(0, 1, 160, 24)), Places::Tabs);
        // 120×40 and 200×60: the grid.
        for (w, h) in [(120, 37), (200, 57)] {
            let g = grid(places(&ALL, &want, Rect::new(0, 1, w, h)));
            assert_eq!(g.iter().map(|p| p.0).collect::<Vec<_>>(), ALL);
        }
    }

    #[test]
    fn panels_before_the_measures_go_above_and_after_below_in_the_files_order() {
        let area = Rect::new(0, 1, 120, 44);
        let g = grid(places(&ALL, &want, area));
        let rect = |k: PanelKind| g.iter().find(|p| p.0 == k).map(|p| p.1).unwrap();
        // Left to right in the band above, in the file's order.
        assert!(rect(Goals).x < rect(Staffing).x && rect(Staffing).x < rect(Risks).x);
        assert_eq!(rect(Goals).y, area.y);
        // The band is as high as its fullest panel wants (risks: 10).
        assert_eq!(rect(Goals).height, 10);
        assert!(rect(Measures).y == area.y + 10);
        // The deadlines below, as high as they want, ending at the bottom.
        assert_eq!(rect(Deadlines).height, 8);
        assert_eq!(rect(Deadlines).bottom(), area.bottom());
        // The measures get the most room.
        assert_eq!(rect(Measures).height, 44 - 10 - 8);
        for k in [Goals, Staffing, Risks, Deadlines] {
            assert!(rect(Measures).area() > rect(k).area());
        }
    }

    #[test]
    fn a_band_never_takes_more_than_its_share_of_a_tall_screen() {
        let greedy = |k: PanelKind| if k == Measures { 0 } else { 200 };
        let area = Rect::new(0, 0, 200, 60);
        let g = grid(places(&ALL, &greedy, area));
        let rect = |k: PanelKind| g.iter().find(|p| p.0 == k).map(|p| p.1).unwrap();
        assert_eq!(rect(Goals).height, 15, "a quarter of 60");
        assert_eq!(rect(Measures).height, 60 - 15 - 15);
    }

    #[test]
    fn a_4k_tv_puts_the_panels_in_columns_and_fills_its_height() {
        let area = Rect::new(0, 0, 380, 100);
        let g = grid(places(&ALL, &want, area));
        let rect = |k: PanelKind| g.iter().find(|p| p.0 == k).map(|p| p.1).unwrap();
        // Left column: goals, staffing, risks from the top; right: deadlines.
        assert_eq!(rect(Goals).x, 0);
        assert!(rect(Goals).y < rect(Staffing).y && rect(Staffing).y < rect(Risks).y);
        assert!(rect(Deadlines).x > rect(Measures).x);
        assert_eq!(rect(Measures).height, 100);
        // Staffing keeps its rows; the others fill the column to the bottom.
        assert_eq!(rect(Staffing).height, 7);
        assert_eq!(rect(Risks).bottom(), 100);
        assert_eq!(rect(Deadlines).height, 100);
        assert!(rect(Measures).width > rect(Goals).width * 2);
    }

    #[test]
    fn only_the_measures_named_after_the_panels_means_one_band() {
        let panels = [Deadlines, Staffing, Measures];
        let area = Rect::new(0, 0, 120, 37);
        let g = grid(places(&panels, &want, area));
        assert_eq!(g.iter().map(|p| p.0).collect::<Vec<_>>(), panels);
        let rect = |k: PanelKind| g.iter().find(|p| p.0 == k).map(|p| p.1).unwrap();
        assert!(rect(Deadlines).x < rect(Staffing).x);
        assert_eq!(rect(Measures).bottom(), area.bottom());
    }

    /// The band of the panel that has the keyboard grows to half the
    /// height when it has that much to show; the other band keeps its quarter.
    #[test]
    fn the_focused_panels_band_may_take_half_the_height() {
        use PanelKind::*;
        let greedy = |_: PanelKind| 100;
        let area = Rect::new(0, 1, 100, 40);
        let height = |focused| {
            let g = grid(places_focused(&ALL, &greedy, area, focused));
            let of = |k| g.iter().find(|(p, _)| *p == k).map(|(_, r)| r.height);
            (of(Risks), of(Deadlines), of(Measures))
        };
        // 40 rows: a quarter is 10; focused, 40 − 10 − 14 = 16 (< half, 20).
        assert_eq!(height(Measures), (Some(10), Some(10), Some(20)));
        assert_eq!(height(Risks), (Some(16), Some(10), Some(14)));
        assert_eq!(height(Deadlines), (Some(10), Some(16), Some(14)));
        // A tall screen: half of 80 is the limit.
        let g = grid(places_focused(
            &ALL,
            &greedy,
            Rect::new(0, 0, 120, 80),
            Deadlines,
        ));
        let deadlines = g
            .iter()
            .find(|(p, _)| *p == Deadlines)
            .map(|(_, r)| r.height);
        assert_eq!(deadlines, Some(40));
    }
}
