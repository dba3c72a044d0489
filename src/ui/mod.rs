//! Views: functions that draw the app state and do nothing else. They take the
//! wall-clock time as an argument, never read it, so every screen renders the
//! same in a test.

mod a3;
mod banner;
pub mod big;
mod board;
mod card;
mod changes;
mod columns;
mod editor;
mod fit;
mod help;
pub mod indicators;
mod links;
mod matrix;
mod meeting;
mod merge;
mod merge_values;
mod operations;
mod overview;
mod owner_panel;
mod panel;
mod pdsa;
mod picker;
mod plan;
mod prepare;
mod round;
mod routines;
mod runchart_layout;
mod runchart_view;
mod since;
mod source;
mod symbols;
pub mod theme;
mod wall;
mod zoom;

use chrono::{DateTime, Datelike, FixedOffset};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style, Stylize};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Paragraph};

use crate::app::{App, Overlay, Screen, Search, keymap};
use crate::i18n::{self, Lang, Ui};
use tavle_core::model::Light;
use tavle_core::text::{fit, sanitize};

/// Below this size the screens cannot be read; a note asks for more room.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 16;

/// Draw the whole screen, coloured with the theme chosen (`theme::apply`:
/// the one place themes act, so every view on every path is themed).
pub fn render(app: &App, clock: DateTime<FixedOffset>, frame: &mut Frame) {
    draw(app, clock, frame);
    theme::apply(app.shared.theme(), frame.buffer_mut());
}

fn draw(app: &App, clock: DateTime<FixedOffset>, frame: &mut Frame) {
    let area = frame.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        render_too_small(app.shared.lang(), area, frame);
        return;
    }
    // Over every screen of a board: what is wrong with it, and the meeting
    // (its clock, item and time box) while one runs, on the overview too.
    let banner_h = banner::height(app, area.width);
    let running = app.board().zip(app.shared.running());
    let header_h = if running.is_some() {
        meeting::HEADER
    } else {
        0
    };
    let wall_h = u16::from(app.wall.is_some());
    let [top, wall_band, banner_area, header, body, notice, hints] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(wall_h),
        Constraint::Length(banner_h),
        Constraint::Length(header_h),
        Constraint::Fill(1),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area);
    render_top_bar(app, clock, top, frame);
    if let Some(w) = &app.wall {
        wall::render(app, w, clock, wall_band, frame);
    }
    banner::render(app, banner_area, frame);
    if let Some((board, running)) = running {
        meeting::render_header(app, board, running, header, frame);
    }
    let body = zoom::render_big_header(app, body, frame);
    match app.screen {
        Screen::Overview => overview::render(app, body, frame),
        Screen::Board if operations::is_layout(app) => operations::render(app, body, frame),
        Screen::Board => board::render(app, body, frame),
        Screen::Plan => plan::render(app, body, frame),
        Screen::Indicators => indicators::render(app, body, frame),
        Screen::Card => card::render(app, body, frame),
        Screen::Merge => merge::render(app, body, frame),
        Screen::Meeting => prepare::render(app, body, frame),
        Screen::Changes => changes::render(app, body, frame),
        Screen::Routines => routines::render(app, body, frame),
        Screen::Matrix => matrix::render(app, body, frame),
        Screen::Round => round::render(app, body, frame),
    }
    render_notice(app, notice, frame);
    render_hints(app, hints, frame);
    match &app.overlay {
        Some(Overlay::Help) => help::render(app, area, frame),
        Some(Overlay::Editor(ed)) => editor::render(app, ed, area, frame),
        Some(Overlay::Closing(c)) => meeting::render_closing(app, c, area, frame),
        Some(Overlay::Attendees(text)) => meeting::render_attendees(app, text, area, frame),
        Some(Overlay::Escalate(picker)) => picker::render(app, picker, area, frame),
        Some(o @ (Overlay::Since(_) | Overlay::Minutes(_))) => since::render(app, o, area, frame),
        Some(Overlay::Symbols) => symbols::render(app, area, frame),
        Some(Overlay::Ask(q)) => routines::render_ask(app, q, area, frame),
        Some(Overlay::A3(view)) => a3::render(app, view, area, frame),
        Some(Overlay::Indicator(pick)) => pdsa::render_pick(app, pick, area, frame),
        Some(Overlay::Zoom(view)) => zoom::render(app, view, area, frame),
        None => {}
    }
}

