//! Hand-written tests of the public API, including the tricky cases called
//! out in the crate's brief (expected strings checked against CPython 3.11).

use core::str::FromStr;
use mprt_format::*;
use num_bigint::BigInt;

fn ff(x: f64, spec: &str) -> String {
    format_float(x, &FormatSpec::parse(spec).unwrap(), "float").unwrap()
}
fn fi(v: &str, spec: &str) -> Result<String, String> {
    let n = BigInt::from_str(v).unwrap();
    FormatSpec::parse_for(spec, "int").and_then(|s| format_int(&n, &s, "int"))
}
fn pct(fmt: &str, f: impl Fn(&PercentSpec, usize, Option<usize>) -> String) -> String {
    let mut out = String::new();
    for p in parse_percent(fmt).unwrap() {
        match p {
            PercentPiece::Literal(s) => out.push_str(&s),
            PercentPiece::Spec(s) => {
                let w = match s.width {
                    PercentCount::Number(n) => n,
                    _ => 0,
                };
                let p = match s.precision {
                    PercentCount::Number(n) => Some(n),
                    _ => None,
                };
                out.push_str(&f(&s, w, p));
            }
        }
    }
    out
}

#[test]
fn repr_tricky() {
    assert_eq!(float_repr(0.1 + 0.2), "0.30000000000000004");
    assert_eq!(float_repr(1e22), "1e+22");
    assert_eq!(float_repr(1e16), "1e+16");
    assert_eq!(float_repr(1e15), "1000000000000000.0");
    assert_eq!(float_repr(5e-324), "5e-324");
    assert_eq!(
        float_repr(1.7976931348623157e308),
        "1.7976931348623157e+308"
    );
    assert_eq!(float_repr(1.5e-5), "1.5e-05");
    assert_eq!(float_repr(-1e-7), "-1e-07");
    assert_eq!(float_repr(0.0001), "0.0001");
    assert_eq!(float_repr(100.0), "100.0");
    assert_eq!(float_repr(-0.0), "-0.0");
    assert_eq!(float_repr(f64::INFINITY), "inf");
    assert_eq!(float_repr(f64::NEG_INFINITY), "-inf");
    assert_eq!(float_repr(f64::NAN), "nan");
    assert_eq!(float_repr_no_dot0(2.0), "2");
}

#[test]
fn format_float_tricky() {
    assert_eq!(ff(1.0, ""), "1.0");
    assert_eq!(ff(1e16, ""), "1e+16");
    assert_eq!(ff(1.5, "10"), "       1.5");
    assert_eq!(ff(1234567.891, ",.2f"), "1,234,567.89");
    assert_eq!(ff(1234.5, "*<10.3e"), "1.234e+03*");
    assert_eq!(ff(12345.678, "012,.2f"), "0,012,345.68");
    assert_eq!(ff(-0.0001, "z.2f"), "0.00");
    assert_eq!(ff(f64::INFINITY, "F"), "INF");
    assert_eq!(ff(f64::INFINITY, "010"), "0000000inf");
    assert_eq!(ff(0.5, ".0f"), "0");
    assert_eq!(ff(2.5, ".0f"), "2");
    assert_eq!(ff(2.675, ".2f"), "2.67");
    assert_eq!(ff(0.25, ".1%"), "25.0%");
    assert_eq!(ff(123.0, ".3"), "1.23e+02");
    assert_eq!(ff(1e16, "#"), "1.e+16");
    assert_eq!(
        format_float(1.0, &FormatSpec::parse("d").unwrap(), "float").unwrap_err(),
        "Unknown format code 'd' for object of type 'float'"
    );
}

