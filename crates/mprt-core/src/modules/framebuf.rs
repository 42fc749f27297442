//! `framebuf`: MicroPython's frame buffer drawing module.
//!
//! A `FrameBuffer` draws into a caller-supplied writable buffer (bytearray,
//! array or memoryview) in one of seven pixel formats; every drawing call
//! writes straight into that buffer. Text uses this crate's own 8x8 font
//! (`framebuf_font.rs`).

use crate::object::*;
use crate::runtime::num::as_int;
use crate::types::bytes::raw_buffer_bytes;
use crate::value::{Ref, Value};
use crate::vm::call::KwArgs;
use crate::vm::Vm;
use crate::PyResult;
use alloc::format;
use alloc::rc::Rc;
use alloc::vec::Vec;
use core::any::Any;
use core::cell::RefCell;

use super::extbuf::{buffer_typecode, with_buf_mut};

/// Vertical bytes, LSB at the top (SSD1306 style).
pub const MONO_VLSB: u8 = 0;
/// 16-bit 5-6-5 colour, native (little) endian.
pub const RGB565: u8 = 1;
/// 4-bit greyscale, two pixels a byte, left pixel in the high nibble.
pub const GS4_HMSB: u8 = 2;
/// Horizontal bytes, leftmost pixel in the MSB.
pub const MONO_HLSB: u8 = 3;
/// Horizontal bytes, leftmost pixel in the LSB.
pub const MONO_HMSB: u8 = 4;
/// 2-bit greyscale, four pixels a byte, leftmost pixel in the low bits.
pub const GS2_HMSB: u8 = 5;
/// 8-bit greyscale.
pub const GS8: u8 = 6;

/// Geometry of a frame buffer (without its storage).
#[derive(Clone, Copy)]
struct Geom {
    width: i64,
    height: i64,
    stride: i64,
    format: u8,
}

/// A frame buffer's geometry over a byte slice.
struct Canvas<'a> {
    g: Geom,
    buf: &'a mut [u8],
}

impl Geom {
    fn set(&self, buf: &mut [u8], x: i64, y: i64, col: u32) {
        let (x, y, s) = (x as usize, y as usize, self.stride as usize);
        match self.format {
            MONO_VLSB => {
                let i = (y >> 3) * s + x;
                let off = y & 7;
                if let Some(b) = buf.get_mut(i) {
                    *b = (*b & !(1 << off)) | (((col != 0) as u8) << off);
                }
            }
            MONO_HLSB | MONO_HMSB => {
                let i = (x + y * s) >> 3;
                let off = if self.format == MONO_HMSB {
                    x & 7
                } else {
                    7 - (x & 7)
                };
                if let Some(b) = buf.get_mut(i) {
                    *b = (*b & !(1 << off)) | (((col != 0) as u8) << off);
                }
            }
            RGB565 => {
                let i = (x + y * s) * 2;
                if i + 1 < buf.len() {
                    buf[i] = col as u8;
                    buf[i + 1] = (col >> 8) as u8;
                }
            }
            GS2_HMSB => {
                let i = (x + y * s) >> 2;
                let shift = (x & 3) << 1;
                if let Some(b) = buf.get_mut(i) {
                    *b = (((col & 3) as u8) << shift) | (*b & !(3 << shift));
                }
            }
            GS4_HMSB => {
                let i = (x + y * s) >> 1;
                if let Some(b) = buf.get_mut(i) {
                    if x & 1 != 0 {
                        *b = (col & 0x0f) as u8 | (*b & 0xf0);
                    } else {
                        *b = (((col & 0x0f) as u8) << 4) | (*b & 0x0f);
                    }
                }
            }
            _ => {
                if let Some(b) = buf.get_mut(x + y * s) {
                    *b = col as u8;
                }
            }
        }
    }

