//! The panel under the overview while it is filtered by owner: while the
//! name is typed, the people it can mean (pick one with ↑↓ and Enter); then
//! everything that person is responsible for on every board listed, which
//! scrolls (J/K) with its position at the bottom. Draws only.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style, Stylize};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use crate::app::App;
use crate::i18n::{self, ListWord, OwnerWord, PlanWord};
use tavle_core::text::{fit, sanitize};

/// Everything the filtered owner is responsible for, across every board:
/// their open cards, their open follow-ups and their other decisions; each
/// line names its owner when what is typed fits several people. When it is
/// longer than the screen, it starts at the board selected above, and J/K
/// scroll it (the position shows at the bottom).
pub fn render_responsibilities(app: &App, area: Rect, frame: &mut Frame) {
    let lang = app.shared.lang();
    let Some(who) = super::overview::owner(app) else {
        return;
    };
    let who = who.as_str();
    let today = app.shared.today();
    let w = area.width.saturating_sub(2) as usize;
    let names = (app.screens.overview.across).names(app.shared.entries(), None);
    let mut lines = Vec::new();
    // Where each board's part starts, to scroll to the selected board.
    let mut starts: Vec<(usize, usize)> = Vec::new();
    // The title gives way; the deadline after it is never cut.
    // Several people fit what is typed (`kari`): each line says whose it is.
    let several = crate::app::overview::names(&app.shared, who).len() > 1;
    let line = |glyph: &str, colour: Color, title: &str, when: String, owner: Option<&str>| {
        let owner = owner
            .filter(|_| several)
            .map(|o| format!(" · {}", sanitize(o.trim())))
            .unwrap_or_default();
        let tail = if when.is_empty() {
            owner
        } else {
            format!(" · {when}{owner}")
        };
        let room =
            w.saturating_sub(tavle_core::text::width(glyph) + 2 + tavle_core::text::width(&tail));
        Line::from(vec![
            Span::styled(format!(" {glyph} "), Style::new().fg(colour).bold()),
            Span::raw(format!("{}{tail}", fit(&sanitize(title), room))),
        ])
    };
    for (i, e) in app.shared.entries().iter().enumerate() {
        let Some(b) = e.summary() else {
            continue;
        };
        let mut cards: Vec<_> = (b.owner_cards(who, today).into_iter())
            .map(|c| (c, b.status(c, today)))
            .collect();
        let decisions = tavle_core::owner::decisions(b.slim(), who, today);
        if cards.is_empty() && decisions.is_empty() {
            continue;
        }
        starts.push((i, lines.len()));
        cards.sort_by_key(|(c, s)| (std::cmp::Reverse(s.light), c.due));
        let name = names
            .get(i)
            .map(|(t, a)| (sanitize(&t).into_owned(), sanitize(&a).into_owned()))
            .unwrap_or_default();
        lines.push(Line::from(
            Span::raw(crate::app::overview::fit_name(&name, w))
                .bold()
                .underlined(),
        ));
        for (c, s) in cards {
            let (glyph, colour) = super::status_glyphs(&s);
            let due = c
                .due
                .map(|d| i18n::deadline(lang, d, today, s.done))
                .unwrap_or_default();
            let due = if s.overdue { format!("⚠ {due}") } else { due };
            lines.push(line(&glyph, colour, b.title(c), due, b.owner(c)));
        }
        let (open, rest): (Vec<&tavle_core::owner::Owned>, Vec<_>) =
            decisions.iter().partition(|o| o.open);
        for (word, list) in [(OwnerWord::FollowUps, open), (OwnerWord::Decisions, rest)] {
            if list.is_empty() {
                continue;
            }
            lines.push(Line::from(
                Span::raw(format!(" {}", i18n::owner_word(lang, word))).italic(),
            ));
            for o in list {
                let d = o.decision;
                let (glyph, colour) = if d.done {
                    ("☑", Color::Green)
                } else if o.overdue {
                    ("⚠", Color::Red)
                } else if o.open {
                    ("☐", Color::Reset)
                } else {
                    ("•", Color::Reset)
                };
                let when = match d.due {
                    Some(due) if o.open => i18n::deadline(lang, due, today, d.done),
                    _ => i18n::date_short(d.at.at().date_naive(), today),
                };
                lines.push(line(glyph, colour, &d.text, when, d.owner.as_deref()));
            }
        }
    }
    if lines.is_empty() {
        lines.push(Line::from(
            Span::raw(format!(" {}", i18n::owner_word(lang, OwnerWord::Nothing))).dim(),
        ));
    }
    let room = usize::from(area.height.saturating_sub(2));
    let limit = lines.len().saturating_sub(room);
    let overview = &app.screens.overview;
    let scroll = match overview.panel {
        // Scrolled by hand (J/K).
        Some(top) => top.min(limit),
        // The selected board's part, or the next one that has a part.
        None => starts
            .iter()
            .find(|(i, _)| *i >= app.shared.current())
            .or(starts.last())
            .map_or(0, |(_, l)| *l)
            .min(limit),
    };
    overview.drawn_panel.set(crate::app::overview::Drawn {
        top: scroll,
        rows: room,
        limit,
    });
    let title = format!(
        " {} {} ",
        sanitize(who),
        i18n::plan_word(lang, PlanWord::ResponsibleFor)
    );
    let mut block = Block::bordered().title(title);
    if limit > 0 {
        // Which lines are shown, and the keys that scroll.
        let last = (scroll + room).min(lines.len());
        block = block
            .title_bottom(Line::from(format!(
                " {} ",
                i18n::list_word(lang, ListWord::PanelKeys)
            )))
            .title_bottom(
                Line::from(format!(" {}–{last}/{} ", scroll + 1, lines.len())).right_aligned(),
            );
    }
    frame.render_widget(
        Paragraph::new(lines)
            .scroll((u16::try_from(scroll).unwrap_or(u16::MAX), 0))
            .block(block),
        area,
    );
}

