//! Benchmarks of the paths a board meeting waits on: loading a folder,
//! analysing one file, drawing a frame, and saving one edit.
//!
//! Run with `cargo bench --bench tavle`; see docs/performance.md for the
//! targets and the numbers measured.

use std::path::{Path, PathBuf};
use std::sync::LazyLock;
use std::time::Instant;

use chrono::{DateTime, FixedOffset, NaiveDate};
use divan::{Bencher, black_box};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use serde_json::{Value, json};

use tavle::app::{App, Entry, Event};
use tavle::folder::store::{self, TextStyle};
use tavle::folder::watch::{FileChange, WatchEvent};
use tavle::i18n::Lang;
use tavle::model::{Board, Light, Timestamp};
use tavle::ops::{CardOp, CardPatch, Op, Stamp};
use tavle::tui;

fn main() {
    divan::main();
    // The fixtures live in statics, which are never dropped: remove them here.
    for f in [&*MANY_SMALL, &*FEW_LARGE, &*REGION] {
        let _ = std::fs::remove_dir_all(f.dir.path());
    }
}

/// A folder of generated boards.
struct Folder {
    dir: tempfile::TempDir,
    files: Vec<PathBuf>,
}

static MANY_SMALL: LazyLock<Folder> = LazyLock::new(|| folder(100, 200));
static FEW_LARGE: LazyLock<Folder> = LazyLock::new(|| folder(10, 1000));
/// A region's folder: 10,000 boards of 40 cards (~130 MB on disk).
static REGION: LazyLock<Folder> = LazyLock::new(|| folder(10_000, 40));

/// A small deterministic generator (no rand dependency, same boards every run).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.next() as usize % items.len()]
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

const SUBJECTS: &[&str] = &[
    "Bemanning i dag",
    "Legemiddelgjennomgang",
    "Fallforebygging",
    "Ernæringskartlegging",
    "Vikarbruk",
    "Avvik",
    "Tilsyn",
    "Brukermedvirkning",
    "Sykefravær",
    "Dokumentasjon i journal",
    "Trykksårforebygging",
    "Velferdsteknologi",
    "Opplæring",
    "Turnus",
    "Pårørendesamarbeid",
    "Hygiene",
    "Rutebil",
    "Kjernejournal",
];

const PREDICATES: &[&str] = &[
    "følges opp",
    "må avklares med fastlegen",
    "tas opp i neste møte",
    "er forsinket",
    "gjennomføres på avdeling 2",
    "– to syke på dagvakt, én vikar fra vikarpoolen",
    "krever ny prosedyre før nyttår",
    "evalueres etter fire uker med PDSA",
    "meldes i avvikssystemet",
    "planlegges sammen med sone sør",
    "",
];

const DETAILS: &[&str] = &[
    "",
    "",
    " (gjelder alle brukere med vedtak om hjemmesykepleie)",
    " før fredag",
    " – se notat fra tavlemøtet forrige uke",
    " i samarbeid med fysioterapeut og ergoterapeut",
    " og rapporteres til kommunalsjef",
];

const OWNERS: &[&str] = &[
    "Hilde", "Jonas", "Kari", "Ola", "Åse", "Bjørn", "Siri", "Øystein", "Mette", "Tor",
];

const TAGS: &[&str] = &[
    "bemanning",
    "avvik",
    "risiko",
    "kvalitet",
    "ressurser",
    "pasientsikkerhet",
    "opplæring",
];

const COLUMNS: &[&str] = &["i-dag", "pagar", "venter", "ferdig"];

/// The text of a board with `cards` cards spread over four columns.
fn board_text(seed: u64, cards: usize) -> String {
    let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let base = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    let cards: Vec<Value> = (1..=cards)
        .map(|n| {
            let title = format!(
                "{} {}{}",
                rng.pick(SUBJECTS),
                rng.pick(PREDICATES),
                rng.pick(DETAILS)
            );
            let mut card = json!({
                "id": format!("k{n}"),
                "title": title.trim(),
                "column": COLUMNS[rng.next() as usize % COLUMNS.len()],
            });
            let c = card.as_object_mut().unwrap();
            if rng.chance(85) {
                c.insert("owner".into(), json!(rng.pick(OWNERS)));
            }
            if rng.chance(70) {
                let due = base + chrono::Days::new(rng.next() % 60) - chrono::Days::new(14);
                c.insert("due".into(), json!(due.format("%Y-%m-%d").to_string()));
            }
            if rng.chance(60) {
                c.insert("light".into(), json!(rng.pick(Light::NAMES)));
            }
            let tags: Vec<&str> = (0..rng.next() % 3).map(|_| rng.pick(TAGS)).collect();
            let mut tags = tags;
            tags.sort_unstable();
            tags.dedup();
            if !tags.is_empty() {
                c.insert("tags".into(), json!(tags));
            }
            if rng.chance(20) {
                c.insert(
                    "note".into(),
                    json!(
                        "Kari tar rute 3 i tillegg til egen rute. Besøk uten tidskritiske \
                         oppgaver flyttes til ettermiddagen etter avtale med brukerne."
                    ),
                );
            }
            c.insert("created".into(), json!("2026-11-02T07:05:00+01:00"));
            c.insert("updated".into(), json!("2026-11-24T07:40:00+01:00"));
            c.insert("updated_by".into(), json!(rng.pick(OWNERS)));
            card
        })
        .collect();
    let source = json!({
        "tavle": 1,
        "title": format!("Driftstavle {seed} – Hjemmetjenesten sone nord"),
        "kind": "drift",
        "unit": "Hjemmetjenesten sone nord",
        "columns": [
            {"id": "i-dag", "title": "I dag"},
            {"id": "pagar", "title": "Pågår", "wip": 40},
            {"id": "venter", "title": "Venter på andre"},
            {"id": "ferdig", "title": "Ferdig", "done": true},
        ],
        "cards": cards,
    });
    // Through the model, so the file is exactly what tavle itself would write.
    let analysis = store::analyze_bytes(serde_json::to_vec(&source).unwrap());
    let board: Board = analysis
        .board
        .unwrap_or_else(|| panic!("generated board is invalid: {:?}", analysis.problems));
    store::to_text(&board, TextStyle::default())
}

