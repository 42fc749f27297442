//! Numeric kernels: int (small and big), float and complex arithmetic with
//! Python semantics (floor division, sign of modulo, shifts, power rules and
//! CPython's error messages).

use crate::object::Payload;
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;
use alloc::borrow::Cow;
use mprt_compiler::bytecode::binop;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

/// An int operand: small or a borrowed big int.
pub enum IntVal<'a> {
    /// Fits in i64.
    Small(i64),
    /// Arbitrary precision.
    Big(&'a BigInt),
}

impl IntVal<'_> {
    /// As an owned or borrowed BigInt.
    pub fn big(&self) -> Cow<'_, BigInt> {
        match self {
            IntVal::Small(i) => Cow::Owned(BigInt::from(*i)),
            IntVal::Big(b) => Cow::Borrowed(b),
        }
    }
    /// As f64 (may be inf for huge values).
    pub fn to_f64(&self) -> f64 {
        match self {
            IntVal::Small(i) => *i as f64,
            IntVal::Big(b) => b.to_f64().unwrap_or(f64::INFINITY),
        }
    }
}

/// The int value of an int, bool or int-subclass instance.
pub fn as_int(v: &Value) -> Option<IntVal<'_>> {
    match v {
        Value::Int(i) => Some(IntVal::Small(*i)),
        Value::Bool(b) => Some(IntVal::Small(*b as i64)),
        Value::Obj(o) => match &o.payload {
            // int-subclass instances hold small values as BigInt too.
            Payload::BigInt(b) => Some(match b.to_i64() {
                Some(i) => IntVal::Small(i),
                None => IntVal::Big(b),
            }),
            _ => None,
        },
        _ => None,
    }
}

/// The float value of a float or float-subclass instance.
pub fn as_float(v: &Value) -> Option<f64> {
    match v {
        Value::Float(f) => Some(*f),
        Value::Obj(o) => match &o.payload {
            Payload::Float(f) => Some(*f),
            _ => None,
        },
        _ => None,
    }
}

/// A number as f64 if it is an int or float.
pub fn as_f64(v: &Value) -> Option<f64> {
    as_float(v).or_else(|| as_int(v).map(|i| i.to_f64()))
}

/// Complex parts of a complex, float or int.
pub fn as_complex(v: &Value) -> Option<(f64, f64)> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Complex(r, i) => Some((*r, *i)),
            _ => as_f64(v).map(|f| (f, 0.0)),
        },
        _ => as_f64(v).map(|f| (f, 0.0)),
    }
}

/// Python floor modulo for floats.
pub fn float_mod(a: f64, b: f64) -> f64 {
    let m = crate::fmath::fmod(a, b);
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m + b
        } else {
            m
        }
    } else {
        crate::fmath::copysign(0.0, b)
    }
}

/// Python floor division for floats (b != 0).
pub fn float_floordiv(a: f64, b: f64) -> f64 {
    let m = crate::fmath::fmod(a, b);
    let mut div = (a - m) / b;
    if m != 0.0 && ((b < 0.0) != (m < 0.0)) {
        div -= 1.0;
    }
    if div != 0.0 {
        let fl = crate::fmath::floor(div);
        if div - fl > 0.5 {
            fl + 1.0
        } else {
            fl
        }
    } else {
        crate::fmath::copysign(0.0, a / b)
    }
}