/// While the owner filter is typed: the people responsible for something
/// whose names match, with their open cards and follow-ups; the one chosen
/// with ↑↓ is marked, and Enter takes it.
pub fn render_names(app: &App, area: Rect, frame: &mut Frame) {
    let lang = app.shared.lang();
    let overview = &app.screens.overview;
    let people = crate::app::overview::names(&app.shared, &overview.owner.text());
    let w = area.width.saturating_sub(2) as usize;
    let room = usize::from(area.height.saturating_sub(2));
    let sel = overview.picked.unwrap_or(0);
    let (first, last) = super::fit::window(people.len(), sel, room, |_| 1);
    overview.drawn_panel.set(crate::app::overview::Drawn {
        top: first,
        rows: room,
        limit: people.len().saturating_sub(room),
    });
    let mut lines: Vec<Line> = Vec::new();
    if first > 0 {
        lines.push(Line::from(Span::raw(i18n::more_above(lang, first)).dim()));
    }
    for (i, p) in people.iter().enumerate().take(last).skip(first) {
        let text = i18n::owner_line(lang, &sanitize(&p.name), p.cards, p.follow_ups);
        lines.push(if overview.picked == Some(i) {
            Line::from(Span::styled(
                fit(&format!("▶ {text}"), w),
                super::selected_style(),
            ))
        } else {
            Line::from(fit(&format!("  {text}"), w))
        });
    }
    if last < people.len() {
        lines.push(Line::from(
            Span::raw(i18n::more_below(lang, people.len() - last)).dim(),
        ));
    }
    if people.is_empty() {
        lines.push(Line::from(
            Span::raw(format!("  {}", i18n::list_word(lang, ListWord::NoMatch))).dim(),
        ));
    }
    let mut block = Block::bordered()
        .title(format!(" {} ", i18n::list_word(lang, ListWord::Owners)))
        .title_bottom(Line::from(format!(
            " {} ",
            i18n::list_word(lang, ListWord::OwnerKeys)
        )));
    if let Some(i) = overview.picked {
        block =
            block.title_bottom(Line::from(format!(" {}/{} ", i + 1, people.len())).right_aligned());
    }
    frame.render_widget(Paragraph::new(lines).block(block), area);
}
