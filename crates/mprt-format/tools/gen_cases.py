#!/usr/bin/env python3
"""Generates tests/cases/generated.rs: expected outputs taken from the CPython
running this script (must be 3.11). Run: python3 tools/gen_cases.py > tests/cases/generated.rs"""
import math, struct, sys

assert sys.version_info[:2] == (3, 11), sys.version


def lit(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch == '\\': out.append('\\\\')
        elif ch == '"': out.append('\\"')
        elif 32 <= o < 127: out.append(ch)
        else: out.append('\\u{%x}' % o)
    return '"' + ''.join(out) + '"'


def bits(x):
    return '0x%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]


def res(fn):
    try:
        return 'Ok(%s)' % lit(fn())
    except (ValueError, OverflowError, TypeError) as e:
        return 'Err(%s)' % lit(str(e))


inf, nan = float('inf'), float('nan')
FLOATS = [0.0, -0.0, 1.0, -1.0, 0.1, 0.1 + 0.2, 1 / 3, 2 / 3, 1e22, 1e16, 1e15, 9999999999999998.0,
          1e-4, 1e-5, 1.5e-5, 5e-324, 1.7976931348623157e308, 2.2250738585072014e-308, 123456.789,
          -1234567.891, 0.5, 1.5, 2.5, 2.675, 100.0, 1e100, 12345678901234567890.0, 0.000123456,
          inf, -inf, nan, 3.14159, 1e-7, -1e-7, 0.001, 9.995, 99.99, 1234.5, 1e5, 123.0, 0.0001,
          1e-10, -0.0001, 0.00001234, 999999.5, 1e17, 123456789012345.6, 0.05, -2.5e-3]
FLOAT_SPECS = ['', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%', '.0', '.1', '.2', '.3', '.10', '.17',
               '.0e', '.2e', '.0f', '.2f', '.3f', '.10f', '.0g', '.1g', '.2g', '.3g', '.10g', '.17g',
               '#', '#.0f', '#.0e', '#g', '#.3g', '#.0', '#.1g', ',', ',.2f', '_.3f', ',g', ',e', '+', '+.2f', ' ',
               ' .3e', '-', 'z', 'z.2f', 'z.1e', 'z.0f', 'z.3g', 'z', '10', '<10', '>10', '^10', '=10',
               '010', '010.2f', '012,.2f', '*<10.3e', '*^15,.1f', '0=+12.3f', '+015,.2f', '.3%',
               '8.2%', 'd', 'x', 's', 'abc', '.', ',n', '_n', '#.3', '20', '.20e', '.25f',
               '\u20ac^12.3g', '020,', '0<10', '+z010.1f', '_', '.5n', 'G', '.3E', '#.2F']
INTS = [0, 1, -1, 7, -7, 42, 255, -255, 1000, 1234567, -1234567, 10 ** 20, -(10 ** 30) - 7,
        2 ** 64, 65, 0x1F600, 1114112, 97, 999, 2 ** 100 + 12345]
INT_SPECS = ['', 'd', 'b', 'o', 'x', 'X', 'c', 'n', '#b', '#o', '#x', '#X', '+x', '+#x', ' d', ',',
             '_', '_b', '_x', '#_x', ',x', '_o', '08', '08,', '0=12,', '#010x', '+#010b', '^10',
             '<10', '>10', '=+10', '*^11,', '010', '08_x', '#08_x', 'e', 'E', '.2e', 'f', '.2f',
             ',.2f', 'g', '%', '.1%', '+c', '#c', '.2', 'z', 'zd', 'q', 'dd', '.', ',c', '_c',
             ',n', '_n', '-', ' ', '0<8', '0>8', '0^8', 'x<10', '\u20ac>8', ',d', '30,', '030,',
             ',_', '_,', ',,', '__', '#', '+', '09_b', '012_X', '#_o', 'zf', ' 020,']
STRS = ['', 'a', 'hello', 'h\u00e9llo w\u00f6rld', '\u65e5\u672c\u8a9e']
STR_SPECS = ['', 's', '10', '<10', '>10', '^10', '^9', '*^10', '.3', '10.3', '.0', '05', '0>5',
             '+', '#', '=10', 'd', ',', '_', 'z', 'x<8', '.10', '\u20ac^9', ' ', '-', '5s', '1']
COMPLEXES = [(1, 2), (0, 1), (-0.0, 1), (0, -0.0), (-0.0, -1), (1.5, -2.25), (nan, inf), (inf, nan),
             (1e16, 1e-5), (1234.5, -6789.25), (0, 0), (-1, 0), (1e300, 1e300), (0.1, 0.2),
             (-inf, -inf), (2.5, 1e22), (-0.0, -0.0), (0.0, 5e-324)]
COMPLEX_SPECS = ['', 'e', 'f', 'g', '.2', '.2f', '+', ' ', '20', '<20', '^20', '*>25', '=20', '020',
                 ',.2f', 'E', 'G', 'n', '%', 'd', '#', '#.0f', 'z.1f', '+.3e', '.0', '0<20', '*<05',
                 ',', '-', '.3g', 'F']
PARSE_FLOATS = ['1', '1.5', ' 1.5 ', '\t-2.5e3\n', '+.5', '5.', '.', '', ' ', 'e5', '1e', '1e+',
                '1e-5', '1E5', '1_000.5', '1__0', '_1', '1_', '1_.5', '1._5', '1.5_', '1_0e1_0',
                '1e_5', '1e5_', 'inf', '-inf', '+inf', 'INF', 'Infinity', '-iNfInItY', 'nan', '-nan',
                'NaN', '+nan', 'infinit', 'nann', '0x10', '1e500', '-1e500', '1e-400',
                '2.2250738585072011e-308', '0.1', '0.30000000000000004', '4.9e-324', '2.4703282292062328e-324',
                '2.4703282292062327e-324', '9007199254740993', '1.7976931348623158e308', '1.7976931348623159e308',
                '00012', '-0', '-0.0', '1 2', '1.5.5', '++1', '+-1', '\u00a01.5\u2003', '\x1c2\x1f',
                '123456789012345678901234567890', '0.000000000000000000000000000001', '1.e5', '.e5',
                '1.5e+0_1', '3.141592653589793238462643383279']
PARSE_INTS = ['0', '1', '-1', ' 12 ', '+12', '-0', '0x1f', '0X1F', '0o17', '0b101', '0x', '0x_1f',
              '0_x1', '0b1', '010', '00', '0_0', '000_000', '1_000', '1__000', '_1', '1_', '+0x_f',
              '-0b_1_0', 'z', 'Z', 'zz', '12a', '', ' ', '-', '0o8', '0b2', '9' * 40, '-' + '7' * 30,
              '1' * 70, 'ffffffffffffffff', '10000000000000000', '\u00a042\u3000', '0x_', '0__0',
              '18446744073709551615', '18446744073709551616', '-9223372036854775808', '1 2', '0o',
              '0_', '0b0_1']
BASES = [0, 2, 8, 10, 16, 36]
ROUNDS = [(2.675, 2), (0.5, 0), (1.5, 0), (2.5, 0), (-0.5, 0), (-2.5, 0), (0.125, 2), (0.375, 2),
          (1234.5678, 2), (1234.5678, -2), (1250.0, -2), (1350.0, -2), (5000.0, -4), (15000.0, -4),
          (6000.0, -4), (4999.0, -4), (-1.0, -5), (0.1 + 0.2, 15), (0.1 + 0.2, 16), (1e300, -300),
          (5e-324, 323), (5e-324, 324), (1.23456789e-10, 15), (123.456, -1), (123.456, -3),
          (-123.456, 1), (1e22, -22), (5e22, -23), (4.5e22, -23), (0.0, 3), (-0.0, 3), (inf, 2),
          (-inf, -2), (0.285, 2), (1.005, 2), (2.5, -1), (25.0, -1), (35.0, -1), (0.045, 2),
          (7.0, -1000), (-7.0, -1000), (7.5, 1000), (1.7976931348623157e308, -308),
          (1.7976931348623157e308, -307), (99.5, -2), (50.0, -2), (150.0, -2), (49.999999, -2)]
PCT_INT_FMTS = ['%d', '%i', '%u', '%5d', '%-5d|', '%05d', '%+d', '% d', '%x', '%X', '%#x', '%#X', '%o',
                '%#o', '%#08x', '%.3d', '%+.3d', '%-#8o|', '%#.5x', '%08.3d', '%10.4x', '%ld',
                'a%%b %d', '%-05d|', '% 05d', '%+ d', '%0-+6d|']
PCT_INTS = [0, 5, -5, 255, -255, 10 ** 20, -(2 ** 70)]
PCT_FLOAT_FMTS = ['%f', '%.2f', '%5.2f', '%e', '%E', '%g', '%G', '%.0f', '%.0e', '%#.0f', '%#g', '%+f',
                  '% .3f', '%010.3f', '%-10.2e|', '%.f', '%F', '%#.3g', '%.10g', '%.0g', '%12.4G',
                  '%-+8.1f|', '%#.0e', '%08.2e', '%.20f', '%.3e%%']
PCT_FLOATS = [0.0, -0.0, 1.5, 2.5, 0.1, -123.456, 1e22, 1e-10, 5e-324, inf, -inf, nan,
              1234567.891, 1e16, 0.0001, 123456.0]
PCT_STR_FMTS = ['%s', '%10s', '%-10s|', '%.2s', '%5.1s', '%05s', '%-5.3s|', '%r', '%.0s', '%a']
PCT_STRS = ['', 'abc', 'h\u00e9llo']
PCT_CHAR_FMTS = ['%c', '%5c', '%-3c|', '%05c']
PCT_ERRS = ['%', 'abc %', '%(a', '%(a(b)', 'ab %y', '%z', '%5', '%.', '%-', '%5.3', '%\u00e9', '%\x01',
            'x %(k)5', '%l', 'abc %5%']

# Deterministic random values stress digit generation and rounding.
import random
rng = random.Random(20261207)
RANDOM_FLOATS = []
for _ in range(150):
    RANDOM_FLOATS.append(struct.unpack('<d', struct.pack('<Q', rng.getrandbits(63)))[0] * rng.choice([1, -1]))
for _ in range(150):
    RANDOM_FLOATS.append(rng.uniform(-1, 1) * 10.0 ** rng.randint(-25, 25))
for _ in range(50):
    RANDOM_FLOATS.append(rng.randint(-10 ** 6, 10 ** 6) / 1000)  # ties and near-ties
RANDOM_SPECS = ['', 'e', '.3e', '.0e', 'f', '.2f', '.0f', 'g', '.12g', '.17g', '.1g', '%', '.1%', ',.3f', '#.5g', '.3']
for x in RANDOM_FLOATS[300:]:
    for n in (0, 1, 2, 3, -1, -2):
        ROUNDS.append((x, n))
for x in RANDOM_FLOATS[:300:7]:
    for n in (-5, 0, 3, 10):
        ROUNDS.append((x, n))
RANDOM_INTS = [rng.randint(-10 ** k, 10 ** k) for k in range(1, 60, 2)]
RANDOM_INT_SPECS = ['', ',', '_', 'x', '#_b', '#o', '+X', '020,', '.3e', '^30_', 'g']

w = sys.stdout.write
w('// @generated by tools/gen_cases.py from CPython %s. Do not edit.\n' % sys.version.split()[0])
w('#![allow(clippy::all, dead_code)]\n\n')

w('pub const FLOAT_REPR: &[(u64, &str)] = &[\n')
for x in FLOATS + RANDOM_FLOATS:
    w('    (%s, %s),\n' % (bits(x), lit(repr(x))))
w('];\n\n')

w('pub const FMT_FLOAT: &[(u64, &str, Result<&str, &str>)] = &[\n')
for x in FLOATS:
    for s in FLOAT_SPECS:
        w('    (%s, %s, %s),\n' % (bits(x), lit(s), res(lambda: format(x, s))))
for x in RANDOM_FLOATS:
    for s in RANDOM_SPECS:
        w('    (%s, %s, %s),\n' % (bits(x), lit(s), res(lambda: format(x, s))))
w('];\n\n')

w('pub const FMT_INT: &[(&str, &str, Result<&str, &str>)] = &[\n')
for v in INTS:
    for s in INT_SPECS:
        w('    (%s, %s, %s),\n' % (lit(str(v)), lit(s), res(lambda: format(v, s))))
for v in RANDOM_INTS:
    for s in RANDOM_INT_SPECS:
        w('    (%s, %s, %s),\n' % (lit(str(v)), lit(s), res(lambda: format(v, s))))
w('];\n\n')

w('pub const FMT_BOOL: &[(bool, &str, Result<&str, &str>)] = &[\n')
for v in [True, False]:
    for s in ['', 'd', 'x', 'q', 'z', '5', '#b', 'f']:
        w('    (%s, %s, %s),\n' % ('true' if v else 'false', lit(s), res(lambda: format(v, s))))
w('];\n\n')

w('pub const FMT_STR: &[(&str, &str, Result<&str, &str>)] = &[\n')
for v in STRS:
    for s in STR_SPECS:
        w('    (%s, %s, %s),\n' % (lit(v), lit(s), res(lambda: format(v, s))))
w('];\n\n')

w('pub const COMPLEX_REPR: &[(u64, u64, &str)] = &[\n')
for re_, im in COMPLEXES + [(a, b) for a in FLOATS[:20] for b in FLOATS[20:40]]:
    w('    (%s, %s, %s),\n' % (bits(re_), bits(im), lit(repr(complex(re_, im)))))
w('];\n\n')

w('pub const FMT_COMPLEX: &[(u64, u64, &str, Result<&str, &str>)] = &[\n')
for re_, im in COMPLEXES:
    for s in COMPLEX_SPECS:
        w('    (%s, %s, %s, %s),\n' % (bits(re_), bits(im), lit(s), res(lambda: format(complex(re_, im), s))))
w('];\n\n')


def pf(s):
    try:
        x = float(s)
    except ValueError:
        return 'None'
    if math.isnan(x):
        return 'Some(%s)' % ('0x7ff8000000000000' if math.copysign(1, x) > 0 else '0xfff8000000000000')
    return 'Some(%s)' % bits(x)


w('pub const PARSE_FLOAT: &[(&str, Option<u64>)] = &[\n')
for s in PARSE_FLOATS:
    w('    (%s, %s),\n' % (lit(s), pf(s)))
w('];\n\n')


def pi(s, b):
    try:
        return 'Some(%s)' % lit(str(int(s, b)))
    except ValueError:
        return 'None'


w('pub const PARSE_INT: &[(&str, u32, Option<&str>)] = &[\n')
for s in PARSE_INTS:
    for b in BASES:
        w('    (%s, %d, %s),\n' % (lit(s), b, pi(s, b)))
w('];\n\n')


def rd(x, n):
    try:
        return 'Some(%s)' % bits(round(x, n))
    except OverflowError:
        return 'None'


w('pub const ROUND: &[(u64, i32, Option<u64>)] = &[\n')
for x, n in ROUNDS:
    w('    (%s, %d, %s),\n' % (bits(x), n, rd(x, n)))
w('];\n\n')

w('pub const BIN_OCT_HEX: &[(&str, &str, &str, &str)] = &[\n')
for v in INTS + [-31, 31, -(2 ** 200)]:
    w('    (%s, %s, %s, %s),\n' % (lit(str(v)), lit(bin(v)), lit(oct(v)), lit(hex(v))))
w('];\n\n')

w('pub const PCT_INT: &[(&str, &str, &str)] = &[\n')
for f in PCT_INT_FMTS:
    for v in PCT_INTS:
        w('    (%s, %s, %s),\n' % (lit(f), lit(str(v)), lit(f % v)))
w('];\n\n')

w('pub const PCT_FLOAT: &[(&str, u64, &str)] = &[\n')
for f in PCT_FLOAT_FMTS:
    for v in PCT_FLOATS:
        w('    (%s, %s, %s),\n' % (lit(f), bits(v), lit(f % v)))
for f in ['%.3g', '%e', '%.1f', '%#.0g']:
    for v in RANDOM_FLOATS[::5]:
        w('    (%s, %s, %s),\n' % (lit(f), bits(v), lit(f % v)))
w('];\n\n')

w('pub const PCT_STR: &[(&str, &str, &str)] = &[\n')
for f in PCT_STR_FMTS:
    for v in PCT_STRS:
        # %r / %a: the VM converts first; the expected text is computed here.
        w('    (%s, %s, %s),\n' % (lit(f), lit(repr(v) if 'r' in f else ascii(v) if 'a' in f else v), lit(f % v)))
w('];\n\n')

w('pub const PCT_CHAR: &[(&str, char, &str)] = &[\n')
for f in PCT_CHAR_FMTS:
    for v in ['x', '\u00e9']:
        w("    (%s, '\\u{%x}', %s),\n" % (lit(f), ord(v), lit(f % v)))
w('];\n\n')


class AnyKey(dict):
    def __missing__(self, k):
        return 1


def perr(f):
    try:
        f % AnyKey()
        return 'None'
    except (ValueError, TypeError) as e:
        if isinstance(e, TypeError):
            return 'Some("TypeError")'
        return 'Some(%s)' % lit(str(e))


w('pub const PCT_ERR: &[(&str, Option<&str>)] = &[\n')
for f in PCT_ERRS:
    w('    (%s, %s),\n' % (lit(f), perr(f)))
w('];\n')