impl Vm {
    /// Int op int.
    pub fn int_binop(&self, a: &IntVal, b: &IntVal, op: u8) -> PyResult<Value> {
        if let (IntVal::Small(x), IntVal::Small(y)) = (a, b) {
            let (x, y) = (*x, *y);
            let r = match op {
                binop::ADD => x.checked_add(y),
                binop::SUB => x.checked_sub(y),
                binop::MUL => x.checked_mul(y),
                binop::FLOORDIV => {
                    if y == 0 {
                        return self.zero_division("integer division or modulo by zero");
                    }
                    if x == i64::MIN && y == -1 {
                        None
                    } else {
                        Some(num_integer::Integer::div_floor(&x, &y))
                    }
                }
                binop::MOD => {
                    if y == 0 {
                        return self.zero_division("integer modulo by zero");
                    }
                    if y == -1 {
                        Some(0)
                    } else {
                        Some(x.mod_floor(&y))
                    }
                }
                binop::AND => Some(x & y),
                binop::OR => Some(x | y),
                binop::XOR => Some(x ^ y),
                binop::LSHIFT => {
                    if y < 0 {
                        return self.value_error("negative shift count");
                    }
                    if y < 63 && (x == 0 || (x.unsigned_abs().leading_zeros() as i64) > y + 1) {
                        Some(x << y)
                    } else if x == 0 {
                        Some(0)
                    } else {
                        None
                    }
                }
                binop::RSHIFT => {
                    if y < 0 {
                        return self.value_error("negative shift count");
                    }
                    Some(if y >= 64 {
                        if x < 0 {
                            -1
                        } else {
                            0
                        }
                    } else {
                        x >> y
                    })
                }
                binop::TRUEDIV => {
                    if y == 0 {
                        return self.zero_division("division by zero");
                    }
                    if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
                        return Ok(Value::Float(x as f64 / y as f64));
                    }
                    return self.int_truediv(&BigInt::from(x), &BigInt::from(y));
                }
                binop::POW => {
                    if y < 0 {
                        return self.float_binop(x as f64, y as f64, binop::POW);
                    }
                    if y <= u32::MAX as i64 {
                        x.checked_pow(y as u32)
                    } else if x == 0 || x == 1 {
                        Some(x)
                    } else if x == -1 {
                        Some(if y % 2 == 0 { 1 } else { -1 })
                    } else {
                        None
                    }
                }
                _ => return self.type_error("unsupported operand"),
            };
            if let Some(r) = r {
                return Ok(Value::Int(r));
            }
        }
        let x = a.big();
        let y = b.big();
        let (x, y) = (x.as_ref(), y.as_ref());
        let r = match op {
            binop::ADD => x + y,
            binop::SUB => x - y,
            binop::MUL => x * y,
            binop::FLOORDIV => {
                if y.is_zero() {
                    return self.zero_division("integer division or modulo by zero");
                }
                x.div_floor(y)
            }
            binop::MOD => {
                if y.is_zero() {
                    return self.zero_division("integer modulo by zero");
                }
                x.mod_floor(y)
            }
            binop::AND => x & y,
            binop::OR => x | y,
            binop::XOR => x ^ y,
            binop::LSHIFT => {
                if y.is_negative() {
                    return self.value_error("negative shift count");
                }
                if x.is_zero() {
                    return Ok(Value::Int(0));
                }
                let Some(n) = y.to_u64().filter(|n| *n < (1 << 32)) else {
                    return self.overflow_error("too many digits in integer");
                };
                if (x.bits() + n) / 8 > crate::modules::heap_limit() as u64 {
                    return self.memory_error();
                }
                x << n
            }
            binop::RSHIFT => {
                if y.is_negative() {
                    return self.value_error("negative shift count");
                }
                match y.to_u64() {
                    Some(n) if n < x.bits() + 1 => x >> n,
                    _ => {
                        if x.is_negative() {
                            BigInt::from(-1)
                        } else {
                            BigInt::zero()
                        }
                    }
                }
            }
            binop::TRUEDIV => {
                if y.is_zero() {
                    return self.zero_division("division by zero");
                }
                return self.int_truediv(x, y);
            }
            binop::POW => {
                if y.is_negative() {
                    return self.float_binop(a.to_f64(), b.to_f64(), binop::POW);
                }
                // 0, 1 and -1 stay small whatever the exponent.
                if x.is_zero() || num_traits::One::is_one(x) {
                    return Ok(Value::Int(if y.is_zero() {
                        1
                    } else {
                        x.to_i64().unwrap_or(0)
                    }));
                }
                if num_traits::One::is_one(&-x) {
                    return Ok(Value::Int(if y.bit(0) { -1 } else { 1 }));
                }
                let Some(e) = y.to_u64() else {
                    return self.memory_error();
                };
                if x.bits().saturating_mul(e) / 8 > crate::modules::heap_limit() as u64 * 2 {
                    return self.memory_error();
                }
                num_traits::pow::Pow::pow(x, e)
            }
            _ => return self.type_error("unsupported operand"),
        };
        Ok(self.new_bigint(r))
    }

    /// Correctly rounded int / int.
    fn int_truediv(&self, x: &BigInt, y: &BigInt) -> PyResult<Value> {
        let (fx, fy) = (x.to_f64(), y.to_f64());
        if let (Some(fx), Some(fy)) = (fx, fy) {
            if fx.abs() < 9.0e15 && fy.abs() < 9.0e15 {
                return Ok(Value::Float(fx / fy));
            }
        }
        // Scale so that the quotient has 64+ significant bits, then round via f64.
        let neg = x.is_negative() != y.is_negative();
        let (ax, ay) = (x.abs(), y.abs());
        let shift: i64 = 70 - (ax.bits() as i64 - ay.bits() as i64);
        let q = if shift >= 0 {
            (ax << shift as u64) / &ay
        } else {
            ax / (ay << (-shift) as u64)
        };
        let Some(qf) = q.to_f64() else {
            return self.overflow_error("integer division result too large for a float");
        };
        let r = qf * crate::fmath::pow(2.0, -shift as f64);
        if r.is_infinite() {
            return self.overflow_error("integer division result too large for a float");
        }
        Ok(Value::Float(if neg { -r } else { r }))
    }

    /// Float op float.
    pub fn float_binop(&self, x: f64, y: f64, op: u8) -> PyResult<Value> {
        Ok(Value::Float(match op {
            binop::ADD => x + y,
            binop::SUB => x - y,
            binop::MUL => x * y,
            binop::TRUEDIV => {
                if y == 0.0 {
                    return self.zero_division("float division by zero");
                }
                x / y
            }
            binop::FLOORDIV => {
                if y == 0.0 {
                    return self.zero_division("float floor division by zero");
                }
                float_floordiv(x, y)
            }
            binop::MOD => {
                if y == 0.0 {
                    return self.zero_division("float modulo");
                }
                float_mod(x, y)
            }
            binop::POW => {
                if x == 0.0 && y < 0.0 && y.is_finite() {
                    return self.zero_division("0.0 cannot be raised to a negative power");
                }
                if x < 0.0 && y != crate::fmath::floor(y) && y.is_finite() {
                    // Negative base with fractional exponent gives a complex result.
                    let (r, i) = complex_pow((x, 0.0), (y, 0.0));
                    return Ok(self.new_complex(r, i));
                }
                let r = crate::fmath::pow(x, y);
                if r.is_infinite() && x.is_finite() && y.is_finite() {
                    return self.overflow_error("(34, 'Numerical result out of range')");
                }
                r
            }
            _ => return self.type_error("unsupported operand"),
        }))
    }

    /// Complex op complex.
    pub fn complex_binop(&self, a: (f64, f64), b: (f64, f64), op: u8) -> PyResult<Option<Value>> {
        let (ar, ai) = a;
        let (br, bi) = b;
        let r = match op {
            binop::ADD => (ar + br, ai + bi),
            binop::SUB => (ar - br, ai - bi),
            binop::MUL => (ar * br - ai * bi, ar * bi + ai * br),
            binop::TRUEDIV => {
                if br == 0.0 && bi == 0.0 {
                    return self.zero_division("complex division by zero");
                }
                complex_div(a, b)
            }
            binop::POW => {
                if ar == 0.0 && ai == 0.0 {
                    if bi != 0.0 || br < 0.0 {
                        return self.zero_division("0.0 to a negative or complex power");
                    }
                    if br == 0.0 {
                        (1.0, 0.0)
                    } else {
                        (0.0, 0.0)
                    }
                } else {
                    let r = complex_pow(a, b);
                    if r.0.is_infinite() || r.1.is_infinite() {
                        return self.overflow_error("complex exponentiation");
                    }
                    r
                }
            }
            _ => return Ok(None),
        };
        Ok(Some(self.new_complex(r.0, r.1)))
    }
}

