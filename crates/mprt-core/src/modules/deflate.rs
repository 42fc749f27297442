//! `deflate`: MicroPython's streaming DEFLATE wrapper (`DeflateIO`).
//!
//! A `DeflateIO` wraps a stream. Reading decompresses (raw, zlib or gzip
//! framing; AUTO detects zlib or gzip) and is fully streaming: the source is
//! read one byte at a time and only as far as needed to produce the bytes
//! asked for, like MicroPython does, so the source position after a small
//! read matches MicroPython's. The inflate core is `miniz_oxide`'s, run over
//! a ring buffer the size of the DEFLATE window (`wbits`), so a stream that
//! refers back further than the window fails with `OSError(EINVAL)`.
//!
//! Writing compresses, also streaming: each `write()` emits the complete
//! bytes it produced to the stream right away (one fixed-Huffman block,
//! greedy LZ77 matching over a window of `2**wbits` bytes, 256 by default),
//! and `close()` ends the block and writes the trailer. The output is a valid
//! DEFLATE/zlib/gzip stream but not necessarily byte-identical to
//! MicroPython's.
//!
//! Errors follow MicroPython: corrupt data, a bad header, a checksum
//! mismatch or a too-small window raise `OSError(22)`, truncated data
//! `EOFError`, reading after `close()` `OSError(22)`.

use crate::object::*;
use crate::types::bytes::buffer_bytes;
use crate::value::{Ref, Value};
use crate::vm::call::KwArgs;
use crate::vm::Vm;
use crate::PyResult;
use alloc::boxed::Box;
use alloc::rc::Rc;
use alloc::vec;
use alloc::vec::Vec;
use core::any::Any;
use core::cell::RefCell;
use miniz_oxide::inflate::core::{decompress, inflate_flags, DecompressorOxide};
use miniz_oxide::inflate::TINFLStatus;

/// Detect zlib or gzip framing when decompressing; raw when compressing.
pub const AUTO: i64 = 0;
/// No framing.
pub const RAW: i64 = 1;
/// zlib framing (RFC 1950).
pub const ZLIB: i64 = 2;
/// gzip framing (RFC 1952).
pub const GZIP: i64 = 3;

/// Running checksum of the uncompressed data.
#[derive(Clone, Copy)]
enum Check {
    None,
    /// adler32 as its two halves (a, b).
    Adler(u32, u32),
    Crc(u32),
}

impl Check {
    fn new(format: i64) -> Check {
        match format {
            ZLIB => Check::Adler(1, 0),
            GZIP => Check::Crc(0),
            _ => Check::None,
        }
    }
    fn update(&mut self, data: &[u8]) {
        match self {
            Check::None => {}
            Check::Adler(a, b) => {
                for ch in data.chunks(5552) {
                    for &x in ch {
                        *a += x as u32;
                        *b += *a;
                    }
                    *a %= 65521;
                    *b %= 65521;
                }
            }
            Check::Crc(c) => *c = super::binascii::crc32_update(*c, data),
        }
    }
    fn value(&self) -> u32 {
        match *self {
            Check::None => 0,
            Check::Adler(a, b) => (b << 16) | a,
            Check::Crc(c) => c,
        }
    }
}

/// Decompression state (created at the first non-empty read, after the
/// header has been parsed).
struct Inflate {
    dec: Box<DecompressorOxide>,
    /// Ring buffer of the last `window` output bytes.
    ring: Vec<u8>,
    /// Where the next output byte goes in `ring`.
    wpos: usize,
    /// Start and length of the produced but not yet returned bytes.
    rd: usize,
    avail: usize,
    /// A source byte read but not yet taken by the inflater.
    held: Option<u8>,
    /// The inflater needs another source byte to make progress.
    need_input: bool,
    /// The final DEFLATE block has ended (trailer not yet read).
    body_done: bool,
    /// Trailer read and verified: no more data.
    eof: bool,
    format: i64,
    check: Check,
}

