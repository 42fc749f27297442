//! Robustness: random patterns never panic; deep inputs never overflow the stack.

use mprt_re::{Anchor, Regex, DOTALL, IGNORECASE, MULTILINE, VERBOSE};

struct XorShift(u64);
impl XorShift {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn cps(s: &str) -> Vec<u32> {
    s.chars().map(|c| c as u32).collect()
}

const ALPHABET: &[&str] = &[
    "a", "b", "\u{e9}", "K", ".", "*", "+", "?", "|", "(", ")", "[", "]", "^", "$", "{", "}", ",",
    "-", "\\", "1", "2", "0", "x", "u", "P", "<", ">", "=", "!", ":", "#", "i", "d", "w", "s", "b",
    "B", "A", "Z", " ", "\n", "?:", "(?", "(?<", "(?P<n>", "(?P=n)", "(?(1)", "\\1", "{2,3}", "[^",
    "\\d", "\\w", "*?", "++", "(?>", "(?i)", "(?x)", "(?#", "\\g<1>", "\\x4", "\\u00e", "ſ",
];

#[test]
fn random_patterns_never_panic() {
    let mut rng = XorShift(0x9e3779b97f4a7c15);
    let texts: Vec<Vec<u32>> = [
        "",
        "a",
        "ab\nba",
        "aaaaab",
        "xK\u{e9}ſ 12_",
        "\n\n",
        "abababab",
    ]
    .iter()
    .map(|t| cps(t))
    .collect();
    let mut compiled = 0;
    for _ in 0..20000 {
        let n = 1 + rng.below(12);
        let mut pat = String::new();
        for _ in 0..n {
            pat.push_str(ALPHABET[rng.below(ALPHABET.len())]);
        }
        let flags = [
            0,
            IGNORECASE,
            MULTILINE,
            VERBOSE,
            DOTALL,
            IGNORECASE | MULTILINE,
        ][rng.below(6)];
        let bytes = rng.below(5) == 0;
        let p: Vec<u32> = if bytes {
            pat.chars().map(|c| (c as u32) & 0xff).collect()
        } else {
            cps(&pat)
        };
        let re = match Regex::new(&p, flags, bytes) {
            Ok(r) => r,
            Err(e) => {
                if let Some(pos) = e.pos {
                    assert!(
                        pos <= p.len(),
                        "error position out of range: {:?} {:?}",
                        pat,
                        e
                    );
                }
                continue;
            }
        };
        compiled += 1;
        for t in &texts {
            let t: Vec<u32> = if bytes {
                t.iter().map(|&c| c & 0xff).collect()
            } else {
                t.clone()
            };
            let pos = rng.below(t.len() + 2);
            let endpos = rng.below(t.len() + 2);
            for mode in [Anchor::Search, Anchor::Match, Anchor::FullMatch] {
                if let Some(m) = re.exec(&t, pos, endpos, mode, rng.below(2) == 0) {
                    assert_eq!(m.spans.len(), re.groups() + 1);
                    for s in m.spans.iter().flatten() {
                        assert!(s.0 <= s.1 && s.1 <= t.len(), "{:?} {:?}", pat, m);
                    }
                }
            }
        }
    }
    assert!(compiled > 2000, "only {} patterns compiled", compiled);
}

fn run_deep<F: FnOnce() + Send + 'static>(kb: usize, f: F) {
    // a small stack to prove nothing recurses per character
    std::thread::Builder::new()
        .stack_size(kb * 1024)
        .spawn(f)
        .unwrap()
        .join()
        .unwrap();
}

#[test]
fn deep_texts_do_not_overflow() {
    run_deep(128, || {
        let n = 100_000;
        let text: Vec<u32> = (0..n)
            .map(|i| if i % 3 == 0 { 'b' } else { 'a' } as u32)
            .collect();
        for (pat, want) in [
            ("(a|b)*", Some((0, n))),
            ("(?:a|b)*c", None),
            ("(a|b)*?$", Some((0, n))),
            ("((a)|(b))+", Some((0, n))),
            ("(?:(a)|b)*+", Some((0, n))),
            ("(?:a|b){0,200000}", Some((0, n))),
            ("(?:a|b|)*", Some((0, n))),
            ("((?:a|b)*)*", Some((0, n))),
            (".*", Some((0, n))),
            ("(?>.*)", Some((0, n))),
            ("[ab]*?$", Some((0, n))),
            ("(?:(?=a|b).)*", Some((0, n))),
            ("(a|b)*\\1", Some((0, n - 1))),
        ] {
            let re = Regex::new(&cps(pat), 0, false).unwrap();
            let m = re.match_at(&text, 0, text.len(), Anchor::Match);
            assert_eq!(m.map(|m| m.spans[0].unwrap()), want, "{}", pat);
        }
        // search that fails everywhere on a long text stays fast enough
        let re = Regex::new(&cps("a*c"), 0, false).unwrap();
        let t: Vec<u32> = vec!['b' as u32; 50_000];
        assert!(re.match_at(&t, 0, t.len(), Anchor::Search).is_none());
    });
}

#[test]
fn deep_patterns_do_not_overflow() {
    // nesting is bounded by MAX_NESTING (~1.5 KiB of stack per level unoptimized)
    run_deep(1024, || {
        // deeply nested groups: either compiled or rejected with an error
        for depth in [50usize, 100, 1000, 100_000] {
            let pat = format!("{}a{}", "(".repeat(depth), ")".repeat(depth));
            match Regex::new(&cps(&pat), 0, false) {
                Ok(re) => {
                    let m = re.match_at(&cps("a"), 0, 1, Anchor::Match).unwrap();
                    assert_eq!(m.spans.len(), depth + 1);
                }
                Err(e) => {
                    assert!(depth > mprt_re::MAX_NESTING, "{:?}", e);
                    assert_eq!(e.kind, mprt_re::ErrorKind::Recursion);
                }
            }
            let pat = format!("{}a{}", "(?:".repeat(depth), ")*".repeat(depth));
            let _ = Regex::new(&cps(&pat), 0, false);
        }
        // long flat patterns
        let pat = "a|".repeat(50_000) + "b";
        let re = Regex::new(&cps(&pat), 0, false).unwrap();
        assert!(re.match_at(&cps("b"), 0, 1, Anchor::Match).is_some());
        let pat = "(a)".repeat(10_000);
        let re = Regex::new(&cps(&pat), 0, false).unwrap();
        assert_eq!(re.groups(), 10_000);
    });
}