    fn get(&self, buf: &[u8], x: i64, y: i64) -> u32 {
        let (x, y, s) = (x as usize, y as usize, self.stride as usize);
        let at = |i: usize| buf.get(i).copied().unwrap_or(0) as u32;
        match self.format {
            MONO_VLSB => (at((y >> 3) * s + x) >> (y & 7)) & 1,
            MONO_HLSB | MONO_HMSB => {
                let off = if self.format == MONO_HMSB {
                    x & 7
                } else {
                    7 - (x & 7)
                };
                (at((x + y * s) >> 3) >> off) & 1
            }
            RGB565 => {
                let i = (x + y * s) * 2;
                at(i) | (at(i + 1) << 8)
            }
            GS2_HMSB => (at((x + y * s) >> 2) >> ((x & 3) << 1)) & 3,
            GS4_HMSB => {
                let b = at((x + y * s) >> 1);
                if x & 1 != 0 {
                    b & 0x0f
                } else {
                    b >> 4
                }
            }
            _ => at(x + y * s),
        }
    }

    fn in_bounds(&self, x: i64, y: i64) -> bool {
        0 <= x && x < self.width && 0 <= y && y < self.height
    }
}

impl Canvas<'_> {
    fn set(&mut self, x: i64, y: i64, col: u32) {
        self.g.set(self.buf, x, y, col)
    }
    fn get(&self, x: i64, y: i64) -> u32 {
        self.g.get(self.buf, x, y)
    }
    fn set_checked(&mut self, x: i64, y: i64, col: u32, draw: bool) {
        if draw && self.g.in_bounds(x, y) {
            self.set(x, y, col);
        }
    }

    fn fill_rect(&mut self, x: i64, y: i64, w: i64, h: i64, col: u32) {
        let g = self.g;
        if h < 1 || w < 1 || x + w <= 0 || y + h <= 0 || y >= g.height || x >= g.width {
            return;
        }
        let xend = g.width.min(x + w);
        let yend = g.height.min(y + h);
        let x0 = x.max(0);
        for yy in y.max(0)..yend {
            for xx in x0..xend {
                self.set(xx, yy, col);
            }
        }
    }

    fn line(&mut self, x1: i64, y1: i64, x2: i64, y2: i64, col: u32) {
        let (mut x1, mut y1) = (x1, y1);
        let mut dx = x2 - x1;
        let mut sx = 1;
        if dx <= 0 {
            dx = -dx;
            sx = -1;
        }
        let mut dy = y2 - y1;
        let mut sy = 1;
        if dy <= 0 {
            dy = -dy;
            sy = -1;
        }
        let steep = dy > dx;
        if steep {
            core::mem::swap(&mut x1, &mut y1);
            core::mem::swap(&mut dx, &mut dy);
            core::mem::swap(&mut sx, &mut sy);
        }
        let mut e = 2 * dy - dx;
        for _ in 0..dx {
            if steep {
                self.set_checked(y1, x1, col, true);
            } else {
                self.set_checked(x1, y1, col, true);
            }
            while e >= 0 {
                y1 += sy;
                e -= 2 * dx;
            }
            x1 += sx;
            e += 2 * dy;
        }
        self.set_checked(x2, y2, col, true);
    }

    fn ellipse_points(&mut self, cx: i64, cy: i64, x: i64, y: i64, col: u32, mask: u32) {
        if mask & ELLIPSE_FILL != 0 {
            if mask & 1 != 0 {
                self.fill_rect(cx, cy - y, x + 1, 1, col);
            }
            if mask & 2 != 0 {
                self.fill_rect(cx - x, cy - y, x + 1, 1, col);
            }
            if mask & 4 != 0 {
                self.fill_rect(cx - x, cy + y, x + 1, 1, col);
            }
            if mask & 8 != 0 {
                self.fill_rect(cx, cy + y, x + 1, 1, col);
            }
        } else {
            self.set_checked(cx + x, cy - y, col, mask & 1 != 0);
            self.set_checked(cx - x, cy - y, col, mask & 2 != 0);
            self.set_checked(cx - x, cy + y, col, mask & 4 != 0);
            self.set_checked(cx + x, cy + y, col, mask & 8 != 0);
        }
    }

    /// Midpoint ellipse: walk the flat part (from the x axis) then the
    /// steep part (from the y axis), plotting the four mirrored points.
    fn ellipse(&mut self, cx: i64, cy: i64, xr: i64, yr: i64, col: u32, mask: u32) {
        if xr == 0 && yr == 0 {
            // Degenerate: the walk below would not advance.
            self.ellipse_points(cx, cy, 0, 0, col, mask);
            return;
        }
        let two_a2 = 2 * xr * xr;
        let two_b2 = 2 * yr * yr;
        let (mut x, mut y) = (xr, 0);
        let mut xch = yr * yr * (1 - 2 * xr);
        let mut ych = xr * xr;
        let mut err = 0;
        let mut stop_x = two_b2 * xr;
        let mut stop_y = 0;
        while stop_x >= stop_y {
            self.ellipse_points(cx, cy, x, y, col, mask);
            y += 1;
            stop_y += two_a2;
            err += ych;
            ych += two_a2;
            if 2 * err + xch > 0 {
                x -= 1;
                stop_x -= two_b2;
                err += xch;
                xch += two_b2;
            }
        }
        x = 0;
        y = yr;
        xch = yr * yr;
        ych = xr * xr * (1 - 2 * yr);
        err = 0;
        stop_x = 0;
        stop_y = two_a2 * yr;
        while stop_x <= stop_y {
            self.ellipse_points(cx, cy, x, y, col, mask);
            x += 1;
            stop_x += two_b2;
            err += xch;
            xch += two_b2;
            if 2 * err + ych > 0 {
                y -= 1;
                stop_y -= two_a2;
                err += ych;
                ych += two_a2;
            }
        }
    }

    fn poly(&mut self, x: i64, y: i64, pts: &[i64], col: u32, fill: bool) {
        let n = pts.len() / 2;
        if n == 0 {
            return;
        }
        if !fill {
            let (mut px1, mut py1) = (pts[0], pts[1]);
            for k in (0..n).rev() {
                let (px2, py2) = (pts[2 * k], pts[2 * k + 1]);
                self.line(x + px1, y + py1, x + px2, y + py2, col);
                px1 = px2;
                py1 = py2;
            }
            return;
        }
        let ymin = (0..n).map(|k| pts[2 * k + 1]).min().unwrap_or(0);
        let ymax = (0..n).map(|k| pts[2 * k + 1]).max().unwrap_or(0);
        let mut nodes: Vec<i64> = Vec::new();
        for row in ymin..=ymax {
            nodes.clear();
            let (mut px1, mut py1) = (pts[0], pts[1]);
            for k in (0..n).rev() {
                let (px2, py2) = (pts[2 * k], pts[2 * k + 1]);
                if py1 != py2 && ((py1 > row && py2 <= row) || (py1 <= row && py2 > row)) {
                    let num = 32 * px1 + 32 * (px2 - px1) * (row - py1) / (py2 - py1) + 16;
                    nodes.push(num / 32);
                } else if row == py1.max(py2) {
                    // The bottom end of an edge (or a flat edge) is not
                    // a crossing: plot it directly so it is not lost.
                    if py1 < py2 {
                        self.fill_rect(x + px2, y + row, 1, 1, col);
                    } else if py2 < py1 {
                        self.fill_rect(x + px1, y + row, 1, 1, col);
                    } else {
                        self.line(x + px1, y + row, x + px2, y + row, col);
                    }
                }
                px1 = px2;
                py1 = py2;
            }
            nodes.sort_unstable();
            for p in nodes.chunks(2) {
                if p.len() == 2 {
                    self.fill_rect(x + p[0], y + row, p[1] - p[0] + 1, 1, col);
                }
            }
        }
    }

    fn text(&mut self, s: &str, x: i64, y: i64, col: u32) {
        let mut x0 = x;
        for &c in s.as_bytes() {
            let c = if !(32..=127).contains(&c) { 127 } else { c };
            let glyph = &super::framebuf_font::FONT8X8[(c as usize - 32) * 8..][..8];
            for &column in glyph {
                if 0 <= x0 && x0 < self.g.width {
                    let mut bits = column;
                    let mut yy = y;
                    while bits != 0 {
                        if bits & 1 != 0 && 0 <= yy && yy < self.g.height {
                            self.set(x0, yy, col);
                        }
                        bits >>= 1;
                        yy += 1;
                    }
                }
                x0 += 1;
            }
        }
    }

    fn scroll(&mut self, xstep: i64, ystep: i64) {
        let (w, h) = (self.g.width, self.g.height);
        let (sx, xend, dx) = if xstep < 0 {
            if w + xstep <= 0 {
                return;
            }
            (0, w + xstep, 1)
        } else {
            if xstep - 1 >= w - 1 {
                return;
            }
            (w - 1, xstep - 1, -1)
        };
        let (mut y, yend, dy) = if ystep < 0 {
            if h + ystep <= 0 {
                return;
            }
            (0, h + ystep, 1)
        } else {
            if ystep - 1 >= h - 1 {
                return;
            }
            (h - 1, ystep - 1, -1)
        };
        while y != yend {
            let mut x = sx;
            while x != xend {
                let c = self.get(x - xstep, y - ystep);
                self.set(x, y, c);
                x += dx;
            }
            y += dy;
        }
    }
}

