"""io: file objects over the port's file system, StringIO and BytesIO (frozen).

Binary files read through a small read-ahead buffer and write through
immediately; text files decode UTF-8 (or the given encoding) and translate
newlines like CPython's TextIOWrapper.
"""

import _os

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    pass


def _index(n):
    f = getattr(type(n), "__index__", None)
    if f is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
    return f(n)


def _closed_error():
    return ValueError("I/O operation on closed file.")


class IOBase:
    """Common behaviour: context manager, iteration, readlines/writelines."""

    _closed = False

    @property
    def closed(self):
        return self._closed

    def _check_closed(self):
        if self._closed:
            raise _closed_error()

    def _check_closed_base(self):
        if self.closed:
            raise _closed_error()

    def __enter__(self):
        self._check_closed_base()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        self._check_closed_base()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        self._check_closed_base()
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint < total:
                break
        return lines

    def writelines(self, lines):
        self._check_closed_base()
        for line in lines:
            self.write(line)

    def flush(self):
        self._check_closed_base()

    def close(self):
        self._closed = True

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        self._check_closed()
        return False

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass


class _RawFile(IOBase):
    """A binary file on a port file handle."""

    def __init__(self, fd, name, mode, readable, writable, append, closefd=True):
        self._fd = fd
        self.name = name
        self.mode = mode
        self._readable = readable
        self._writable = writable
        self._append = append
        self._closefd = closefd
        self._rbuf = b""

    def _check_closed(self, op=None):
        if self._closed:
            if op is None or type(self) is FileIO:
                raise ValueError("I/O operation on closed file")
            if op == "write":
                raise ValueError("write to closed file")
            raise ValueError("%s of closed file" % op)

    def readable(self):
        self._check_closed()
        return self._readable

    def writable(self):
        self._check_closed()
        return self._writable

    def seekable(self):
        self._check_closed()
        return True

    def fileno(self):
        self._check_closed()
        return self._fd

    def isatty(self):
        self._check_closed()
        return _os.isatty(self._fd)

    def _need_read(self, op="read"):
        if not self._readable and type(self) is not FileIO:
            raise UnsupportedOperation("read")
        self._check_closed(op)
        if not self._readable:
            raise UnsupportedOperation("read")

    def _fill(self):
        chunk = _os.read(self._fd, DEFAULT_BUFFER_SIZE)
        if chunk:
            self._rbuf += chunk
        return len(chunk)

    def read(self, size=-1):
        self._need_read()
        if size is None or size < 0:
            data = self._rbuf + _os.read(self._fd, -1)
            self._rbuf = b""
            return data
        while len(self._rbuf) < size:
            if not self._fill():
                break
        data = self._rbuf[:size]
        self._rbuf = self._rbuf[size:]
        return data

    def read1(self, size=-1):
        if not self._readable and type(self) is not FileIO:
            raise UnsupportedOperation("read1")
        return self.read(size)

    def readall(self):
        return self.read()

    def readinto(self, b):
        self._need_read("readinto")
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def readline(self, size=-1):
        self._need_read("readline")
        if size is None:
            size = -1
        while True:
            i = self._rbuf.find(b"\n")
            if i >= 0:
                end = i + 1
                break
            if 0 <= size <= len(self._rbuf):
                end = size
                break
            if not self._fill():
                end = len(self._rbuf)
                break
        if 0 <= size < end:
            end = size
        line = self._rbuf[:end]
        self._rbuf = self._rbuf[end:]
        return line

    def _drop_readahead(self):
        if self._rbuf:
            _os.lseek(self._fd, -len(self._rbuf), 1)
            self._rbuf = b""

    def write(self, b):
        if not self._writable and type(self) is not FileIO:
            raise UnsupportedOperation("write")
        self._check_closed("write")
        if not self._writable:
            raise UnsupportedOperation("write")
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        self._drop_readahead()
        return _os.write(self._fd, b)

    def seek(self, offset, whence=0):
        self._check_closed("seek")
        if whence not in (0, 1, 2):
            raise ValueError("invalid whence (%r, should be 0, 1 or 2)" % (whence,))
        if whence == 1:
            offset -= len(self._rbuf)
        self._rbuf = b""
        return _os.lseek(self._fd, offset, whence)

    def tell(self):
        self._check_closed()
        return _os.lseek(self._fd, 0, 1) - len(self._rbuf)

    def truncate(self, size=None):
        self._check_closed("truncate")
        if not self._writable:
            raise UnsupportedOperation("truncate")
        if size is None:
            size = self.tell()
        self._drop_readahead()
        _os.ftruncate(self._fd, size)
        return size

    def flush(self):
        if self._closed:
            if self._writable and type(self) is not FileIO:
                self._check_closed("flush")
            raise _closed_error()

    def close(self):
        if not self._closed:
            self._closed = True
            if self._closefd:
                _os.close(self._fd)

    def __repr__(self):
        return "<_io.%s name=%r>" % (type(self).__name__, self.name)


