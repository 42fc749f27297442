//! `math.gamma` and `math.lgamma` by the Lanczos approximation CPython uses
//! (N = 13, g ≈ 6.0247), so results are bit-identical to CPython's rather
//! than to the C library's `tgamma`/`lgamma`, which differ in the last places.
//!
//! The functions return `Err(Domain)`/`Err(Range)` where Python raises
//! `ValueError`/`OverflowError`; the caller maps them.

use crate::fmath::{cos, exp, fabs, floor, fmod, log, pow, sin};
use core::f64::consts::PI;

/// Why a gamma function has no finite result.
#[derive(Debug, PartialEq, Eq)]
pub enum GammaError {
    /// Pole or invalid argument (`ValueError: math domain error`).
    Domain,
    /// Result too large (`OverflowError: math range error`).
    Range,
}

/// Lanczos' g.
const G: f64 = 6.024680040776729583740234375;
/// g - 1/2, exact in binary.
const G_MINUS_HALF: f64 = 5.524680040776729583740234375;

/// Numerator coefficients of the Lanczos rational function.
const NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];

/// Denominator coefficients: x(x+1)...(x+11) expanded.
const DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];

/// The Lanczos sum for `x > 0`: Horner in x below 5, in 1/x above (no overflow,
/// better accuracy for large x).
fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + NUM[i];
            den = den * x + DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + NUM[i];
            den = den / x + DEN[i];
        }
    }
    num / den
}

/// sin(pi * x) with exact zeros at integers (finite `x` only).
fn sin_pi(x: f64) -> f64 {
    let y = fmod(fabs(x), 2.0);
    let n = libm::round(2.0 * y) as i32;
    let r = match n {
        0 => sin(PI * y),
        1 => cos(PI * (y - 0.5)),
        // sin(pi*(1-y)) keeps +0.0 at y == 1.
        2 => sin(PI * (1.0 - y)),
        3 => -cos(PI * (y - 1.5)),
        _ => sin(PI * (y - 2.0)),
    };
    libm::copysign(1.0, x) * r
}

/// Gamma(x) = (x-1)! for integer x in 1..=23: the exact product rounded once.
fn factorial_gamma(x: f64) -> f64 {
    let mut f: u128 = 1;
    for k in 2..(x as u128) {
        f *= k;
    }
    f as f64
}

/// `math.gamma(x)`.
pub fn gamma(x: f64) -> Result<f64, GammaError> {
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            return Ok(x);
        }
        return Err(GammaError::Domain);
    }
    if x == 0.0 {
        return Err(GammaError::Domain);
    }
    if x == floor(x) {
        if x < 0.0 {
            return Err(GammaError::Domain);
        }
        if x <= 23.0 {
            return Ok(factorial_gamma(x));
        }
    }
    let ax = fabs(x);
    if ax < 1e-20 {
        let r = 1.0 / x;
        return if r.is_infinite() {
            Err(GammaError::Range)
        } else {
            Ok(r)
        };
    }
    if ax > 200.0 {
        return if x < 0.0 {
            Ok(0.0 / sin_pi(x))
        } else {
            Err(GammaError::Range)
        };
    }
    let y = ax + G_MINUS_HALF;
    // The rounding error of y, scaled: corrects the power term below.
    let z = if ax > G_MINUS_HALF {
        (y - ax) - G_MINUS_HALF
    } else {
        (y - G_MINUS_HALF) - ax
    };
    let z = z * G / y;
    let mut r;
    if x < 0.0 {
        r = -PI / sin_pi(ax) / ax * exp(y) / lanczos_sum(ax);
        r -= z * r;
        if ax < 140.0 {
            r /= pow(y, ax - 0.5);
        } else {
            let half = pow(y, ax / 2.0 - 0.25);
            r /= half;
            r /= half;
        }
    } else {
        r = lanczos_sum(ax) / exp(y);
        r += z * r;
        if ax < 140.0 {
            r *= pow(y, ax - 0.5);
        } else {
            let half = pow(y, ax / 2.0 - 0.25);
            r *= half;
            r *= half;
        }
    }
    if r.is_infinite() {
        return Err(GammaError::Range);
    }
    Ok(r)
}

/// `math.lgamma(x)`: log |Gamma(x)|.
pub fn lgamma(x: f64) -> Result<f64, GammaError> {
    if !x.is_finite() {
        return Ok(if x.is_nan() { x } else { f64::INFINITY });
    }
    if x == floor(x) && x <= 2.0 {
        return if x <= 0.0 {
            Err(GammaError::Domain)
        } else {
            Ok(0.0)
        };
    }
    let ax = fabs(x);
    if ax < 1e-20 {
        return Ok(-log(ax));
    }
    let mut r = log(lanczos_sum(ax)) - G;
    r += (ax - 0.5) * (log(ax + G - 0.5) - 1.0);
    if x < 0.0 {
        // Reflection formula.
        r = log(PI) - log(fabs(sin_pi(ax))) - log(ax) - r;
    }
    if r.is_infinite() {
        return Err(GammaError::Range);
    }
    Ok(r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_and_poles() {
        assert_eq!(gamma(5.0), Ok(24.0));
        assert_eq!(gamma(1.0), Ok(1.0));
        assert_eq!(gamma(0.0), Err(GammaError::Domain));
        assert_eq!(gamma(-3.0), Err(GammaError::Domain));
        assert_eq!(gamma(172.0), Err(GammaError::Range));
        assert_eq!(lgamma(1.0), Ok(0.0));
        assert_eq!(lgamma(-2.0), Err(GammaError::Domain));
    }

    #[test]
    fn half_integers() {
        let sqrt_pi = 1.772_453_850_905_516;
        assert!((gamma(0.5).unwrap() - sqrt_pi).abs() < 1e-15);
        assert!((lgamma(0.5).unwrap() - libm::log(sqrt_pi)).abs() < 1e-15);
        assert!((gamma(-0.5).unwrap() + 2.0 * sqrt_pi).abs() < 1e-14);
    }
}