const ELLIPSE_FILL: u32 = 0x10;

/// The state of a `FrameBuffer` (set by `__init__`).
struct FbState {
    buf: Value,
    g: Geom,
}

/// A `framebuf.FrameBuffer` instance.
pub struct FrameBufferObj {
    state: RefCell<Option<FbState>>,
}

impl NativeObject for FrameBufferObj {
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        if let Some(s) = self.state.borrow().as_ref() {
            visit(&s.buf);
        }
    }
    fn clear(&self) {
        let old = self.state.borrow_mut().take();
        drop(old);
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn fb_obj(v: &Value) -> Option<&FrameBufferObj> {
    match v.payload()? {
        Payload::Native(n) => n.as_any().downcast_ref::<FrameBufferObj>(),
        _ => None,
    }
}

/// The (buffer, offset, length) a FrameBuffer exposes through the buffer
/// protocol: all of the underlying buffer, as in MicroPython.
pub fn fb_buffer(v: &Value) -> Option<(Value, usize, usize)> {
    let f = fb_obj(v)?;
    let st = f.state.try_borrow().ok()?;
    let s = st.as_ref()?;
    let n = crate::types::bytes::raw_buffer_len(&s.buf)?;
    Some((s.buf.clone(), 0, n))
}

fn state_of(vm: &Vm, v: &Value) -> PyResult<(Value, Geom)> {
    match fb_obj(v) {
        Some(f) => match f.state.borrow().as_ref() {
            Some(s) => Ok((s.buf.clone(), s.g)),
            None => vm.value_error("FrameBuffer not initialised"),
        },
        None => vm.type_error("descriptor requires a 'FrameBuffer' object"),
    }
}

fn int_arg(vm: &Vm, v: &Value) -> PyResult<i64> {
    match as_int(v) {
        Some(crate::runtime::num::IntVal::Small(i)) => Ok(i),
        Some(_) => vm.overflow_error("overflow converting long int to machine word"),
        None => vm.type_error(format!("can't convert {} to int", vm.type_name(v))),
    }
}

fn ints(vm: &Vm, args: &[Value]) -> PyResult<Vec<i64>> {
    args.iter().map(|a| int_arg(vm, a)).collect()
}

/// Run a drawing closure over the frame buffer `v`.
fn draw<R>(vm: &Vm, v: &Value, f: impl FnOnce(&mut Canvas) -> R) -> PyResult<R> {
    let (buf, g) = state_of(vm, v)?;
    match with_buf_mut(&buf, |b| {
        let mut c = Canvas { g, buf: b };
        f(&mut c)
    }) {
        Some(r) => Ok(r),
        None => vm.type_error("object with buffer protocol required"),
    }
}

/// MicroPython's argument checks for native functions (counts include
/// `self`; keyword arguments are refused).
fn nargs(vm: &Vm, kw: &KwArgs, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    if !kw.is_empty() {
        return vm.type_error("function doesn't take keyword arguments");
    }
    let n = args.len();
    if min == max && n != min {
        return vm.type_error(format!(
            "function takes {} positional arguments but {} were given",
            min, n
        ));
    }
    if n < min {
        return vm.type_error(format!(
            "function missing {} required positional arguments",
            min - n
        ));
    }
    if n > max {
        return vm.type_error(format!(
            "function expected at most {} arguments, got {}",
            max, n
        ));
    }
    Ok(())
}

/// Validate a (buffer, width, height, format, stride) description, in
/// MicroPython's order: dimensions, format, buffer, buffer size.
///
/// The buffer must hold every row but the last at full stride, and the
/// last row (or 8-row page for MONO_VLSB) up to the width.
fn make_geom(
    vm: &Vm,
    buf: &Value,
    w: i64,
    h: i64,
    fmt: i64,
    stride: Option<i64>,
) -> PyResult<Geom> {
    let blen = |vm: &Vm| match super::extbuf::buf_len_mut(buf) {
        Some(n) => Ok(n),
        None => vm.type_error("object with buffer protocol required"),
    };
    geom_for_len(vm, blen, w, h, fmt, stride)
}

fn geom_for_len(
    vm: &Vm,
    blen: impl FnOnce(&Vm) -> PyResult<usize>,
    w: i64,
    h: i64,
    fmt: i64,
    stride: Option<i64>,
) -> PyResult<Geom> {
    let mut stride = stride.unwrap_or(w);
    if w < 1 || h < 1 || w > 0xffff || h > 0xffff || stride > 0xffff || stride < w {
        return Err(vm.new_exception(&vm.exc.value_error, Vec::new()));
    }
    let mut bpp: i64 = 1;
    let mut height_req = h;
    let mut width_req = w;
    let mut strides_req = h - 1;
    match fmt {
        0 => {
            height_req = (h + 7) & !7;
            strides_req = height_req - 8;
        }
        3 | 4 => {
            stride = (stride + 7) & !7;
            width_req = (w + 7) & !7;
        }
        5 => {
            stride = (stride + 3) & !3;
            width_req = (w + 3) & !3;
            bpp = 2;
        }
        2 => {
            stride = (stride + 1) & !1;
            width_req = (w + 1) & !1;
            bpp = 4;
        }
        6 => bpp = 8,
        1 => bpp = 16,
        _ => return vm.value_error("invalid format"),
    }
    let have = blen(vm)? as i64;
    let need = (strides_req * stride + (height_req - strides_req) * width_req) * bpp / 8;
    if need > have {
        return Err(vm.new_exception(&vm.exc.value_error, Vec::new()));
    }
    Ok(Geom {
        width: w,
        height: h,
        stride,
        format: fmt as u8,
    })
}

fn fb_new(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let cls = args[0]
        .as_obj()
        .cloned()
        .unwrap_or_else(|| vm.types.object.clone());
    let dict = vm.instance_dict_for(&cls);
    Ok(Value::Obj(Object::new(
        cls,
        Payload::Native(alloc::boxed::Box::new(FrameBufferObj {
            state: RefCell::new(None),
        })),
        dict,
    )))
}

fn fb_init(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    nargs(vm, kw, &args[1..], 4, 5)?;
    let v = ints(vm, &args[2..])?;
    let stride = v.get(3).copied();
    let g = make_geom(vm, &args[1], v[0], v[1], v[2], stride)?;
    let Some(f) = fb_obj(&args[0]) else {
        return vm.type_error("descriptor requires a 'FrameBuffer' object");
    };
    *f.state.borrow_mut() = Some(FbState {
        buf: args[1].clone(),
        g,
    });
    Ok(Value::None)
}

fn col_of(vm: &Vm, v: &Value) -> PyResult<u32> {
    Ok(int_arg(vm, v)? as u32)
}

fn fb_fill(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    nargs(vm, kw, args, 2, 2)?;
    let c = col_of(vm, &args[1])?;
    draw(vm, &args[0], |cv| {
        let (w, h) = (cv.g.width, cv.g.height);
        cv.fill_rect(0, 0, w, h, c)
    })?;
    Ok(Value::None)
}

fn fb_fill_rect(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    nargs(vm, kw, args, 6, 6)?;
    let a = ints(vm, &args[1..5])?;
    let c = col_of(vm, &args[5])?;
    draw(vm, &args[0], |cv| cv.fill_rect(a[0], a[1], a[2], a[3], c))?;
    Ok(Value::None)
}

fn fb_pixel(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    nargs(vm, kw, args, 3, 4)?;
    let a = ints(vm, &args[1..3])?;
    let c = match args.get(3) {
        Some(c) => Some(col_of(vm, c)?),
        None => None,
    };
    let r = draw(vm, &args[0], |cv| {
        if !cv.g.in_bounds(a[0], a[1]) {
            return None;
        }
        match c {
            Some(c) => {
                cv.set(a[0], a[1], c);
                None
            }
            None => Some(cv.get(a[0], a[1])),
        }
    })?;
    Ok(match r {
        Some(v) => Value::Int(v as i64),
        None => Value::None,
    })
}

fn fb_hline(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    nargs(vm, kw, args, 5, 5)?;
    let a = ints(vm, &args[1..4])?;
    let c = col_of(vm, &args[4])?;
    draw(vm, &args[0], |cv| cv.fill_rect(a[0], a[1], a[2], 1, c))?;
    Ok(Value::None)
}

fn fb_vline(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    nargs(vm, kw, args, 5, 5)?;
    let a = ints(vm, &args[1..4])?;
    let c = col_of(vm, &args[4])?;
    draw(vm, &args[0], |cv| cv.fill_rect(a[0], a[1], 1, a[2], c))?;
    Ok(Value::None)
}

fn fb_rect(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    nargs(vm, kw, args, 6, 7)?;
    let a = ints(vm, &args[1..5])?;
    let c = col_of(vm, &args[5])?;
    let fill = match args.get(6) {
        Some(f) => vm.truthy(f)?,
        None => false,
    };
    let (x, y, w, h) = (a[0], a[1], a[2], a[3]);
    draw(vm, &args[0], |cv| {
        if fill {
            cv.fill_rect(x, y, w, h, c);
        } else {
            cv.fill_rect(x, y, w, 1, c);
            cv.fill_rect(x, y + h - 1, w, 1, c);
            cv.fill_rect(x, y, 1, h, c);
            cv.fill_rect(x + w - 1, y, 1, h, c);
        }
    })?;
    Ok(Value::None)
}

fn fb_line(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    nargs(vm, kw, args, 6, 6)?;
    let a = ints(vm, &args[1..5])?;
    let c = col_of(vm, &args[5])?;
    draw(vm, &args[0], |cv| cv.line(a[0], a[1], a[2], a[3], c))?;
    Ok(Value::None)
}

fn fb_ellipse(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    nargs(vm, kw, args, 6, 8)?;
    let a = ints(vm, &args[1..5])?;
    let c = col_of(vm, &args[5])?;
    let mut mask = match args.get(6) {
        Some(f) if vm.truthy(f)? => ELLIPSE_FILL,
        _ => 0,
    };
    mask |= match args.get(7) {
        Some(m) => int_arg(vm, m)? as u32 & 0xf,
        None => 0xf,
    };
    draw(vm, &args[0], |cv| {
        cv.ellipse(a[0], a[1], a[2], a[3], c, mask)
    })?;
    Ok(Value::None)
}

/// The integers of a coordinate array (an `array.array` or bytes-like);
/// float arrays raise TypeError like MicroPython's int conversion.
fn coords(vm: &Vm, v: &Value) -> PyResult<Vec<i64>> {
    let (Some(code), Some(bytes)) = (buffer_typecode(v), raw_buffer_bytes(v)) else {
        return vm.type_error("object with buffer protocol required");
    };
    if (code == b'f' || code == b'd')
        && bytes.len() >= 2 * super::array::itemsize(code).unwrap_or(1)
    {
        return vm.type_error("can't convert float to int");
    }
    let size = super::array::itemsize(code).unwrap_or(1);
    let mut out = Vec::with_capacity(bytes.len() / size);
    for ch in bytes.chunks_exact(size) {
        let mut b = [0u8; 8];
        b[..size].copy_from_slice(ch);
        let u = u64::from_le_bytes(b);
        out.push(match code {
            b'b' => u as u8 as i8 as i64,
            b'h' => u as u16 as i16 as i64,
            b'i' => u as u32 as i32 as i64,
            b'I' => u as u32 as i64,
            b'H' => u as u16 as i64,
            b'f' => f32::from_bits(u as u32) as i64,
            b'd' => f64::from_bits(u) as i64,
            _ if size == 1 => u as u8 as i64,
            _ => u as i64,
        });
    }
    Ok(out)
}

fn fb_poly(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    nargs(vm, kw, args, 5, 6)?;
    let a = ints(vm, &args[1..3])?;
    let pts = coords(vm, &args[3])?;
    let c = col_of(vm, &args[4])?;
    let fill = match args.get(5) {
        Some(f) => vm.truthy(f)?,
        None => false,
    };
    draw(vm, &args[0], |cv| cv.poly(a[0], a[1], &pts, c, fill))?;
    Ok(Value::None)
}

fn fb_text(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    nargs(vm, kw, args, 4, 5)?;
    let s = match &args[1] {
        Value::Str(s) => s.clone(),
        v => match v.payload() {
            Some(Payload::Str(s)) => s.clone(),
            Some(Payload::Bytes(b)) => alloc::rc::Rc::new(crate::str::PyStr::new(
                &alloc::string::String::from_utf8_lossy(b),
            )),
            _ => {
                return vm.type_error(format!(
                    "can't convert '{}' object to str implicitly",
                    vm.type_name(v)
                ))
            }
        },
    };
    let a = ints(vm, &args[2..4])?;
    let c = match args.get(4) {
        Some(c) => col_of(vm, c)?,
        None => 1,
    };
    draw(vm, &args[0], |cv| cv.text(s.as_str(), a[0], a[1], c))?;
    Ok(Value::None)
}

fn fb_scroll(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    nargs(vm, kw, args, 3, 3)?;
    let a = ints(vm, &args[1..3])?;
    draw(vm, &args[0], |cv| cv.scroll(a[0], a[1]))?;
    Ok(Value::None)
}

/// A source for `blit`: a snapshot of a frame buffer's pixels.
fn blit_source(vm: &mut Vm, v: &Value) -> PyResult<(Vec<u8>, Geom, Option<Value>)> {
    if fb_obj(v).is_some() {
        let (buf, g) = state_of(vm, v)?;
        let bytes = raw_buffer_bytes(&buf).unwrap_or_default();
        return Ok((bytes, g, Some(buf)));
    }
    // A tuple or list (buffer, width, height, format[, stride]).
    let t = match v.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        Some(Payload::List(l)) => l.borrow().clone(),
        _ => {
            return vm.type_error(format!(
                "object '{}' isn't a tuple or list",
                vm.type_name(v)
            ))
        }
    };
    if t.len() != 4 && t.len() != 5 {
        return Err(vm.new_exception(&vm.exc.value_error, Vec::new()));
    }
    let a = ints(vm, &t[1..])?;
    let Some(bytes) = raw_buffer_bytes(&t[0]) else {
        return vm.type_error("object with buffer protocol required");
    };
    // Validate against the (possibly read-only) buffer's length.
    let g = make_geom_len(vm, bytes.len(), a[0], a[1], a[2], a.get(3).copied())?;
    Ok((bytes, g, Some(t[0].clone())))
}