/// Compression state (created at the first non-empty write).
struct Deflate {
    format: i64,
    /// Window size (a power of two) and its mask.
    window: usize,
    /// The last `window` input bytes, indexed by absolute position & mask.
    ring: Vec<u8>,
    /// Hash chains: distance from a position to the previous position with
    /// the same 3-byte hash (0: none), indexed by position & mask.
    prev: Vec<u16>,
    /// Latest position + 1 for each hash (0: none).
    head: Vec<usize>,
    hash_bits: u32,
    /// Absolute position of the next input byte.
    total: usize,
    /// Positions below this are in the hash chains.
    hashed: usize,
    bitbuf: u64,
    nbits: u32,
    check: Check,
}

struct State {
    stream: Value,
    format: i64,
    wbits: i64,
    close_stream: bool,
    closed: bool,
    /// Compressed source bytes returned by the stream beyond what was asked.
    extra: Vec<u8>,
    inflate: Option<Box<Inflate>>,
    /// A read is in progress (the inflater is out of `inflate`).
    busy: bool,
    deflate: Option<Box<Deflate>>,
}

/// A `deflate.DeflateIO` instance.
pub struct DeflateObj {
    st: RefCell<State>,
}

impl NativeObject for DeflateObj {
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.st.borrow().stream);
    }
    fn clear(&self) {
        let old = core::mem::replace(&mut self.st.borrow_mut().stream, Value::None);
        drop(old);
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn obj<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a DeflateObj> {
    match v.payload() {
        Some(Payload::Native(n)) => match n.as_any().downcast_ref::<DeflateObj>() {
            Some(d) => Ok(d),
            None => vm.type_error("descriptor requires a 'DeflateIO' object"),
        },
        _ => vm.type_error("descriptor requires a 'DeflateIO' object"),
    }
}

fn einval(vm: &Vm) -> Value {
    vm.new_exception(&vm.exc.os_error, vec![Value::Int(22)])
}

fn eof_error(vm: &Vm) -> Value {
    vm.new_exception(&vm.exc.eof_error, Vec::new())
}

fn int_of(vm: &Vm, v: &Value) -> PyResult<i64> {
    match crate::runtime::num::as_int(v) {
        Some(crate::runtime::num::IntVal::Small(i)) => Ok(i),
        Some(_) => Err(vm.new_exc_msg(
            &vm.exc.overflow_error,
            "overflow converting long int to machine word",
        )),
        None => vm.type_error(alloc::format!("can't convert {} to int", vm.type_name(v))),
    }
}

fn d_new(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        return vm.type_error("function doesn't take keyword arguments");
    }
    let ty = args[0]
        .as_obj()
        .cloned()
        .unwrap_or_else(|| vm.types.object.clone());
    let args = &args[1..];
    if args.is_empty() {
        return vm.type_error("function missing 1 required positional arguments");
    }
    if args.len() > 4 {
        return vm.type_error(alloc::format!(
            "function expected at most 4 arguments, got {}",
            args.len()
        ));
    }
    let format = match args.get(1) {
        Some(v) => int_of(vm, v)?,
        None => AUTO,
    };
    if !(AUTO..=GZIP).contains(&format) {
        return vm.value_error("format");
    }
    let wbits = match args.get(2) {
        Some(v) => int_of(vm, v)?,
        None => 0,
    };
    if wbits != 0 && !(5..=15).contains(&wbits) {
        return vm.value_error("wbits");
    }
    let close_stream = match args.get(3) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    // Instances of Python subclasses get an attribute dict.
    let dict = vm.instance_dict_for(&ty);
    Ok(Value::Obj(Object::new(
        ty,
        Payload::Native(Box::new(DeflateObj {
            st: RefCell::new(State {
                stream: args[0].clone(),
                format,
                wbits,
                close_stream,
                closed: false,
                extra: Vec::new(),
                inflate: None,
                busy: false,
                deflate: None,
            }),
        })),
        dict,
    )))
}

fn not_supported(vm: &Vm) -> Value {
    vm.new_exc_msg(&vm.exc.os_error, "stream operation not supported")
}

