//! Rough timing: `cargo run --release -p mprt-re --example bench`
use mprt_re::{Anchor, Regex};
use std::time::Instant;

fn cps(s: &str) -> Vec<u32> {
    s.chars().map(|c| c as u32).collect()
}

fn main() {
    let mut text = String::new();
    for i in 0..20000 {
        text.push_str(&format!(
            "line {} some words here user{}@example.com, x={}\n",
            i,
            i,
            i * 7
        ));
    }
    let t = cps(&text);
    for pat in [
        r"\w+@\w+\.com",
        r"(?i)EXAMPLE",
        r"x=(\d+)$",
        r"(?m)^line 1999\d",
        r".*com",
        r"(a|b|c|d|e)+z",
    ] {
        let re = Regex::new(&cps(pat), 0, false).unwrap();
        let start = Instant::now();
        let mut n = 0;
        let mut pos = 0;
        let mut must = false;
        while let Some(m) = re.exec(&t, pos, t.len(), Anchor::Search, must) {
            n += 1;
            must = m.start() == m.end();
            pos = m.end();
        }
        println!("{:24} {:6} matches {:?}", pat, n, start.elapsed());
    }
}