fn make_geom_len(
    vm: &Vm,
    blen: usize,
    w: i64,
    h: i64,
    fmt: i64,
    stride: Option<i64>,
) -> PyResult<Geom> {
    geom_for_len(vm, |_| Ok(blen), w, h, fmt, stride)
}

fn fb_blit(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    nargs(vm, kw, args, 4, 6)?;
    let (src, sg, src_obj) = blit_source(vm, &args[1])?;
    // Blitting from the destination's own buffer reads pixels as they are
    // being overwritten (like MicroPython), not from a snapshot.
    let (dst_obj, _) = state_of(vm, &args[0])?;
    let live =
        matches!((&src_obj, &dst_obj), (Some(Value::Obj(a)), Value::Obj(b)) if Rc::ptr_eq(a, b));
    let a = ints(vm, &args[2..4])?;
    let key: i64 = match args.get(4) {
        Some(k) => int_arg(vm, k)?,
        None => -1,
    };
    let palette = match args.get(5) {
        Some(Value::None) | None => None,
        Some(p) => Some(blit_source(vm, p)?),
    };
    let (x, y) = (a[0], a[1]);
    draw(vm, &args[0], |cv| {
        let g = cv.g;
        if x >= g.width || y >= g.height || -x >= sg.width || -y >= sg.height {
            return;
        }
        let x0 = x.max(0);
        let mut y0 = y.max(0);
        let x1 = (-x).max(0);
        let mut y1 = (-y).max(0);
        let x0end = g.width.min(x + sg.width);
        let y0end = g.height.min(y + sg.height);
        while y0 < y0end {
            let mut cx1 = x1;
            for cx0 in x0..x0end {
                let mut col = if live {
                    sg.get(cv.buf, cx1, y1)
                } else {
                    sg.get(&src, cx1, y1)
                };
                if let Some((pb, pg, _)) = &palette {
                    col = pg.get(pb, col as i64, 0);
                }
                if col != key as u32 {
                    cv.set(cx0, y0, col);
                }
                cx1 += 1;
            }
            y1 += 1;
            y0 += 1;
        }
    })?;
    Ok(Value::None)
}