/// The compressed-data source of one read call.
struct Src<'a> {
    d: &'a DeflateObj,
    stream: Value,
    /// Fast path for a plain `io.BytesIO`: its buffer and our position in
    /// it (stored back into the BytesIO when the read call ends).
    fast: Option<(Value, usize, usize)>,
}

impl<'a> Src<'a> {
    fn new(vm: &mut Vm, d: &'a DeflateObj, stream: Value) -> PyResult<Src<'a>> {
        let fast = bytesio_state(vm, &stream)?;
        Ok(Src { d, stream, fast })
    }

    /// Read one byte of compressed data (None at the end of the stream).
    fn byte(&mut self, vm: &mut Vm) -> PyResult<Option<u8>> {
        {
            let mut st = self.d.st.borrow_mut();
            if !st.extra.is_empty() {
                return Ok(Some(st.extra.remove(0)));
            }
        }
        if let Some((buf, pos, _)) = &mut self.fast {
            if let Some(Payload::ByteArray(b)) = buf.payload() {
                let b = b.borrow();
                if *pos < b.len() {
                    *pos += 1;
                    return Ok(Some(b[*pos - 1]));
                }
            }
            return Ok(None);
        }
        let name = vm.intern("read");
        let chunk = if let Some(read) = vm.getattr_opt(&self.stream, &name)? {
            vm.call(&read, &[Value::Int(1)], &[])?
        } else {
            // A stream with only `readinto` (like an io.IOBase subclass).
            let name = vm.intern("readinto");
            let Some(readinto) = vm.getattr_opt(&self.stream, &name)? else {
                return Err(not_supported(vm));
            };
            let buf = vm.new_bytearray(vec![0]);
            let n = vm.call(&readinto, &[buf.clone()], &[])?;
            match n {
                Value::Int(1) => buf,
                _ => return Ok(None),
            }
        };
        if matches!(chunk, Value::None) {
            return Ok(None);
        }
        let Some(b) = buffer_bytes(vm, &chunk) else {
            return Err(not_supported(vm));
        };
        match b.split_first() {
            None => Ok(None),
            Some((&first, rest)) => {
                if !rest.is_empty() {
                    self.d.st.borrow_mut().extra.extend_from_slice(rest);
                }
                Ok(Some(first))
            }
        }
    }

    /// Read one byte that must be there (EOFError otherwise).
    fn need(&mut self, vm: &mut Vm) -> PyResult<u8> {
        match self.byte(vm)? {
            Some(b) => Ok(b),
            None => Err(eof_error(vm)),
        }
    }

    /// Store the position back into a fast-path BytesIO.
    fn done(&mut self, vm: &mut Vm) -> PyResult<()> {
        if let Some((_, pos, start)) = self.fast {
            if pos != start {
                let name = vm.intern("_pos");
                vm.setattr(&self.stream, &name, Value::Int(pos as i64))?;
                self.fast = None;
            }
        }
        Ok(())
    }
}

/// If `stream` is exactly an open `io.BytesIO` (not a subclass, so no
/// overridden `read`), its buffer and position: reading its bytes directly
/// is the same as calling `read(1)` for each, only much faster.
fn bytesio_state(vm: &mut Vm, stream: &Value) -> PyResult<Option<(Value, usize, usize)>> {
    let cls = vm.type_of(stream);
    let Some(io) = crate::types::dict::dict_get_str(&vm.modules, "io") else {
        return Ok(None);
    };
    let Value::Obj(io) = io else {
        return Ok(None);
    };
    if !matches!(io.payload, Payload::Module(_)) {
        return Ok(None);
    }
    match crate::types::dict::dict_get_str(&Vm::module_dict(&io), "BytesIO") {
        Some(Value::Obj(b)) if Rc::ptr_eq(&b, &cls) => {}
        _ => return Ok(None),
    }
    let closed = vm.intern("_closed");
    let closed = vm.getattr(stream, &closed)?;
    if !matches!(closed, Value::Bool(false)) {
        return Ok(None);
    }
    let buf = vm.intern("_buf");
    let buf = vm.getattr(stream, &buf)?;
    let pos = vm.intern("_pos");
    let pos = vm.getattr(stream, &pos)?;
    match (buf.payload(), pos) {
        (Some(Payload::ByteArray(_)), Value::Int(p)) if p >= 0 => {
            Ok(Some((buf, p as usize, p as usize)))
        }
        _ => Ok(None),
    }
}

/// Whether two bytes form a valid zlib header (method 8, check bits right,
/// no preset dictionary, window at most 32K).
fn zlib_header_ok(b0: u8, b1: u8) -> bool {
    b0 & 0x0f == 8 && ((b0 as u16) << 8 | b1 as u16) % 31 == 0 && b1 & 0x20 == 0 && b0 >> 4 <= 7
}

/// Parse the rest of a gzip header after its two magic bytes.
fn gzip_header_rest(vm: &mut Vm, src: &mut Src) -> PyResult<()> {
    if src.need(vm)? != 8 {
        return Err(einval(vm));
    }
    let flags = src.need(vm)?;
    if flags & 0xe0 != 0 {
        return Err(einval(vm));
    }
    // mtime, extra flags, OS.
    for _ in 0..6 {
        src.need(vm)?;
    }
    if flags & 4 != 0 {
        let lo = src.need(vm)? as usize;
        let hi = src.need(vm)? as usize;
        for _ in 0..(lo | hi << 8) {
            src.need(vm)?;
        }
    }
    for bit in [8u8, 16] {
        if flags & bit != 0 {
            while src.need(vm)? != 0 {}
        }
    }
    if flags & 2 != 0 {
        // The header CRC is skipped, not checked.
        src.need(vm)?;
        src.need(vm)?;
    }
    Ok(())
}

/// Read the header (per the format) and set up the inflater.
fn start_inflate(vm: &mut Vm, src: &mut Src) -> PyResult<Box<Inflate>> {
    let (format, wbits) = {
        let st = src.d.st.borrow();
        (st.format, st.wbits)
    };
    let (format, window_bits) = match format {
        RAW => (RAW, if wbits == 0 { 8 } else { wbits }),
        _ => {
            let b0 = src.need(vm)?;
            let b1 = src.need(vm)?;
            let gzip_magic = b0 == 0x1f && b1 == 0x8b;
            if gzip_magic {
                // (MicroPython parses a gzip header before rejecting it
                // for the ZLIB format.)
                gzip_header_rest(vm, src)?;
                if format == ZLIB {
                    return Err(einval(vm));
                }
                (GZIP, if wbits == 0 { 15 } else { wbits })
            } else if format == GZIP {
                return Err(einval(vm));
            } else {
                if !zlib_header_ok(b0, b1) {
                    return Err(einval(vm));
                }
                let hdr = (b0 >> 4) as i64 + 8;
                (ZLIB, if wbits == 0 { hdr } else { wbits.min(hdr) })
            }
        }
    };
    Ok(Box::new(Inflate {
        dec: Box::default(),
        ring: vec![0; 1 << window_bits],
        wpos: 0,
        rd: 0,
        avail: 0,
        held: None,
        need_input: true,
        body_done: false,
        eof: false,
        format,
        check: Check::new(format),
    }))
}

/// Read the zlib or gzip trailer and verify the checksum.
fn read_trailer(vm: &mut Vm, src: &mut Src, inf: &Inflate) -> PyResult<()> {
    if inf.format == RAW {
        return Ok(());
    }
    let mut t = [0u8; 4];
    for b in t.iter_mut() {
        *b = src.need(vm)?;
    }
    let got = if inf.format == ZLIB {
        u32::from_be_bytes(t)
    } else {
        u32::from_le_bytes(t)
    };
    if got != inf.check.value() {
        return Err(einval(vm));
    }
    if inf.format == GZIP {
        // The size field is read but, as in MicroPython, not checked.
        for _ in 0..4 {
            src.need(vm)?;
        }
    }
    Ok(())
}

/// Make decompressed bytes available in `inf` (returns false at the end of
/// the data), reading as little of the source as possible.
fn fill(vm: &mut Vm, src: &mut Src, inf: &mut Inflate) -> PyResult<bool> {
    loop {
        if inf.avail > 0 {
            return Ok(true);
        }
        if inf.eof {
            return Ok(false);
        }
        if inf.body_done {
            read_trailer(vm, src, inf)?;
            inf.eof = true;
            return Ok(false);
        }
        if inf.need_input && inf.held.is_none() {
            inf.held = Some(src.need(vm)?);
        }
        if inf.wpos == inf.ring.len() {
            inf.wpos = 0;
        }
        let input: &[u8] = match &inf.held {
            Some(b) => core::slice::from_ref(b),
            None => &[],
        };
        let (status, used, produced) = decompress(
            &mut inf.dec,
            input,
            &mut inf.ring,
            inf.wpos,
            inflate_flags::TINFL_FLAG_HAS_MORE_INPUT,
        );
        if used > 0 {
            inf.held = None;
        }
        let start = inf.wpos;
        inf.check.update(&inf.ring[start..start + produced]);
        inf.rd = start;
        inf.avail = produced;
        inf.wpos = start + produced;
        match status {
            TINFLStatus::Done => inf.body_done = true,
            TINFLStatus::NeedsMoreInput => inf.need_input = true,
            TINFLStatus::HasMoreOutput => inf.need_input = false,
            TINFLStatus::FailedCannotMakeProgress => return Err(eof_error(vm)),
            _ => return Err(einval(vm)),
        }
    }
}

/// How a read stops.
#[derive(Clone, Copy)]
enum Until {
    /// After this many bytes (None: at the end of the data).
    Size(Option<usize>),
    /// After a newline or this many bytes.
    Line(Option<usize>),
}

/// Read decompressed data into `out` (see [`Until`]).
fn read_some(vm: &mut Vm, this: &Value, until: Until, out: &mut Vec<u8>) -> PyResult<()> {
    let d = obj(vm, this)?;
    let (limit, line) = match until {
        Until::Size(n) => (n, false),
        Until::Line(n) => (n, true),
    };
    let (stream, mut inf) = {
        let mut st = d.st.borrow_mut();
        // (Like MicroPython, a zero-size read succeeds even when closed.)
        if limit == Some(0) {
            return Ok(());
        }
        if st.closed || st.busy {
            drop(st);
            return Err(einval(vm));
        }
        st.busy = true;
        (st.stream.clone(), st.inflate.take())
    };
    let mut src = match Src::new(vm, d, stream) {
        Ok(s) => s,
        Err(e) => {
            d.st.borrow_mut().busy = false;
            return Err(e);
        }
    };
    let res = read_loop(vm, &mut src, &mut inf, limit, line, out);
    let res2 = src.done(vm);
    let mut st = d.st.borrow_mut();
    st.busy = false;
    st.inflate = inf;
    res.and(res2)
}

/// The body of [`read_some`]: start the inflater if needed (reading the
/// header) and copy out decompressed bytes.
fn read_loop(
    vm: &mut Vm,
    src: &mut Src,
    slot: &mut Option<Box<Inflate>>,
    limit: Option<usize>,
    line: bool,
    out: &mut Vec<u8>,
) -> PyResult<()> {
    if slot.is_none() {
        *slot = Some(start_inflate(vm, src)?);
    }
    let Some(inf) = slot.as_mut() else {
        return Ok(());
    };
    loop {
        if limit.is_some_and(|n| out.len() >= n) {
            return Ok(());
        }
        if !fill(vm, src, inf)? {
            return Ok(());
        }
        let mut k = inf.avail;
        if let Some(n) = limit {
            k = k.min(n - out.len());
        }
        let mut stop = false;
        if line {
            let chunk = &inf.ring[inf.rd..inf.rd + k];
            if let Some(i) = chunk.iter().position(|&b| b == b'\n') {
                k = i + 1;
                stop = true;
            }
        }
        out.extend_from_slice(&inf.ring[inf.rd..inf.rd + k]);
        inf.rd += k;
        inf.avail -= k;
        if stop {
            return Ok(());
        }
    }
}

/// A size argument: negative means "no limit".
fn size_arg(vm: &Vm, v: Option<&Value>) -> PyResult<Option<usize>> {
    match v {
        None => Ok(None),
        Some(v) => {
            let n = int_of(vm, v)?;
            Ok(if n < 0 { None } else { Some(n as usize) })
        }
    }
}

fn d_read(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_args(vm, "read", args, 1, 2)?;
    let n = size_arg(vm, args.get(1))?;
    let mut out = Vec::new();
    read_some(vm, &args[0], Until::Size(n), &mut out)?;
    Ok(vm.new_bytes(out))
}

fn d_readline(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_args(vm, "readline", args, 1, 2)?;
    let n = size_arg(vm, args.get(1))?;
    let mut out = Vec::new();
    read_some(vm, &args[0], Until::Line(n), &mut out)?;
    Ok(vm.new_bytes(out))
}

fn d_readinto(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_args(vm, "readinto", args, 2, 3)?;
    let Some(len) = super::extbuf::buf_len_mut(&args[1]) else {
        return vm.type_error("object with buffer protocol required");
    };
    let mut n = len;
    if let Some(m) = size_arg(vm, args.get(2))? {
        n = n.min(m);
    }
    let mut out = Vec::new();
    read_some(vm, &args[0], Until::Size(Some(n)), &mut out)?;
    super::extbuf::with_buf_mut(&args[1], |b| {
        let k = out.len().min(b.len());
        b[..k].copy_from_slice(&out[..k])
    });
    Ok(Value::Int(out.len() as i64))
}

// ---------------------------------------------------------------------------
// Compression.

/// Base lengths of the length codes 257..285.
const LEN_BASE: [u16; 29] = [
    3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131,
    163, 195, 227, 258,
];
/// Extra bits of the length codes 257..285.
const LEN_EXTRA: [u8; 29] = [
    0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
];
/// Base distances of the distance codes 0..29.
const DIST_BASE: [u16; 30] = [
    1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
    2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
];
/// Extra bits of the distance codes 0..29.
const DIST_EXTRA: [u8; 30] = [
    0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13,
    13,
];
/// Longest match DEFLATE can express.
const MAX_MATCH: usize = 258;
/// How many earlier candidates are tried per position.
const MAX_CHAIN: usize = 64;

impl Deflate {
    fn new(format: i64, wbits: i64) -> Deflate {
        let bits = if wbits == 0 { 8 } else { wbits as u32 };
        let window = 1usize << bits;
        let hash_bits = bits.min(12);
        Deflate {
            format,
            window,
            ring: vec![0; window],
            prev: vec![0; window],
            head: vec![0; 1 << hash_bits],
            hash_bits,
            total: 0,
            hashed: 0,
            bitbuf: 0,
            nbits: 0,
            check: Check::new(format),
        }
    }