#[test]
fn format_int_tricky() {
    assert_eq!(fi("255", "+#x").unwrap(), "+0xff");
    assert_eq!(fi("1234", "08,").unwrap(), "0,001,234");
    assert_eq!(fi("42", "^10").unwrap(), "    42    ");
    assert_eq!(fi("-255", "#010x").unwrap(), "-0x00000ff");
    assert_eq!(fi("65535", "#_b").unwrap(), "0b1111_1111_1111_1111");
    assert_eq!(
        fi("123456789012345678901234567890", ",").unwrap(),
        "123,456,789,012,345,678,901,234,567,890"
    );
    assert_eq!(fi("97", "c").unwrap(), "a");
    assert_eq!(fi("1", ".2f").unwrap(), "1.00");
    assert_eq!(
        fi("1", "z").unwrap_err(),
        "Negative zero coercion (z) not allowed in integer format specifier"
    );
    assert_eq!(
        fi("1", "q").unwrap_err(),
        "Unknown format code 'q' for object of type 'int'"
    );
    assert_eq!(
        fi("1", "+c").unwrap_err(),
        "Sign not allowed with integer format specifier 'c'"
    );
    assert_eq!(
        fi("1", ".2").unwrap_err(),
        "Precision not allowed in integer format specifier"
    );
    assert_eq!(
        fi("1", "#c").unwrap_err(),
        "Alternate form (#) not allowed with integer format specifier 'c'"
    );
    assert_eq!(fi("1", ",,").unwrap_err(), "Cannot specify ',' with ','.");
    assert_eq!(
        fi("1", ",_").unwrap_err(),
        "Cannot specify both ',' and '_'."
    );
    assert_eq!(fi("1", ",x").unwrap_err(), "Cannot specify ',' with 'x'.");
    assert_eq!(
        fi("1", ".").unwrap_err(),
        "Format specifier missing precision"
    );
    assert_eq!(
        fi("1", "abc").unwrap_err(),
        "Invalid format specifier 'abc' for object of type 'int'"
    );
    assert_eq!(
        FormatSpec::parse("abc").unwrap_err(),
        "Invalid format specifier"
    );
    assert_eq!(
        fi("1", "99999999999999999999999").unwrap_err(),
        "Too many decimal digits in format string"
    );
}

#[test]
fn spec_fields() {
    let s = FormatSpec::parse("*^+z#012_.3f").unwrap();
    assert_eq!(s.fill, '*');
    assert_eq!(s.align, Some(Align::Center));
    assert_eq!(s.sign, Sign::Plus);
    assert!(s.no_neg_zero && s.alternate && s.zero_pad);
    assert_eq!(s.width, Some(12));
    assert_eq!(s.grouping, Some('_'));
    assert_eq!(s.precision, Some(3));
    assert_eq!(s.ty, Some('f'));
    assert_eq!(FormatSpec::parse("").unwrap(), FormatSpec::default());
}

#[test]
fn format_str_tricky() {
    let f = |s: &str, spec: &str| format_str(s, &FormatSpec::parse(spec).unwrap(), "str");
    assert_eq!(f("abc", "^10").unwrap(), "   abc    ");
    assert_eq!(f("héllo", ".2").unwrap(), "hé");
    assert_eq!(f("ab", "05").unwrap(), "ab000");
    assert_eq!(
        f("ab", "=5").unwrap_err(),
        "'=' alignment not allowed in string format specifier"
    );
    assert_eq!(
        f("ab", "+").unwrap_err(),
        "Sign not allowed in string format specifier"
    );
    assert_eq!(
        f("ab", "#").unwrap_err(),
        "Alternate form (#) not allowed in string format specifier"
    );
}

#[test]
fn complex_tricky() {
    assert_eq!(complex_repr(1.0, 2.0), "(1+2j)");
    assert_eq!(complex_repr(0.0, 2.0), "2j");
    assert_eq!(complex_repr(-0.0, -1.0), "(-0-1j)");
    assert_eq!(complex_repr(0.0, -0.0), "-0j");
    assert_eq!(complex_repr(f64::NAN, f64::INFINITY), "(nan+infj)");
    let f = |r, i, spec: &str| format_complex(r, i, &FormatSpec::parse(spec).unwrap(), "complex");
    assert_eq!(f(1.0, 1.0, "e").unwrap(), "1.000000e+00+1.000000e+00j");
    assert_eq!(f(1.0, 2.0, "#").unwrap(), "(1.+2.j)");
    assert_eq!(f(1.0, 2.0, "^12").unwrap(), "   (1+2j)   ");
    assert_eq!(
        f(1.0, 2.0, "05").unwrap_err(),
        "Zero padding is not allowed in complex format specifier"
    );
}