/// `repr(fb)`: `<FrameBuffer>` (subclass instances use object's repr).
fn fb_repr(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let cls = vm.type_of(&args[0]);
    let exact = cls
        .type_data()
        .map(|t| t.name.borrow().as_str() == "FrameBuffer" && t.builtin)
        .unwrap_or(false);
    if !exact {
        let obj = vm.types.object.clone();
        if let Some(r) = vm.lookup_type(&obj, "__repr__") {
            return vm.call(&r, &args[..1], &[]);
        }
    }
    Ok(Value::str("<FrameBuffer>"))
}

/// `framebuf.FrameBuffer1(buf, width, height[, stride])`: the legacy
/// constructor of a MONO_VLSB frame buffer.
fn fb1(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    nargs(vm, kw, args, 3, 4)?;
    let m = Value::Obj(vm.import_module("framebuf")?);
    let name = vm.intern("FrameBuffer");
    let cls = match vm.getattr(&m, &name)? {
        Value::Obj(t) => t,
        _ => return vm.type_error("framebuf.FrameBuffer missing"),
    };
    let mut full = alloc::vec![
        args[0].clone(),
        args[1].clone(),
        args[2].clone(),
        Value::Int(MONO_VLSB as i64)
    ];
    if let Some(st) = args.get(3) {
        full.push(st.clone());
    }
    vm.call(&Value::Obj(cls), &full, &[])
}

