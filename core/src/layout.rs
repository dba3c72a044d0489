//! Which panels a board's screen shows, and in what order (driftstavle,
//! §4.1.4: status against goals, resource use, risk, measures, deadlines).
//! A board names them in its file (`panels`); when it names none, an
//! operations board shows all five and an improvement board its columns.
//! Pure: the board in, the panels out.

use crate::model::{Board, Kind};

/// One panel of a board screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PanelKind {
    /// Goals and indicators, with sparklines and lights.
    Goals,
    /// Today's staffing per shift (bemanning).
    Staffing,
    /// Risks (with the risk matrix) and deviations (avvik).
    Risks,
    /// The measures: the board's columns of cards.
    Measures,
    /// This week's and next week's deadlines, and the annual wheel.
    Deadlines,
}

impl PanelKind {
    /// Every panel, in the order an operations board shows them.
    pub const ALL: [PanelKind; 5] = [
        PanelKind::Goals,
        PanelKind::Staffing,
        PanelKind::Risks,
        PanelKind::Measures,
        PanelKind::Deadlines,
    ];

    /// The names in the file, in the order of [`PanelKind::ALL`].
    pub const NAMES: [&'static str; 5] = ["goals", "staffing", "risks", "measures", "deadlines"];

    pub fn parse(s: &str) -> Option<PanelKind> {
        let i = PanelKind::NAMES.iter().position(|n| *n == s)?;
        Some(PanelKind::ALL[i])
    }

    pub fn as_str(self) -> &'static str {
        PanelKind::NAMES[self as usize]
    }
}

/// The panels `board` shows, in order: those its file names (each once,
/// names tavle does not know left out, the measures added last when the
/// file leaves them out, so the cards are never out of reach), else the
/// kind's own.
pub fn panels(board: &Board) -> Vec<PanelKind> {
    if board.panels.is_empty() {
        return match board.kind {
            Kind::Drift => PanelKind::ALL.to_vec(),
            Kind::Forbedring => vec![PanelKind::Measures],
        };
    }
    let mut out = Vec::new();
    for p in board.panels.iter().filter_map(|n| PanelKind::parse(n)) {
        if !out.contains(&p) {
            out.push(p);
        }
    }
    if !out.contains(&PanelKind::Measures) {
        out.push(PanelKind::Measures);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(kind: &str, panels: &[&str]) -> (Board, Vec<crate::analyze::Located>) {
        let json = serde_json::json!({
            "tavle": 1, "title": "t", "kind": kind, "panels": panels,
        });
        let (b, diags) = crate::analyze::analyze_text(&json.to_string());
        (b.expect("a board"), diags)
    }

    fn board(kind: &str, panels: &[&str]) -> Board {
        read(kind, panels).0
    }

    #[test]
    fn an_operations_board_shows_the_five_panels_when_its_file_names_none() {
        use PanelKind::*;
        assert_eq!(
            panels(&board("drift", &[])),
            vec![Goals, Staffing, Risks, Measures, Deadlines]
        );
        assert_eq!(panels(&board("forbedring", &[])), vec![Measures]);
    }

    #[test]
    fn the_files_order_holds_unknown_names_are_left_out_and_the_measures_stay() {
        use PanelKind::*;
        let b = board("drift", &["deadlines", "weather", "staffing", "deadlines"]);
        assert_eq!(panels(&b), vec![Deadlines, Staffing, Measures]);
        assert_eq!(b.panels.len(), 4, "every name is kept in the file");
        let b = board("forbedring", &["measures", "risks"]);
        assert_eq!(panels(&b), vec![Measures, Risks]);
    }

    #[test]
    fn tavle_check_names_a_panel_it_does_not_know_and_suggests_a_close_one() {
        use crate::diag::{DiagKind, Severity};
        let (_, diags) = read("drift", &["goals", "staffng", "weather"]);
        let found: Vec<_> = diags.iter().map(|d| (d.severity, &d.kind)).collect();
        let unknown = |value: &str, suggestion| DiagKind::UnknownValue {
            value: value.into(),
            allowed: &PanelKind::NAMES,
            suggestion,
        };
        assert_eq!(
            found,
            [
                (Severity::Warning, &unknown("staffng", Some("staffing"))),
                (Severity::Warning, &unknown("weather", None)),
            ]
        );
        assert!(read("drift", &["goals", "measures"]).1.is_empty());
    }
}