/// Complex division with scaling (Smith's method, as CPython).
pub fn complex_div(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    let (ar, ai) = a;
    let (br, bi) = b;
    let abs_br = br.abs();
    let abs_bi = bi.abs();
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return (f64::NAN, f64::NAN);
        }
        let ratio = bi / br;
        let denom = br + bi * ratio;
        ((ar + ai * ratio) / denom, (ai - ar * ratio) / denom)
    } else if abs_bi >= abs_br {
        let ratio = br / bi;
        let denom = br * ratio + bi;
        ((ar * ratio + ai) / denom, (ai * ratio - ar) / denom)
    } else {
        (f64::NAN, f64::NAN)
    }
}

/// Complex power via polar form (integer exponents by repeated multiplication).
pub fn complex_pow(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    if b.1 == 0.0 && b.0 == crate::fmath::floor(b.0) && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        let mut result = (1.0, 0.0);
        let mut base = a;
        let mut e = n.unsigned_abs();
        while e > 0 {
            if e & 1 == 1 {
                result = (
                    result.0 * base.0 - result.1 * base.1,
                    result.0 * base.1 + result.1 * base.0,
                );
            }
            base = (
                base.0 * base.0 - base.1 * base.1,
                base.0 * base.1 + base.1 * base.0,
            );
            e >>= 1;
        }
        if n < 0 {
            return complex_div((1.0, 0.0), result);
        }
        return result;
    }
    let vabs = crate::fmath::hypot(a.0, a.1);
    let mut len = crate::fmath::pow(vabs, b.0);
    let at = crate::fmath::atan2(a.1, a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= crate::fmath::exp(at * b.1);
        phase += b.1 * crate::fmath::log(vabs);
    }
    (
        len * crate::fmath::cos(phase),
        len * crate::fmath::sin(phase),
    )
}