    /// Append `n` bits of `v`, least significant first.
    fn put(&mut self, v: u32, n: u32, out: &mut Vec<u8>) {
        self.bitbuf |= (v as u64) << self.nbits;
        self.nbits += n;
        while self.nbits >= 8 {
            out.push(self.bitbuf as u8);
            self.bitbuf >>= 8;
            self.nbits -= 8;
        }
    }

    /// Append a Huffman code (sent most significant bit first).
    fn put_code(&mut self, code: u32, len: u32, out: &mut Vec<u8>) {
        let rev = code.reverse_bits() >> (32 - len);
        self.put(rev, len, out);
    }

    /// Append a literal/length symbol with the fixed Huffman code.
    fn put_sym(&mut self, s: u32, out: &mut Vec<u8>) {
        match s {
            0..=143 => self.put_code(0x30 + s, 8, out),
            144..=255 => self.put_code(0x190 + s - 144, 9, out),
            256..=279 => self.put_code(s - 256, 7, out),
            _ => self.put_code(0xc0 + s - 280, 8, out),
        }
    }

    fn put_match(&mut self, len: usize, dist: usize, out: &mut Vec<u8>) {
        let li = LEN_BASE
            .iter()
            .rposition(|&b| b as usize <= len)
            .unwrap_or(0);
        self.put_sym(257 + li as u32, out);
        self.put(
            (len - LEN_BASE[li] as usize) as u32,
            LEN_EXTRA[li] as u32,
            out,
        );
        let di = DIST_BASE
            .iter()
            .rposition(|&b| b as usize <= dist)
            .unwrap_or(0);
        self.put_code(di as u32, 5, out);
        self.put(
            (dist - DIST_BASE[di] as usize) as u32,
            DIST_EXTRA[di] as u32,
            out,
        );
    }