class FileIO(_RawFile):
    __tp_name__ = "_io.FileIO"
    __module__ = "_io"


class BufferedReader(_RawFile):
    __tp_name__ = "_io.BufferedReader"
    __module__ = "_io"


class BufferedWriter(_RawFile):
    __tp_name__ = "_io.BufferedWriter"
    __module__ = "_io"


class BufferedRandom(_RawFile):
    __tp_name__ = "_io.BufferedRandom"
    __module__ = "_io"


def _utf8_incomplete_tail(b):
    # Number of trailing bytes that start an incomplete UTF-8 sequence.
    n = len(b)
    for back in range(1, min(3, n) + 1):
        c = b[n - back]
        if c & 0xC0 == 0x80:
            continue
        if c >= 0xF0:
            need = 4
        elif c >= 0xE0:
            need = 3
        elif c >= 0xC0:
            need = 2
        else:
            need = 1
        return back if need > back else 0
    return 0


class TextIOWrapper(IOBase):
    """A text layer over a binary file."""

    __tp_name__ = "_io.TextIOWrapper"

    __module__ = "_io"

    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False):
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %s" % (newline,))
        self.buffer = buffer
        self.encoding = encoding or "utf-8"
        self.errors = errors or "strict"
        self._newline = newline
        self._dbuf = ""
        self._pending = b""
        self._eof = False
        self.line_buffering = line_buffering

    @property
    def name(self):
        return self.buffer.name

    _mode = None

    @property
    def mode(self):
        # open() records the mode it was given; otherwise the buffer's.
        return self._mode or self.buffer.mode

    @property
    def closed(self):
        return self.buffer.closed

    def _check_closed(self):
        if self.buffer.closed:
            raise _closed_error()

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def seekable(self):
        return self.buffer.seekable()

    def fileno(self):
        return self.buffer.fileno()

    def isatty(self):
        return self.buffer.isatty()

    def _decode(self, b, final):
        if final:
            n = 0
        elif self.encoding.lower().replace("-", "").replace("_", "") in ("utf8",):
            n = _utf8_incomplete_tail(b)
        else:
            n = 0
        if n:
            self._pending = b[-n:]
            b = b[:-n]
        else:
            self._pending = b""
        return b.decode(self.encoding, self.errors)

    def _more(self):
        # Read and decode another chunk into _dbuf (untranslated); False at end of file.
        if self._eof:
            return False
        chunk = self.buffer.read(DEFAULT_BUFFER_SIZE)
        final = not chunk
        if final:
            self._eof = True
        raw = self._hold + self._decode(self._pending + chunk, final)
        self._hold = ""
        if self._newline is None and not final and raw.endswith("\r"):
            self._hold = "\r"
            raw = raw[:-1]
        self._dbuf += raw
        return not final or bool(raw)

    _hold = ""

    def _out(self, raw):
        if self._newline is None:
            return raw.replace("\r\n", "\n").replace("\r", "\n")
        return raw

    def _avail(self):
        if self._newline is None:
            return len(self._dbuf) - self._dbuf.count("\r\n")
        return len(self._dbuf)

    def _raw_end(self, size):
        # Index in _dbuf where `size` translated characters end.
        if self._newline is not None:
            return size
        count = 0
        p = self._dbuf.find("\r\n")
        while p >= 0 and p - count < size:
            count += 1
            p = self._dbuf.find("\r\n", p + 2)
        return size + count

    def _take(self, end):
        s = self._dbuf[:end]
        self._dbuf = self._dbuf[end:]
        return self._out(s)

    def read(self, size=-1):
        self._check_closed()
        if not self.buffer.readable():
            raise UnsupportedOperation("not readable")
        if size is None or size < 0:
            while self._more():
                pass
            return self._take(len(self._dbuf))
        while self._avail() < size and self._more():
            pass
        return self._take(self._raw_end(size))

    def _line_end(self, s):
        nl = self._newline
        if nl == "\n":
            i = s.find("\n")
            return i + 1 if i >= 0 else -1
        if nl is None or nl == "":
            for i, c in enumerate(s):
                if c == "\n":
                    return i + 1
                if c == "\r":
                    if i + 1 < len(s):
                        return i + 2 if s[i + 1] == "\n" else i + 1
                    return -2 if not self._eof else i + 1
            return -1
        i = s.find(nl)
        return i + len(nl) if i >= 0 else -1

    def readline(self, size=-1):
        self._check_closed()
        if not self.buffer.readable():
            raise UnsupportedOperation("not readable")
        if size is None:
            size = -1
        while True:
            end = self._line_end(self._dbuf)
            if end >= 0:
                break
            if 0 <= size <= self._avail():
                end = self._raw_end(size)
                break
            if not self._more():
                end = self._line_end(self._dbuf)
                if end < 0:
                    end = len(self._dbuf)
                break
        if size >= 0:
            end = min(end, self._raw_end(size))
        return self._take(end)

    def write(self, s):
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        if not self.buffer.writable():
            raise UnsupportedOperation("not writable")
        if self._dbuf or self._pending or self._hold:
            self._rewind()
        t = s
        if self._newline not in (None, "", "\n"):
            t = t.replace("\n", self._newline)
        self.buffer.write(t.encode(self.encoding, self.errors))
        return len(s)

    def _rewind(self):
        # Give back read-ahead so that the raw position matches what was consumed.
        unread = len(self._dbuf.encode(self.encoding)) + len(self._pending) + len(self._hold)
        self._dbuf = ""
        self._pending = b""
        self._hold = ""
        self._eof = False
        if unread:
            self.buffer.seek(-unread, 1)

    def tell(self):
        self._check_closed()
        unread = len(self._dbuf.encode(self.encoding)) + len(self._pending) + len(self._hold)
        return self.buffer.tell() - unread

    def seek(self, offset, whence=0):
        self._check_closed()
        if whence == 1 and offset != 0:
            raise UnsupportedOperation("can't do nonzero cur-relative seeks")
        if whence == 2 and offset != 0:
            raise UnsupportedOperation("can't do nonzero end-relative seeks")
        if whence == 1:
            return self.tell()
        self._dbuf = ""
        self._pending = b""
        self._hold = ""
        self._eof = False
        return self.buffer.seek(offset, whence)

    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self.tell()
        self._rewind()
        return self.buffer.truncate(size)

    def flush(self):
        self._check_closed()
        self.buffer.flush()

    def close(self):
        self.buffer.close()

    def detach(self):
        b = self.buffer
        return b

    def __repr__(self):
        return "<_io.TextIOWrapper name=%r mode=%r encoding=%r>" % (
            self.name,
            self.mode,
            self.encoding,
        )