fn render_too_small(lang: Lang, area: Rect, frame: &mut Frame) {
    let text = format!(
        "{} ({}×{})",
        i18n::ui(lang, Ui::TooSmall),
        MIN_WIDTH,
        MIN_HEIGHT
    );
    let lines: Vec<Line> = tavle_core::text::wrap(
        &text,
        area.width.max(1) as usize,
        area.height.max(1) as usize,
    )
    .into_iter()
    .map(Line::from)
    .collect();
    frame.render_widget(Paragraph::new(lines).bold(), area);
}

/// A search line as typed: its text, with `▏` at the cursor while it has the
/// keyboard.
fn search_line(search: &Search) -> String {
    let (before, after) = search.around_cursor();
    if search.typing {
        format!("{}▏{}", sanitize(&before), sanitize(&after))
    } else {
        sanitize(search.text().as_str()).into_owned()
    }
}

fn render_top_bar(app: &App, clock: DateTime<FixedOffset>, area: Rect, frame: &mut Frame) {
    let lang = app.shared.lang();
    let weekday = i18n::weekday_short(lang, clock.weekday());
    let right = format!(
        " {weekday} {} · {} · {} ",
        clock.format("%d.%m.%Y"),
        i18n::week_number(lang, clock.iso_week().week()),
        clock.format("%H:%M")
    );
    let title = match app.screen {
        Screen::Overview | Screen::Changes | Screen::Round => format!(
            " tavle · {} · {}",
            match app.screen {
                Screen::Changes => i18n::report_word(lang, i18n::ReportWord::ChangesTitle),
                Screen::Round => i18n::round_word(lang, i18n::RoundWord::Name),
                _ => i18n::ui(lang, Ui::Overview),
            },
            sanitize(&app.shared.dir().display().to_string())
        ),
        Screen::Board
        | Screen::Plan
        | Screen::Indicators
        | Screen::Card
        | Screen::Merge
        | Screen::Meeting
        | Screen::Routines
        | Screen::Matrix => {
            match app.entry() {
                Some(e) => {
                    let b = e.summary().map(|s| s.slim());
                    let title = b.map(|b| b.title.as_str()).unwrap_or(e.id.as_str());
                    let unit = b
                        .and_then(|b| b.unit.as_deref())
                        .map(|u| format!(" · {u}"))
                        .unwrap_or_default();
                    // Another board has this title and unit: its file tells them apart.
                    let across = &app.screens.overview.across;
                    let apart = across.names(app.shared.entries(), None);
                    let (file, unit) = match apart.apart(app.shared.current()) {
                        // The same unit too (or none): the file alone tells them apart.
                        Some(tavle_core::names::boards::Apart::File(f)) => {
                            (format!(" ({f})"), String::new())
                        }
                        _ => (String::new(), unit),
                    };
                    // The program's name gives way first, then the unit
                    // (whole or not at all), then the title is cut at a word;
                    // the file name that tells it apart stays.
                    let room = (area.width as usize)
                        .saturating_sub(tavle_core::text::width(&right))
                        .saturating_sub(tavle_core::text::width(&file));
                    let fits = |s: &str| tavle_core::text::width(&sanitize(s)) <= room;
                    let with_unit = format!(" {title}{unit}");
                    if fits(&format!(" tavle ·{with_unit}")) {
                        format!(" tavle ·{with_unit}{file}")
                    } else if fits(&with_unit) {
                        format!("{with_unit}{file}")
                    } else {
                        let name = sanitize(title).into_owned();
                        format!(" {}{file}", fit::cut_words(&name, room.saturating_sub(1)))
                    }
                }
                None => " tavle".to_string(),
            }
        }
    };
    let room = (area.width as usize).saturating_sub(tavle_core::text::width(&right));
    let line = Line::from(vec![
        Span::raw(fit(&sanitize(&title), room)).bold(),
        Span::raw(
            " ".repeat(room.saturating_sub(tavle_core::text::width(&fit(&sanitize(&title), room)))),
        ),
        Span::raw(right),
    ]);
    frame.render_widget(Paragraph::new(line).style(Style::new().reversed()), area);
}

