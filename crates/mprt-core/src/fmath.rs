//! Floating-point math functions for `math`, `cmath` and float operators.
//!
//! With the `host-libm` feature the platform C library's libm is called, so
//! results are bit-identical to CPython's on the same machine (glibc's
//! functions are correctly rounded where the pure-Rust port may differ in the
//! last place). Without it (bare-metal targets) the `libm` crate is used.
//! Exact operations (`frexp`, `scalbn`, `modf`) always come from `libm`.

macro_rules! host_or_libm {
    ($(fn $name:ident($($a:ident),+);)*) => {$(
        /// See the C function of the same name.
        #[cfg(feature = "host-libm")]
        #[inline]
        pub fn $name($($a: f64),+) -> f64 {
            mod c {
                extern "C" {
                    pub fn $name($($a: f64),+) -> f64;
                }
            }
            // SAFETY: a pure C math function taking and returning doubles.
            unsafe { c::$name($($a),+) }
        }
        #[cfg(not(feature = "host-libm"))]
        pub use libm::$name;
    )*};
}

host_or_libm! {
    fn exp(x);
    fn exp2(x);
    fn expm1(x);
    fn log(x);
    fn log2(x);
    fn log10(x);
    fn log1p(x);
    fn sin(x);
    fn cos(x);
    fn tan(x);
    fn asin(x);
    fn acos(x);
    fn atan(x);
    fn sinh(x);
    fn cosh(x);
    fn tanh(x);
    fn asinh(x);
    fn acosh(x);
    fn atanh(x);
    fn sqrt(x);
    fn cbrt(x);
    fn floor(x);
    fn ceil(x);
    fn trunc(x);
    fn fabs(x);
    fn rint(x);
    fn erf(x);
    fn erfc(x);
    fn tgamma(x);
    fn lgamma(x);
    fn atan2(y, x);
    fn hypot(x, y);
    fn pow(x, y);
    fn copysign(x, y);
    fn fmod(x, y);
    fn remainder(x, y);
    fn nextafter(x, y);
}

pub use libm::{frexp, modf, scalbn};
