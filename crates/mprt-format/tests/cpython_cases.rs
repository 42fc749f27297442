//! Table-driven tests against outputs recorded from CPython 3.11
//! (see `tools/gen_cases.py`).

mod cases;

use cases::generated::*;
use core::str::FromStr;
use mprt_format::*;
use num_bigint::BigInt;

fn report(name: &str, fails: Vec<String>, total: usize) {
    if !fails.is_empty() {
        for f in fails.iter().take(60) {
            eprintln!("{}: {}", name, f);
        }
        panic!("{}: {} of {} cases failed", name, fails.len(), total);
    }
}

fn eq(got: &Result<String, String>, exp: Result<&str, &str>) -> bool {
    match (got, exp) {
        (Ok(g), Ok(e)) => g == e,
        (Err(g), Err(e)) => g == e,
        _ => false,
    }
}

fn same(a: f64, b: f64) -> bool {
    (a.is_nan() && b.is_nan()) || a.to_bits() == b.to_bits()
}

#[test]
fn float_repr_cases() {
    let mut fails = vec![];
    for &(b, exp) in FLOAT_REPR {
        let got = float_repr(f64::from_bits(b));
        if got != exp {
            fails.push(format!(
                "{:e}: got {:?} want {:?}",
                f64::from_bits(b),
                got,
                exp
            ));
        }
    }
    report("float_repr", fails, FLOAT_REPR.len());
}

#[test]
fn format_float_cases() {
    let mut fails = vec![];
    for &(b, spec, exp) in FMT_FLOAT {
        let x = f64::from_bits(b);
        let got = FormatSpec::parse_for(spec, "float").and_then(|s| format_float(x, &s, "float"));
        if !eq(&got, exp) {
            fails.push(format!("{:?} {:?}: got {:?} want {:?}", x, spec, got, exp));
        }
    }
    report("format_float", fails, FMT_FLOAT.len());
}

#[test]
fn format_int_cases() {
    let mut fails = vec![];
    for &(v, spec, exp) in FMT_INT {
        let n = BigInt::from_str(v).unwrap();
        let got = FormatSpec::parse_for(spec, "int").and_then(|s| format_int(&n, &s, "int"));
        if !eq(&got, exp) {
            fails.push(format!("{} {:?}: got {:?} want {:?}", v, spec, got, exp));
        }
    }
    for &(v, spec, exp) in FMT_BOOL {
        if spec.is_empty() {
            continue; // CPython returns str(v) ('True'); the VM's job.
        }
        let n = BigInt::from(v as u8);
        let got = FormatSpec::parse_for(spec, "bool").and_then(|s| format_int(&n, &s, "bool"));
        if !eq(&got, exp) {
            fails.push(format!("{} {:?}: got {:?} want {:?}", v, spec, got, exp));
        }
    }
    report("format_int", fails, FMT_INT.len() + FMT_BOOL.len());
}

#[test]
fn format_str_cases() {
    let mut fails = vec![];
    for &(v, spec, exp) in FMT_STR {
        let got = FormatSpec::parse_for(spec, "str").and_then(|s| format_str(v, &s, "str"));
        if !eq(&got, exp) {
            fails.push(format!("{:?} {:?}: got {:?} want {:?}", v, spec, got, exp));
        }
    }
    report("format_str", fails, FMT_STR.len());
}

#[test]
fn complex_cases() {
    let mut fails = vec![];
    for &(r, i, exp) in COMPLEX_REPR {
        let got = complex_repr(f64::from_bits(r), f64::from_bits(i));
        if got != exp {
            fails.push(format!("repr: got {:?} want {:?}", got, exp));
        }
    }
    for &(r, i, spec, exp) in FMT_COMPLEX {
        let (r, i) = (f64::from_bits(r), f64::from_bits(i));
        let got = FormatSpec::parse_for(spec, "complex")
            .and_then(|s| format_complex(r, i, &s, "complex"));
        if !eq(&got, exp) {
            fails.push(format!(
                "({:?},{:?}) {:?}: got {:?} want {:?}",
                r, i, spec, got, exp
            ));
        }
    }
    report("complex", fails, COMPLEX_REPR.len() + FMT_COMPLEX.len());
}

