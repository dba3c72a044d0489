//! The colours of the themes, checked with colour science written here and
//! not in the code under test:
//!
//! - colour-safe: the three traffic lights, simulated for deuteranopia and
//!   protanopia (Machado, Oliveira & Fernandes 2009, severity 1.0, applied
//!   to linear RGB), stay at least [`MIN_DELTA_E`] apart from each other
//!   and from the dark background, measured as CIE76 ΔE (Euclidean
//!   distance in CIELAB, D65). The same check fails for plain terminal red,
//!   yellow and green, so it can fail.
//! - light: every foreground and background pair drawn on the sample
//!   screens has a WCAG 2 contrast ratio of at least 4.5:1, and plain text
//!   on the paper at least 7:1.

mod ops_fixture;

use crossterm::event::KeyCode;
use ops_fixture::Ops;
use ratatui::style::Color;
use tavle::settings::Theme;
use tavle::ui::theme;

/// CIE76 ΔE at or above which two lights read as different colours at a
/// glance (ΔE 2.3 is "just noticeable"; 30 is far beyond doubt). xterm's
/// green and red come to 23.5 under deuteranopia, its green and yellow to
/// 5.5 under protanopia; the colour-safe lights keep 33.6 or more.
const MIN_DELTA_E: f64 = 30.0;

/// Machado et al. (2009), severity 1.0, for linear RGB.
const DEUTERANOPIA: [[f64; 3]; 3] = [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.011820, 0.042940, 0.968881],
];
const PROTANOPIA: [[f64; 3]; 3] = [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
];
const SEEING: [[f64; 3]; 3] = [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]];

type Rgb = (u8, u8, u8);

fn linear(c: u8) -> f64 {
    let c = f64::from(c) / 255.0;
    if c <= 0.04045 {
        c / 12.92
    } else {
        ((c + 0.055) / 1.055).powf(2.4)
    }
}

fn mul(m: &[[f64; 3]; 3], v: [f64; 3]) -> [f64; 3] {
    [0, 1, 2].map(|i| m[i][0] * v[0] + m[i][1] * v[1] + m[i][2] * v[2])
}

/// CIELAB (D65) of a colour as seen through `vision`.
fn lab(rgb: Rgb, vision: &[[f64; 3]; 3]) -> [f64; 3] {
    let lin = mul(vision, [linear(rgb.0), linear(rgb.1), linear(rgb.2)]).map(|c| c.clamp(0.0, 1.0));
    const XYZ: [[f64; 3]; 3] = [
        [0.4124564, 0.3575761, 0.1804375],
        [0.2126729, 0.7151522, 0.0721750],
        [0.0193339, 0.1191920, 0.9503041],
    ];
    let [x, y, z] = mul(&XYZ, lin);
    let f = |t: f64| {
        if t > 216.0 / 24389.0 {
            t.cbrt()
        } else {
            (24389.0 / 27.0 * t + 16.0) / 116.0
        }
    };
    let (fx, fy, fz) = (f(x / 0.95047), f(y), f(z / 1.08883));
    [116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz)]
}

fn delta_e(a: Rgb, b: Rgb, vision: &[[f64; 3]; 3]) -> f64 {
    let (a, b) = (lab(a, vision), lab(b, vision));
    ((a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2) + (a[2] - b[2]).powi(2)).sqrt()
}

fn luminance(c: Rgb) -> f64 {
    0.2126 * linear(c.0) + 0.7152 * linear(c.1) + 0.0722 * linear(c.2)
}

fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

fn rgb(c: Color) -> Rgb {
    match c {
        Color::Rgb(r, g, b) => (r, g, b),
        other => panic!("{other:?} is not an explicit colour"),
    }
}

/// The pairs among green, yellow, red and the background closer than the
/// threshold for `vision`, with their ΔE.
fn too_close(lights: [Rgb; 3], background: Rgb, vision: &[[f64; 3]; 3]) -> Vec<(String, f64)> {
    let named = [
        ("green", lights[0]),
        ("yellow", lights[1]),
        ("red", lights[2]),
        ("background", background),
    ];
    let mut out = Vec::new();
    for i in 0..named.len() {
        for j in i + 1..named.len() {
            let d = delta_e(named[i].1, named[j].1, vision);
            if d < MIN_DELTA_E {
                out.push((format!("{}–{}", named[i].0, named[j].0), d));
            }
        }
    }
    out
}

/// The dark themes draw on the terminal's own background: black here.
const DARK_BACKGROUND: Rgb = (0, 0, 0);

#[test]
fn the_colour_math_matches_hand_worked_values() {
    // sRGB white is L* 100; sRGB red is L* 53.24, a* 80.09, b* 67.20.
    let white = lab((255, 255, 255), &SEEING);
    assert!((white[0] - 100.0).abs() < 0.01 && white[1].abs() < 0.01 && white[2].abs() < 0.01);
    let red = lab((255, 0, 0), &SEEING);
    for (got, want) in red.iter().zip([53.24, 80.09, 67.20]) {
        assert!((got - want).abs() < 0.05, "{red:?}");
    }
    // Black on white is 21:1; #767676 on white is WCAG's 4.54:1 grey.
    assert!((contrast((0, 0, 0), (255, 255, 255)) - 21.0).abs() < 1e-9);
    assert!((contrast((118, 118, 118), (255, 255, 255)) - 4.54).abs() < 0.01);
    // Deuteranopia keeps neutral greys grey (the matrix rows sum to 1).
    let grey = lab((128, 128, 128), &DEUTERANOPIA);
    assert!(grey[1].abs() < 0.5 && grey[2].abs() < 0.5, "{grey:?}");
}