    /// The header of the chosen framing and the start of the single
    /// fixed-Huffman block.
    fn start(&mut self, out: &mut Vec<u8>) {
        match self.format {
            ZLIB => {
                let bits = self.window.trailing_zeros().max(9);
                let cmf = (((bits - 8) << 4) | 8) as u8;
                let mut flg: u8 = 0x80;
                flg += (31 - ((cmf as u16) << 8 | flg as u16) % 31) as u8 % 31;
                out.extend_from_slice(&[cmf, flg]);
            }
            GZIP => out.extend_from_slice(&[0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 4, 3]),
            _ => {}
        }
        self.put(1, 1, out); // final block
        self.put(1, 2, out); // fixed Huffman codes
    }

    fn hash(&self, p: usize, base: usize, data: &[u8]) -> usize {
        let v = (self.byte(p, base, data) as u32) << 16
            | (self.byte(p + 1, base, data) as u32) << 8
            | self.byte(p + 2, base, data) as u32;
        (v.wrapping_mul(2654435761) >> (32 - self.hash_bits)) as usize
    }

    /// The input byte at absolute position `p` (from the history ring
    /// before `base`, from `data` after it).
    fn byte(&self, p: usize, base: usize, data: &[u8]) -> u8 {
        if p >= base {
            data[p - base]
        } else {
            self.ring[p & (self.window - 1)]
        }
    }