fn render_notice(app: &App, area: Rect, frame: &mut Frame) {
    let line = if let Some((path, holder)) = &app.shared.waiting() {
        // A save waits for someone else's lock: keys still work, and the room sees why.
        let msg = i18n::Msg::Saving {
            board: crate::folder::store::board_id(path),
            holder: holder.as_ref().map(|h| (h.host.clone(), h.pid)),
        };
        Line::from(Span::styled(
            fit(
                &format!(" {}", sanitize(&i18n::msg(app.shared.lang(), &msg))),
                area.width as usize,
            ),
            Style::new().fg(Color::Yellow).bold(),
        ))
    } else if let Some(n) = &app.shared.notice() {
        let text = sanitize(&i18n::msg(app.shared.lang(), &n.msg)).into_owned();
        let style = if n.error {
            Style::new().fg(Color::Red).bold()
        } else {
            Style::new().fg(Color::Cyan)
        };
        Line::from(Span::styled(
            fit(
                &format!(" {} {text}", if n.error { "⚠" } else { "ℹ" }),
                area.width as usize,
            ),
            style,
        ))
    } else if app.screen == Screen::Board
        && (app.screens.board.filter.typing || !app.screens.board.filter.is_empty())
    {
        Line::from(vec![
            Span::raw(format!(" {}: ", i18n::ui(app.shared.lang(), Ui::Filter))).bold(),
            Span::raw(search_line(&app.screens.board.filter)),
        ])
    } else if let Some(p) = app.shared.loading() {
        // A large folder is still being read: the order may still change.
        let text = format!(
            " {}",
            i18n::loading_boards(app.shared.lang(), p.read, p.total)
        );
        Line::from(Span::raw(fit(&text, area.width as usize)).bold())
    } else if app.shared.notices().watch_stopped() {
        // Not dim: the screen may be out of date, and the room must see it.
        Line::from(Span::styled(
            fit(
                &format!(
                    " ⚠ {}",
                    sanitize(&i18n::msg(
                        app.shared.lang(),
                        app.shared.notices().watching()
                    ))
                ),
                area.width as usize,
            ),
            Style::new().fg(Color::Red).bold(),
        ))
    } else {
        Line::from(
            Span::raw(format!(
                " {}",
                i18n::msg(app.shared.lang(), app.shared.notices().watching())
            ))
            .dim(),
        )
    };
    frame.render_widget(Paragraph::new(line), area);
}

/// One key of the hint bar as drawn: the key's label and its word.
struct HintItem {
    keys: String,
    word: &'static str,
}

/// The hint bar's items for `width` cells: every key with all its labels
/// when they all fit; else neighbours with one word share an item (`</>
/// flytt`), each key by its shortest label, and the most important that fit
/// (the screen lists them most important first; `?` lists every key).
fn hint_items(app: &App, width: usize) -> Vec<HintItem> {
    let lang = app.shared.lang();
    let hints = app.hints();
    let cost =
        |i: &HintItem| tavle_core::text::width(&i.keys) + tavle_core::text::width(i.word) + 3;
    // Neighbours of one word and one key each share an item (`[/] punkt`).
    let mut full: Vec<HintItem> = Vec::new();
    let mut single = false;
    for h in &hints {
        let word = i18n::cmd_hint(lang, h.word);
        let one = h.binding.keys.len() == 1;
        match full.last_mut() {
            Some(last) if last.word == word && single && one => {
                last.keys = format!("{}/{}", last.keys, keymap::labels(h.binding, "/"));
            }
            _ => full.push(HintItem {
                keys: keymap::labels(h.binding, "/"),
                word,
            }),
        }
        single = one;
    }
    if full.iter().map(cost).sum::<usize>() <= width {
        return full;
    }
    let mut short: Vec<HintItem> = Vec::new();
    for h in &hints {
        let word = i18n::cmd_hint(lang, h.word);
        let label = keymap::short_label(h.binding);
        match short.last_mut() {
            Some(last) if last.word == word => last.keys = format!("{}/{label}", last.keys),
            _ => short.push(HintItem {
                keys: label.to_string(),
                word,
            }),
        }
    }
    let mut used = 0;
    short
        .into_iter()
        .filter(|i| {
            let c = cost(i);
            let take = used + c <= width;
            if take {
                used += c;
            }
            take
        })
        .collect()
}