/// A temp folder with `boards` board files of `cards` cards each.
fn folder(boards: usize, cards: usize) -> Folder {
    let dir = tempfile::Builder::new()
        .prefix("tavle-bench-")
        .tempdir()
        .unwrap();
    let files = (0..boards)
        .map(|i| {
            let path = dir.path().join(format!("tavle-{i:05}.json"));
            std::fs::write(&path, board_text(i as u64 + 1, cards)).unwrap();
            path
        })
        .collect();
    Folder { dir, files }
}

fn clock() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-11-24T08:15:00+01:00").unwrap()
}

/// The app as the screen shows it, on the overview or with `open` opened.
fn app(folder: &Folder, open: Option<&Path>) -> App {
    let entries: Vec<Entry> = tui::load_all(folder.dir.path()).unwrap();
    let mut app = App::new(
        Lang::Nb,
        folder.dir.path().to_path_buf(),
        entries,
        clock().date_naive(),
        Instant::now(),
    );
    if let Some(p) = open {
        app.open_path(p);
    }
    app
}

#[divan::bench]
fn load_100_boards_x_200_cards(b: Bencher) {
    let dir = MANY_SMALL.dir.path();
    b.bench(|| tui::load_all(black_box(dir)).unwrap());
}

#[divan::bench]
fn load_10_boards_x_1000_cards(b: Bencher) {
    let dir = FEW_LARGE.dir.path();
    b.bench(|| tui::load_all(black_box(dir)).unwrap());
}

#[divan::bench]
fn analyze_one_1000_card_board(b: Bencher) {
    let bytes = std::fs::read(&FEW_LARGE.files[0]).unwrap();
    b.with_inputs(|| bytes.clone())
        .input_counter(divan::counter::BytesCount::of_slice)
        .bench_values(|bytes| {
            let a = store::analyze_bytes(bytes);
            assert!(a.board.is_some());
            a
        });
}

/// One full frame of the board screen of a 1000-card board, at a TV-sized
/// terminal and at the smallest usual one. Every redraw of the app does this
/// (the terminal then sends only the cells that changed).
#[divan::bench(args = [(200, 60), (80, 24)])]
fn render_full_frame_1000_card_board(b: Bencher, (w, h): (u16, u16)) {
    let app = app(&FEW_LARGE, Some(&FEW_LARGE.files[0]));
    assert_eq!(app.screen, tavle::app::Screen::Board);
    let clock = clock();
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    b.bench_local(|| {
        terminal
            .draw(|f| tavle::ui::render(black_box(&app), clock, f))
            .unwrap();
    });
}

/// The overview of 100 boards: every board's counts and lights in one table.
#[divan::bench(args = [(200, 60), (80, 24)])]
fn render_overview_100_boards(b: Bencher, (w, h): (u16, u16)) {
    let app = app(&MANY_SMALL, None);
    let clock = clock();
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    b.bench_local(|| {
        terminal
            .draw(|f| tavle::ui::render(black_box(&app), clock, f))
            .unwrap();
    });
}

/// One edit saved the safe way: lock, re-read, apply, write temp file, fsync,
/// rename, fsync the folder. Dominated by the two fsyncs on a real disk.
#[divan::bench(sample_count = 50, sample_size = 1)]
fn save_one_edit_on_1000_card_board(b: Bencher) {
    let dir = tempfile::Builder::new()
        .prefix("tavle-bench-save-")
        .tempdir()
        .unwrap();
    let path = dir.path().join("tavle.json");
    std::fs::copy(&FEW_LARGE.files[0], &path).unwrap();
    let stamp = Stamp {
        at: Timestamp::parse("2026-11-24T08:15:00+01:00").unwrap(),
        by: "bench".to_string(),
    };
    let mut n = 0u64;
    b.bench_local(|| {
        n += 1;
        let light = if n.is_multiple_of(2) {
            Light::Green
        } else {
            Light::Red
        };
        let op = Op::Card(CardOp::Set {
            id: "k500".to_string(),
            patch: CardPatch {
                light: Some(Some(light)),
                ..CardPatch::default()
            },
        });
        store::update(&path, &[op], &stamp).unwrap()
    });
}