    /// Compress `data`, appending the complete output bytes to `out`.
    fn feed(&mut self, data: &[u8], out: &mut Vec<u8>) {
        let base = self.total;
        let end = base + data.len();
        let mask = self.window - 1;
        let max_dist = self.window;
        let mut cur = base;
        while cur < end {
            // Bring the hash chains up to the current position.
            while self.hashed < cur && self.hashed + 3 <= end {
                let p = self.hashed;
                let h = self.hash(p, base, data);
                let last = self.head[h];
                let delta = if last == 0 { 0 } else { p - (last - 1) };
                self.prev[p & mask] = if delta <= max_dist { delta as u16 } else { 0 };
                self.head[h] = p + 1;
                self.hashed += 1;
            }
            let max_len = MAX_MATCH.min(end - cur);
            let (mut best_len, mut best_dist) = (0, 0);
            if max_len >= 3 {
                let h = self.hash(cur, base, data);
                let mut cand = self.head[h];
                let mut tries = 0;
                while cand != 0 && tries < MAX_CHAIN {
                    let c = cand - 1;
                    let dist = cur - c;
                    if dist > max_dist {
                        break;
                    }
                    let mut l = 0;
                    while l < max_len && self.byte(c + l, base, data) == data[cur - base + l] {
                        l += 1;
                    }
                    if l > best_len {
                        best_len = l;
                        best_dist = dist;
                        if l == max_len {
                            break;
                        }
                    }
                    let step = self.prev[c & mask] as usize;
                    if step == 0 {
                        break;
                    }
                    cand = cand - step;
                    tries += 1;
                }
            }
            if best_len >= 3 {
                self.put_match(best_len, best_dist, out);
                cur += best_len;
            } else {
                self.put_sym(data[cur - base] as u32, out);
                cur += 1;
            }
        }
        // Keep the last `window` bytes as history.
        let keep = data.len().min(self.window);
        for (i, &b) in data[data.len() - keep..].iter().enumerate() {
            self.ring[(end - keep + i) & mask] = b;
        }
        self.total = end;
        self.check.update(data);
    }