#[test]
fn parsing() {
    assert_eq!(parse_float(" 1_000.5 "), Some(1000.5));
    assert_eq!(parse_float(".5"), Some(0.5));
    assert_eq!(parse_float("5."), Some(5.0));
    assert_eq!(parse_float("-Infinity"), Some(f64::NEG_INFINITY));
    assert!(parse_float("nAn").unwrap().is_nan());
    assert_eq!(parse_float("1__0"), None);
    assert_eq!(parse_float("1_"), None);
    assert_eq!(parse_int("0x1f", 16), Some(BigInt::from(31)));
    assert_eq!(parse_int(" -0b_101 ", 0), Some(BigInt::from(-5)));
    assert_eq!(parse_int("010", 0), None);
    assert_eq!(parse_int("000", 0), Some(BigInt::from(0)));
    assert_eq!(parse_int("zz", 36), Some(BigInt::from(1295)));
    assert_eq!(parse_int("1", 37), None);
    assert_eq!(
        parse_int("123456789012345678901234567890", 10),
        Some(BigInt::from_str("123456789012345678901234567890").unwrap())
    );
}

#[test]
fn percent_tricky() {
    assert_eq!(
        pct("%5.2f", |s, w, p| percent_float(12.345, s, w, p)),
        "12.35"
    );
    assert_eq!(
        pct("%-5d|", |s, w, p| percent_int(&BigInt::from(42), s, w, p)),
        "42   |"
    );
    assert_eq!(
        pct("%#o", |s, w, p| percent_int(&BigInt::from(8), s, w, p)),
        "0o10"
    );
    assert_eq!(
        pct("%x", |s, w, p| percent_int(&BigInt::from(-255), s, w, p)),
        "-ff"
    );
    assert_eq!(
        pct("%e", |s, w, p| percent_float(0.0, s, w, p)),
        "0.000000e+00"
    );
    assert_eq!(
        pct("100%% %s", |s, w, p| percent_str("ok", s, w, p)),
        "100% ok"
    );
    assert_eq!(pct("[%3c]", |s, w, _| percent_char('x', s, w)), "[  x]");
    assert_eq!(parse_percent("%").unwrap_err(), "incomplete format");
    assert_eq!(
        parse_percent("ab %y").unwrap_err(),
        "unsupported format character 'y' (0x79) at index 4"
    );
    let pieces = parse_percent("a%(x(y))-+ #0*.*ldb%%").unwrap();
    assert_eq!(pieces.len(), 3);
    assert_eq!(pieces[0], PercentPiece::Literal("a".into()));
    match &pieces[1] {
        PercentPiece::Spec(s) => {
            assert_eq!(s.key.as_deref(), Some("x(y)"));
            assert!(s.minus && s.plus && s.space && s.hash && s.zero);
            assert_eq!(s.width, PercentCount::Star);
            assert_eq!(s.precision, PercentCount::Star);
            assert_eq!(s.conv, 'd');
        }
        other => panic!("{:?}", other),
    }
    assert_eq!(pieces[2], PercentPiece::Literal("b%".into()));
    let p = parse_percent("%.f").unwrap();
    assert!(matches!(&p[0], PercentPiece::Spec(s) if s.precision == PercentCount::Number(0)));
}

#[test]
fn helpers() {
    let v = BigInt::from(-31);
    assert_eq!(hex(&v), "-0x1f");
    assert_eq!(oct(&v), "-0o37");
    assert_eq!(bin(&v), "-0b11111");
    assert_eq!(int_to_str_radix(&BigInt::from(255), 16, true), "FF");
    assert_eq!(int_to_str_radix(&BigInt::from(-35), 36, false), "-z");
    assert_eq!(round_half_even(2.675, 2), 2.67);
    assert_eq!(round_half_even(0.5, 0), 0.0);
    assert_eq!(round_half_even(1.5, 0), 2.0);
    assert_eq!(round_half_even(2.5, 0), 2.0);
    assert_eq!(round_half_even(1234.5678, -2), 1200.0);
    assert!(round_half_even(1.7976931348623157e308, -308).is_infinite());
    assert!(py_isspace('\u{1c}') && py_isspace('\u{3000}') && !py_isspace('a'));
}