/// Build the `framebuf` module.
pub fn make(vm: &mut Vm) -> PyResult<Ref> {
    let m = vm.new_module("framebuf");
    let o = [vm.types.object.clone()];
    // BaseKind::Object so that Python classes may derive from it (display
    // drivers do); instances are still created by `FrameBuffer.__new__`.
    let t = crate::vm::types::new_type(&vm.types, "FrameBuffer", &o, BaseKind::Object, false);
    crate::vm::types::add_methods(
        &vm.types,
        &t,
        &[
            ("FrameBuffer.__init__", fb_init),
            ("FrameBuffer.fill", fb_fill),
            ("FrameBuffer.fill_rect", fb_fill_rect),
            ("FrameBuffer.pixel", fb_pixel),
            ("FrameBuffer.hline", fb_hline),
            ("FrameBuffer.vline", fb_vline),
            ("FrameBuffer.rect", fb_rect),
            ("FrameBuffer.line", fb_line),
            ("FrameBuffer.ellipse", fb_ellipse),
            ("FrameBuffer.poly", fb_poly),
            ("FrameBuffer.text", fb_text),
            ("FrameBuffer.scroll", fb_scroll),
            ("FrameBuffer.blit", fb_blit),
            ("FrameBuffer.__repr__", fb_repr),
        ],
    );
    crate::vm::types::set_type_attr(&t, "__module__", Value::str("framebuf"));
    let new = vm.new_builtin("FrameBuffer.__new__", fb_new);
    let sm = Value::Obj(Object::new(
        vm.types.staticmethod.clone(),
        Payload::StaticMethod(new),
        None,
    ));
    crate::vm::types::set_type_attr(&t, "__new__", sm);
    vm.set_attr_str(&m, "FrameBuffer", Value::Obj(t));
    let f1 = vm.new_builtin("FrameBuffer1", fb1);
    vm.set_attr_str(&m, "FrameBuffer1", f1);
    let consts: &[(&str, u8)] = &[
        ("MVLSB", MONO_VLSB),
        ("MONO_VLSB", MONO_VLSB),
        ("RGB565", RGB565),
        ("GS2_HMSB", GS2_HMSB),
        ("GS4_HMSB", GS4_HMSB),
        ("GS8", GS8),
        ("MONO_HLSB", MONO_HLSB),
        ("MONO_HMSB", MONO_HMSB),
    ];
    for &(n, v) in consts {
        vm.set_attr_str(&m, n, Value::Int(v as i64));
    }
    Ok(m)
}