    /// End the block (padding to a byte) and append the trailer.
    fn finish(&mut self, out: &mut Vec<u8>) {
        self.put_sym(256, out);
        if self.nbits > 0 {
            self.put(0, 8 - self.nbits, out);
        }
        let v = self.check.value();
        match self.format {
            ZLIB => out.extend_from_slice(&v.to_be_bytes()),
            GZIP => {
                out.extend_from_slice(&v.to_le_bytes());
                out.extend_from_slice(&(self.total as u32).to_le_bytes());
            }
            _ => {}
        }
    }
}

fn write_out(vm: &mut Vm, stream: &Value, out: Vec<u8>) -> PyResult<()> {
    if out.is_empty() {
        return Ok(());
    }
    let name = vm.intern("write");
    let Some(write) = vm.getattr_opt(stream, &name)? else {
        return Err(not_supported(vm));
    };
    let b = vm.new_bytes(out);
    vm.call(&write, &[b], &[])?;
    Ok(())
}

fn d_write(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_args(vm, "write", args, 2, 2)?;
    // Like MicroPython, a str is written as its UTF-8 bytes.
    let data = match &args[1] {
        Value::Str(s) => s.as_str().as_bytes().to_vec(),
        v => match buffer_bytes(vm, v) {
            Some(b) => b,
            None => return vm.type_error("object with buffer protocol required"),
        },
    };
    let d = obj(vm, &args[0])?;
    let mut out = Vec::new();
    let stream = {
        let mut st = d.st.borrow_mut();
        if data.is_empty() {
            return Ok(Value::Int(0));
        }
        if st.closed {
            drop(st);
            return Err(einval(vm));
        }
        if st.deflate.is_none() {
            let mut z = Deflate::new(st.format, st.wbits);
            z.start(&mut out);
            st.deflate = Some(Box::new(z));
        }
        if let Some(z) = st.deflate.as_mut() {
            z.feed(&data, &mut out);
        }
        st.stream.clone()
    };
    write_out(vm, &stream, out)?;
    Ok(Value::Int(data.len() as i64))
}

fn d_close(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let d = obj(vm, &args[0])?;
    let (stream, out, close_stream) = {
        let mut st = d.st.borrow_mut();
        if st.closed {
            return Ok(Value::None);
        }
        st.closed = true;
        let mut out = Vec::new();
        if let Some(mut z) = st.deflate.take() {
            z.finish(&mut out);
        }
        st.inflate = None;
        st.extra = Vec::new();
        (st.stream.clone(), out, st.close_stream)
    };
    write_out(vm, &stream, out)?;
    if close_stream {
        vm.call_method(&stream, "close", &[])?;
    }
    Ok(Value::None)
}

fn d_enter(_vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(args[0].clone())
}

fn d_exit(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    d_close(vm, &args[..1], kw)
}

/// Build the `deflate` module.
pub fn make(vm: &mut Vm) -> PyResult<Ref> {
    let m = vm.new_module("deflate");
    let o = [vm.types.object.clone()];
    let t = crate::vm::types::new_type(&vm.types, "DeflateIO", &o, BaseKind::Object, false);
    crate::vm::types::add_methods(
        &vm.types,
        &t,
        &[
            ("DeflateIO.read", d_read),
            ("DeflateIO.readinto", d_readinto),
            ("DeflateIO.readline", d_readline),
            ("DeflateIO.write", d_write),
            ("DeflateIO.close", d_close),
            ("DeflateIO.__enter__", d_enter),
            ("DeflateIO.__exit__", d_exit),
        ],
    );
    crate::vm::types::set_type_attr(&t, "__module__", Value::str("deflate"));
    let new = vm.new_builtin("DeflateIO.__new__", d_new);
    let sm = Value::Obj(Object::new(
        vm.types.staticmethod.clone(),
        Payload::StaticMethod(new),
        None,
    ));
    crate::vm::types::set_type_attr(&t, "__new__", sm);
    vm.set_attr_str(&m, "DeflateIO", Value::Obj(t));
    for (n, v) in [("AUTO", AUTO), ("RAW", RAW), ("ZLIB", ZLIB), ("GZIP", GZIP)] {
        vm.set_attr_str(&m, n, Value::Int(v));
    }
    Ok(m)
}