/// The hint bar: the keys that matter on this screen now, as many as fit.
fn render_hints(app: &App, area: Rect, frame: &mut Frame) {
    let mut spans = Vec::new();
    for i in hint_items(app, area.width as usize) {
        spans.push(Span::styled(
            format!(" {}", i.keys),
            Style::new().bold().reversed(),
        ));
        spans.push(Span::raw(format!(" {} ", i.word)));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// A bordered dialog in `rect` whose `lines` scroll with `scroll` and whose
/// `keys` (items separated by ` · `) always show at the bottom, broken into
/// lines rather than cut; the keys that scroll join them when the text is
/// taller than the room, and `↑ 3 til` / `↓ 5 til` say what is out of sight.
pub(crate) fn scrolled_dialog(
    app: &App,
    title: &str,
    lines: Vec<Line<'static>>,
    keys: &str,
    scroll: &crate::app::Scroll,
    rect: Rect,
    frame: &mut Frame,
) {
    let lang = app.shared.lang();
    let w = rect.width.saturating_sub(3) as usize;
    let inner_h = rect.height.saturating_sub(2) as usize;
    let mut parts: Vec<&str> = keys.split(" · ").collect();
    let mut key_lines = fit::pack(&parts, " · ", w);
    let room = |k: usize| inner_h.saturating_sub(k + 1);
    if lines.len() > room(key_lines.len()) {
        parts.push(i18n::column_word(lang, i18n::ColumnWord::ScrollKeys));
        key_lines = fit::pack(&parts, " · ", w);
    }
    let room = room(key_lines.len());
    let total = lines.len();
    let top = scroll.fit(total, room);
    let mut shown: Vec<Line> = lines.into_iter().skip(top).take(room).collect();
    if top > 0
        && let Some(first) = shown.first_mut()
    {
        *first = Line::from(Span::raw(i18n::more_above(lang, top + 1)).bold());
    }
    let below = total.saturating_sub(top + room);
    if below > 0
        && let Some(last) = shown.last_mut()
    {
        *last = Line::from(Span::raw(i18n::more_below(lang, below + 1)).bold());
    }
    shown.resize(room, Line::raw(""));
    shown.push(Line::raw(""));
    for k in key_lines {
        shown.push(Line::from(Span::styled(format!(" {k}"), selected_style())));
    }
    frame.render_widget(Clear, rect);
    frame.render_widget(
        Paragraph::new(shown).block(
            Block::bordered()
                .border_type(BorderType::Thick)
                .title(format!(" {title} ")),
        ),
        rect,
    );
}

/// A rectangle of at most `w`×`h` centred in `area`.
pub(crate) fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    }
}

/// Glyph, colour and name of a traffic light: the shape alone tells them apart.
pub fn light_glyph(light: Option<Light>) -> (&'static str, Color) {
    match light {
        Some(l @ Light::Green) => (l.glyph(), Color::Green),
        Some(l @ Light::Yellow) => (l.glyph(), Color::Yellow),
        Some(l @ Light::Red) => (l.glyph(), Color::Red),
        None => ("○", Color::DarkGray),
    }
}

/// The glyphs of an honest status and their colour: the light shown
/// everywhere, `✓` when done, and — when the deadline made it red — the light
/// set by hand in brackets, `■(▲)`, so nobody thinks it was overwritten.
pub fn status_glyphs(s: &tavle_core::plan::Status) -> (String, Color) {
    if s.done {
        return ("✓".to_string(), Color::Green);
    }
    let (glyph, colour) = light_glyph(s.light);
    match s.overridden() {
        Some(_) => (format!("{glyph}({})", light_glyph(s.set).0), colour),
        None => (glyph.to_string(), colour),
    }
}

/// A style that stands out on colour and monochrome screens alike.
pub fn selected_style() -> Style {
    Style::new().add_modifier(Modifier::BOLD | Modifier::REVERSED)
}

#[cfg(test)]
mod test_util;
