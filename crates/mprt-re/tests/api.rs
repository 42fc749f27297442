//! API-level checks (expected values verified with CPython 3.11).

use mprt_re::*;

fn cps(s: &str) -> Vec<u32> {
    s.chars().map(|c| c as u32).collect()
}

#[test]
fn error_display_and_kinds() {
    let e = Regex::new(&cps("a**"), 0, false).unwrap_err();
    assert_eq!(e.to_string(), "multiple repeat at position 2");
    assert_eq!(e.kind, ErrorKind::Re);
    let e = Regex::new(&cps("a"), LOCALE, false).unwrap_err();
    assert_eq!(e.kind, ErrorKind::Value);
    assert_eq!(e.to_string(), "cannot use LOCALE flag with a str pattern");
    let e = Regex::new(&[b'a' as u32], UNICODE, true).unwrap_err();
    assert_eq!(e.msg, "cannot use UNICODE flag with a bytes pattern");
    let e = Regex::new(&cps("a{4294967295}"), 0, false).unwrap_err();
    assert_eq!(e.kind, ErrorKind::Overflow);
    let e = parse_template(&cps("\\g<nope>"), 0, &[], false).unwrap_err();
    assert_eq!(e.kind, ErrorKind::Index);
    assert_eq!(e.to_string(), "unknown group name 'nope'");
}

#[test]
fn groups_and_names() {
    let re = Regex::new(&cps("(?P<year>\\d+)-(\\d+)-(?P<day>\\d+)"), 0, false).unwrap();
    assert_eq!(re.groups(), 3);
    assert_eq!(re.group_index("day"), Some(3));
    assert_eq!(re.group_index("x"), None);
    assert_eq!(re.flags(), UNICODE);
    let t = cps("on 2024-01-15!");
    let m = re.match_at(&t, 0, t.len(), Anchor::Search).unwrap();
    assert_eq!(m.span(0), Some((3, 13)));
    assert_eq!(m.span(1), Some((3, 7)));
    assert_eq!(m.span(3), Some((11, 13)));
    assert_eq!(m.span(9), None);
    assert_eq!((m.start(), m.end()), (3, 13));
    assert_eq!(m.lastindex, Some(3));
}

#[test]
fn must_advance_rejects_only_empty_at_pos() {
    let re = Regex::new(&cps("a*"), 0, false).unwrap();
    let t = cps("baa");
    // empty match at 0 rejected -> next candidate is "aa" at 1
    let m = re.exec(&t, 0, 3, Anchor::Search, true).unwrap();
    assert_eq!(m.span(0), Some((1, 3)));
    // non-empty match at pos is fine
    let m = re.exec(&t, 1, 3, Anchor::Search, true).unwrap();
    assert_eq!(m.span(0), Some((1, 3)));
    // Match mode: only position pos; empty rejected, nothing else -> None
    assert!(re.exec(&t, 0, 3, Anchor::Match, true).is_none());
    // alternatives are tried: (?:|a) at "a" gives "a"
    let re = Regex::new(&cps("(?:|a)"), 0, false).unwrap();
    let m = re.exec(&cps("a"), 0, 1, Anchor::Match, true).unwrap();
    assert_eq!(m.span(0), Some((0, 1)));
}

#[test]
fn pos_and_endpos_clamping() {
    let re = Regex::new(&cps("a$"), 0, false).unwrap();
    let t = cps("aab");
    assert_eq!(
        re.match_at(&t, 0, 2, Anchor::Search).unwrap().span(0),
        Some((1, 2))
    );
    assert_eq!(re.match_at(&t, 0, 99, Anchor::Search), None);
    assert_eq!(re.match_at(&t, 99, 99, Anchor::Search), None);
    let re = Regex::new(&cps("^"), 0, false).unwrap();
    assert_eq!(re.match_at(&t, 1, 3, Anchor::Search), None);
}

#[test]
fn bytes_patterns() {
    let b = |s: &[u8]| s.iter().map(|&c| c as u32).collect::<Vec<u32>>();
    let re = Regex::new(&b(b"(?i)\\w+"), 0, true).unwrap();
    assert_eq!(re.flags(), IGNORECASE);
    let t = b(b"\xe9ABc\xc9");
    let m = re.match_at(&t, 0, t.len(), Anchor::Search).unwrap();
    assert_eq!(m.span(0), Some((1, 4)));
    assert!(Regex::new(&b(b"\\u0041"), 0, true).is_err());
    assert_eq!(escape(&b(b"a.b\xff")), b(b"a\\.b\xff"));
}

#[test]
fn templates() {
    let names = vec![("w".to_string(), 1)];
    let p = parse_template(&cps("<\\g<w>|\\1|\\g<0>>\\n"), 1, &names, false).unwrap();
    assert_eq!(
        p,
        vec![
            TemplatePiece::Literal(cps("<")),
            TemplatePiece::Group(1),
            TemplatePiece::Literal(cps("|")),
            TemplatePiece::Group(1),
            TemplatePiece::Literal(cps("|")),
            TemplatePiece::Group(0),
            TemplatePiece::Literal(cps(">\n")),
        ]
    );
}

#[test]
fn performance_smoke() {
    // literal-prefix and first-char scans keep these linear-ish
    let mut t = vec!['x' as u32; 200_000];
    t.extend(cps(" needle"));
    for pat in [
        "needle",
        "[n]eedle",
        "n+eedle",
        "(?i)NEEDLE",
        "\\bneedle\\b",
        "\\d|needle",
    ] {
        let re = Regex::new(&cps(pat), 0, false).unwrap();
        let m = re.match_at(&t, 0, t.len(), Anchor::Search).unwrap();
        assert_eq!(m.span(0), Some((200_001, 200_007)), "{}", pat);
    }
}