#[test]
fn colour_safe_lights_are_the_okabe_ito_colours() {
    let on = |c| theme::fg(Theme::ColourSafe, c, Color::Reset);
    assert_eq!(on(Color::Green), Color::Rgb(0, 114, 178), "blue #0072B2");
    assert_eq!(
        on(Color::Yellow),
        Color::Rgb(240, 228, 66),
        "yellow #F0E442"
    );
    assert_eq!(on(Color::Red), Color::Rgb(213, 94, 0), "vermilion #D55E00");
}

#[test]
fn colour_safe_lights_stay_apart_under_deuteranopia_and_protanopia() {
    let on = |c| rgb(theme::fg(Theme::ColourSafe, c, Color::Reset));
    let lights = [on(Color::Green), on(Color::Yellow), on(Color::Red)];
    for (name, vision) in [
        ("normal vision", &SEEING),
        ("deuteranopia", &DEUTERANOPIA),
        ("protanopia", &PROTANOPIA),
    ] {
        let close = too_close(lights, DARK_BACKGROUND, vision);
        assert!(close.is_empty(), "{name}: {close:?}");
    }
    // The closest pair, as documented in docs/room.md: yellow–vermilion
    // under deuteranopia, ΔE76 33.6.
    let yr = delta_e(lights[1], lights[2], &DEUTERANOPIA);
    assert!((yr - 33.6).abs() < 0.1, "{yr}");
}

#[test]
fn the_same_check_fails_for_plain_red_and_green() {
    // The dark theme's lights as xterm draws them, and pure sRGB ones.
    for lights in [
        [(0, 205, 0), (205, 205, 0), (205, 0, 0)],
        [(0, 255, 0), (255, 255, 0), (255, 0, 0)],
    ] {
        assert!(too_close(lights, DARK_BACKGROUND, &SEEING).is_empty());
        let deut = too_close(lights, DARK_BACKGROUND, &DEUTERANOPIA);
        let prot = too_close(lights, DARK_BACKGROUND, &PROTANOPIA);
        assert!(deut.iter().any(|(p, _)| p == "green–red"), "{deut:?}");
        assert!(prot.iter().any(|(p, _)| p == "green–yellow"), "{prot:?}");
    }
}

/// The cells a terminal shows: not those under the right half of a
/// double-width glyph (the backend never receives them).
fn shown(buf: &ratatui::buffer::Buffer) -> Vec<&ratatui::buffer::Cell> {
    let mut out = Vec::new();
    let mut covered = 0;
    for cell in buf.content.iter() {
        if covered > 0 {
            covered -= 1;
            continue;
        }
        covered = unicode_width::UnicodeWidthStr::width(cell.symbol()).saturating_sub(1);
        out.push(cell);
    }
    out
}

/// Every (foreground, background) pair on the sample screens in `theme`,
/// reverse video applied as the terminal applies it.
fn pairs(theme: Theme) -> Vec<(Color, Color, String)> {
    let mut o = Ops::new(&[
        (
            "forbedring.json",
            include_str!("../boards/sykehjem-forbedring.json"),
        ),
        (
            "drift.json",
            include_str!("../boards/hjemmetjenesten-nord.json"),
        ),
    ]);
    o.app.shared.set_theme(theme);
    let mut out = Vec::new();
    let mut take = |o: &Ops, what: &str| {
        for (w, h) in [(80, 24), (160, 45)] {
            let buf = o.buffer(w, h);
            for cell in shown(&buf) {
                let (mut f, mut b) = (cell.fg, cell.bg);
                if cell.modifier.contains(ratatui::style::Modifier::REVERSED) {
                    std::mem::swap(&mut f, &mut b);
                }
                out.push((f, b, format!("{what} {w}×{h} {:?}", cell.symbol())));
            }
        }
    };
    take(&o, "board");
    o.ch('i');
    take(&o, "indicators");
    o.key(KeyCode::Esc);
    o.key(KeyCode::Enter);
    take(&o, "card");
    o.key(KeyCode::Esc);
    o.ch('m');
    take(&o, "meeting");
    o.ch('?');
    take(&o, "help");
    o.ch('?');
    take(&o, "symbols");
    o.key(KeyCode::Esc);
    o.key(KeyCode::Tab);
    take(&o, "operations board");
    o.ch('q');
    take(&o, "overview");
    out
}

#[test]
fn light_theme_text_has_wcag_contrast_everywhere() {
    let mut worst = f64::MAX;
    for (f, b, at) in pairs(Theme::Light) {
        assert!(
            f != Color::Reset && b != Color::Reset,
            "{f:?}/{b:?} at {at}"
        );
        let (fr, br) = (rgb(f), rgb(b));
        let c = contrast(fr, br);
        worst = worst.min(c);
        assert!(c >= 4.5, "{f:?} on {b:?} is {c:.2}:1 at {at}");
        if f == theme::INK || b == theme::INK {
            assert!(c >= 7.0, "text {f:?} on {b:?} is {c:.2}:1 at {at}");
        }
    }
    assert!(worst >= 4.5);
}

#[test]
fn light_theme_colours_meet_the_documented_ratios() {
    // docs/room.md lists these; each is at least 4.5:1 on white, text 21:1.
    let paper = (255, 255, 255);
    for (c, want) in [
        (Color::Reset, 21.0),
        (Color::Green, 7.44),
        (Color::Yellow, 6.92),
        (Color::Red, 7.33),
        (Color::Cyan, 7.28),
        (Color::Magenta, 8.50),
        (Color::Blue, 10.60),
        (Color::DarkGray, 8.45),
    ] {
        let got = contrast(rgb(theme::fg(Theme::Light, c, Color::Reset)), paper);
        assert!((got - want).abs() < 0.01, "{c:?}: {got:.2}");
    }
}