/// One outside save of one board in a region's folder of 10,000 boards:
/// what `App::update(Event::Files(…))` costs on the overview. The board's
/// file is read and analysed beforehand (the watcher's thread does that),
/// so this is the app's own share; two versions of the board take turns so
/// that every event is a real change.
#[divan::bench(sample_count = 20, sample_size = 1)]
fn outside_edit_one_of_10000_boards(b: Bencher) {
    let mut app = app(&REGION, None);
    let path = REGION.files[REGION.files.len() / 2].clone();
    let text = std::fs::read_to_string(&path).unwrap();
    let other = text.replacen("Driftstavle", "Endret driftstavle", 1);
    assert_ne!(text, other);
    let versions = [
        store::analyze_bytes(other.into_bytes()),
        store::analyze_bytes(text.into_bytes()),
    ];
    let mut n = 0usize;
    b.with_inputs(|| {
        n += 1;
        versions[n % 2].clone()
    })
    .bench_local_values(|analysis| {
        let change = FileChange::Present {
            path: path.clone(),
            analysis,
        };
        app.update(
            Event::Files(WatchEvent::Changed(vec![change])),
            Instant::now(),
        )
    });
}

/// [`outside_edit_one_of_10000_boards`] and the overview's frame after it
/// (120×40), as the real binary draws once per change: what the redraw
/// adds to an edit among 10,000 boards (the names that tell boards apart
/// and the columns' widths are kept across frames, so only the rows in
/// view and the board that changed are worked out).
#[divan::bench(sample_count = 20, sample_size = 1)]
fn outside_edit_and_frame_one_of_10000_boards(b: Bencher) {
    let mut app = app(&REGION, None);
    let path = REGION.files[REGION.files.len() / 2].clone();
    let text = std::fs::read_to_string(&path).unwrap();
    let other = text.replacen("Driftstavle", "Endret driftstavle", 1);
    let versions = [
        store::analyze_bytes(other.into_bytes()),
        store::analyze_bytes(text.into_bytes()),
    ];
    let clock = clock();
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    // The first frame works out what is kept; the edits come after it.
    terminal
        .draw(|f| tavle::ui::render(&app, clock, f))
        .unwrap();
    let mut n = 0usize;
    b.with_inputs(|| {
        n += 1;
        versions[n % 2].clone()
    })
    .bench_local_values(|analysis| {
        let change = FileChange::Present {
            path: path.clone(),
            analysis,
        };
        let effects = app.update(
            Event::Files(WatchEvent::Changed(vec![change])),
            Instant::now(),
        );
        terminal
            .draw(|f| tavle::ui::render(&app, clock, f))
            .unwrap();
        effects
    });
}

/// 1,000 boards of 40 cards, read and held, by id (as `tavle status` has
/// them one at a time).
static STATUS_BOARDS: LazyLock<Vec<(String, Board)>> = LazyLock::new(|| {
    (1..=1000u64)
        .map(|i| {
            let text = board_text(i, 40);
            let board = tavle::analyze::analyze_text(&text).0.unwrap();
            (format!("tavle-{i:05}"), board)
        })
        .collect()
});

/// `tavle status`'s own work on 1,000 boards already read (reading and
/// decoding the files is `analyze_one_1000_card_board`'s part): each
/// board's part of the report ([`tavle::status::Part`], made as the board
/// is read), the report assembled and worded as text.
#[divan::bench(sample_count = 20, sample_size = 1)]
fn status_1000_boards_from_memory(b: Bencher) {
    let today = clock().date_naive();
    let asked = tavle::status::Asked::default();
    b.bench(|| {
        let parts = STATUS_BOARDS
            .iter()
            .filter_map(|(id, board)| tavle::status::Part::of(id, board, &[], today, &asked))
            .collect();
        let r = tavle::status::assemble(parts, today, &asked, Vec::new());
        tavle::report::text(Lang::Nb, &r, false)
    });
}

/// The same report made over the whole boards at once
/// ([`tavle::status::report`], as `tavle status --watch` and the screen's
/// changes view make it), for comparison.
#[divan::bench(sample_count = 20, sample_size = 1)]
fn status_1000_whole_boards_from_memory(b: Bencher) {
    let today = clock().date_naive();
    let asked = tavle::status::Asked::default();
    let inputs: Vec<tavle::status::Input> = STATUS_BOARDS
        .iter()
        .map(|(id, board)| tavle::status::Input::Board {
            id,
            board,
            log: &[],
        })
        .collect();
    b.bench(|| {
        let r = tavle::status::report(&inputs, today, &asked, Vec::new());
        tavle::report::text(Lang::Nb, &r, false)
    });
}