import _fileio

StringIO = _fileio._setup(
    TextIOWrapper, FileIO, BufferedReader, BufferedWriter, BufferedRandom, UnsupportedOperation, IOBase
)
from _fileio import open


class BytesIO(IOBase):
    """An in-memory binary stream."""

    __tp_name__ = "_io.BytesIO"

    __module__ = "_io"

    def __init__(self, initial_bytes=b""):
        if initial_bytes is None:
            initial_bytes = b""
        elif not isinstance(initial_bytes, (bytes, bytearray)):
            try:
                initial_bytes = memoryview(initial_bytes)
            except TypeError:
                raise TypeError(
                    "a bytes-like object is required, not '%s'" % type(initial_bytes).__name__
                ) from None
        self._buf = bytearray(initial_bytes)
        self._pos = 0

    def getvalue(self):
        self._check_closed()
        return bytes(self._buf)

    def getbuffer(self):
        self._check_closed()
        self._exported = True
        return memoryview(self._buf)

    _exported = False

    def _check_exports(self):
        # Resizing a bytearray with live memoryviews raises CPython's BufferError.
        if self._exported:
            self._buf.append(0)
            self._buf.pop()

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def write(self, b):
        self._check_closed()
        self._check_exports()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        b = bytes(b)
        n = len(b)
        pos = self._pos
        if pos > len(self._buf):
            self._buf.extend(bytes(pos - len(self._buf)))
        if pos == len(self._buf):
            self._buf.extend(b)
        else:
            self._buf[pos:pos + n] = b
        self._pos = pos + n
        return n

    def read(self, size=-1):
        self._check_closed()
        if size is None or size < 0:
            end = len(self._buf)
        else:
            end = self._pos + size
        b = bytes(self._buf[self._pos:end])
        self._pos = max(self._pos, min(end, len(self._buf)))
        return b

    read1 = read

    def readinto(self, b):
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def readlines(self, hint=-1):
        # BytesIO stops once the total reaches the hint (IOBase: exceeds it).
        self._check_closed()
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    def readline(self, size=-1):
        self._check_closed()
        i = self._buf.find(b"\n", self._pos)
        end = len(self._buf) if i < 0 else i + 1
        if size is not None and 0 <= size < end - self._pos:
            end = self._pos + size
        b = bytes(self._buf[self._pos:end])
        self._pos = max(self._pos, end)
        return b

    def seek(self, pos, whence=0):
        self._check_closed()
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def tell(self):
        self._check_closed()
        return self._pos

    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError("negative size value %d" % size)
        del self._buf[size:]
        return size

    def close(self):
        if not self._closed:
            self._check_exports()
        self._closed = True


TextIOBase = IOBase
RawIOBase = IOBase
BufferedIOBase = IOBase
