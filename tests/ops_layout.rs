//! The operations layout (issue 22 point 1).

mod ops_support;

use ops_support::Ops;

#[test]
fn dev_dump() {
    let o = Ops::drift();
    for (w, h) in [(80, 24), (120, 40), (200, 60)] {
        println!("{}\n", o.screen(w, h));
    }
}