#[test]
fn parse_float_cases() {
    let mut fails = vec![];
    for &(s, exp) in PARSE_FLOAT {
        let got = parse_float(s);
        let ok = match (got, exp) {
            (None, None) => true,
            (Some(g), Some(e)) => same(g, f64::from_bits(e)),
            _ => false,
        };
        if !ok {
            fails.push(format!(
                "{:?}: got {:?} want {:?}",
                s,
                got,
                exp.map(f64::from_bits)
            ));
        }
    }
    report("parse_float", fails, PARSE_FLOAT.len());
}

#[test]
fn parse_int_cases() {
    let mut fails = vec![];
    for &(s, base, exp) in PARSE_INT {
        let got = parse_int(s, base).map(|v| v.to_string());
        if got.as_deref() != exp {
            fails.push(format!(
                "{:?} base {}: got {:?} want {:?}",
                s, base, got, exp
            ));
        }
    }
    report("parse_int", fails, PARSE_INT.len());
}

#[test]
fn round_cases() {
    let mut fails = vec![];
    for &(x, n, exp) in ROUND {
        let x = f64::from_bits(x);
        let got = round_half_even(x, n);
        let ok = match exp {
            Some(e) => same(got, f64::from_bits(e)),
            None => got.is_infinite(),
        };
        if !ok {
            fails.push(format!(
                "round({:?}, {}): got {:?} want {:?}",
                x,
                n,
                got,
                exp.map(f64::from_bits)
            ));
        }
    }
    report("round", fails, ROUND.len());
}

#[test]
fn bin_oct_hex_cases() {
    let mut fails = vec![];
    for &(v, b, o, h) in BIN_OCT_HEX {
        let n = BigInt::from_str(v).unwrap();
        let got = (bin(&n), oct(&n), hex(&n));
        if got != (b.to_string(), o.to_string(), h.to_string()) {
            fails.push(format!("{}: got {:?}", v, got));
        }
    }
    report("bin_oct_hex", fails, BIN_OCT_HEX.len());
}

/// Renders a format string holding exactly one conversion with a literal
/// width/precision, the way the VM would.
fn render_one(
    fmt: &str,
    mut f: impl FnMut(&PercentSpec, usize, Option<usize>) -> String,
) -> String {
    let mut out = String::new();
    for p in parse_percent(fmt).unwrap() {
        match p {
            PercentPiece::Literal(s) => out.push_str(&s),
            PercentPiece::Spec(s) => {
                let w = match s.width {
                    PercentCount::Number(n) => n,
                    _ => 0,
                };
                let pr = match s.precision {
                    PercentCount::Number(n) => Some(n),
                    _ => None,
                };
                out.push_str(&f(&s, w, pr));
            }
        }
    }
    out
}

#[test]
fn percent_cases() {
    let mut fails = vec![];
    let mut total = 0;
    for &(fmt, v, exp) in PCT_INT {
        total += 1;
        let n = BigInt::from_str(v).unwrap();
        let got = render_one(fmt, |s, w, p| percent_int(&n, s, w, p));
        if got != exp {
            fails.push(format!("{:?} % {}: got {:?} want {:?}", fmt, v, got, exp));
        }
    }
    for &(fmt, v, exp) in PCT_FLOAT {
        total += 1;
        let x = f64::from_bits(v);
        let got = render_one(fmt, |s, w, p| percent_float(x, s, w, p));
        if got != exp {
            fails.push(format!("{:?} % {:?}: got {:?} want {:?}", fmt, x, got, exp));
        }
    }
    for &(fmt, v, exp) in PCT_STR {
        total += 1;
        let got = render_one(fmt, |s, w, p| percent_str(v, s, w, p));
        if got != exp {
            fails.push(format!("{:?} % {:?}: got {:?} want {:?}", fmt, v, got, exp));
        }
    }
    for &(fmt, v, exp) in PCT_CHAR {
        total += 1;
        let got = render_one(fmt, |s, w, _| percent_char(v, s, w));
        if got != exp {
            fails.push(format!("{:?} % {:?}: got {:?} want {:?}", fmt, v, got, exp));
        }
    }
    for &(fmt, exp) in PCT_ERR {
        total += 1;
        let got = parse_percent(fmt).err();
        let ok = match (exp, &got) {
            (Some("TypeError"), _) => true,
            (Some(e), Some(g)) => e == g,
            (None, None) => true,
            _ => false,
        };
        if !ok {
            fails.push(format!("{:?}: got {:?} want {:?}", fmt, got, exp));
        }
    }
    report("percent", fails, total);
}
