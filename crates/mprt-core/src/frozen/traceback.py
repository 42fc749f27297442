"""traceback: extract, format and print tracebacks (frozen; CPython's API
over `exc.__traceback__`). Entries are printed MicroPython-style: file, line
and function, without source lines."""

import sys

_sentinel = object()


class FrameSummary:
    def __init__(self, filename, lineno, name, line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self.line = line

    def __iter__(self):
        return iter((self.filename, self.lineno, self.name, self.line))

    def __getitem__(self, i):
        return (self.filename, self.lineno, self.name, self.line)[i]

    def __len__(self):
        return 4

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return tuple(self) == tuple(other)
        if isinstance(other, tuple):
            return tuple(self) == other
        return NotImplemented

    def __repr__(self):
        return "<FrameSummary file {}, line {} in {}>".format(
            self.filename, self.lineno, self.name
        )


class StackSummary(list):
    def format(self):
        return ['  File "{}", line {}, in {}\n'.format(f.filename, f.lineno, f.name) for f in self]


def _walk(tb, limit):
    out = []
    while tb is not None:
        out.append(tb)
        tb = tb.tb_next
    if limit is not None:
        out = out[:limit] if limit >= 0 else out[limit:]
    return out


def extract_tb(tb, limit=None):
    s = StackSummary()
    for t in _walk(tb, limit):
        code = t.tb_frame.f_code
        s.append(FrameSummary(code.co_filename, t.tb_lineno, code.co_name))
    return s


def format_list(extracted_list):
    return StackSummary(extracted_list).format()


def format_tb(tb, limit=None):
    return extract_tb(tb, limit).format()


def print_tb(tb, limit=None, file=None):
    if file is None:
        file = sys.stderr
    for line in format_tb(tb, limit):
        file.write(line)


def _value_of(exc, value):
    if value is _sentinel:
        return exc
    return value


def format_exception_only(exc, value=_sentinel):
    value = _value_of(exc, value)
    if value is None:
        return ["{}\n".format(exc.__name__ if isinstance(exc, type) else "NoneType: None")]
    name = type(value).__name__
    mod = type(value).__module__
    if mod not in ("builtins", "__main__", None):
        name = mod + "." + name
    msg = str(value)
    return ["{}: {}\n".format(name, msg) if msg else "{}\n".format(name)]


def _format_one(value, tb, limit, out, seen, chain):
    seen.add(id(value))
    if chain:
        cause = value.__cause__
        context = value.__context__
        if cause is not None and id(cause) not in seen:
            _format_one(cause, cause.__traceback__, limit, out, seen, chain)
            out.append("\nThe above exception was the direct cause of the following exception:\n\n")
        elif (
            context is not None
            and not value.__suppress_context__
            and id(context) not in seen
        ):
            _format_one(context, context.__traceback__, limit, out, seen, chain)
            out.append("\nDuring handling of the above exception, another exception occurred:\n\n")
    if tb is not None:
        out.append("Traceback (most recent call last):\n")
        out.extend(format_tb(tb, limit))
    out.extend(format_exception_only(type(value), value))


def format_exception(exc, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    value = _value_of(exc, value)
    if value is None:
        return format_exception_only(exc, value)
    if tb is _sentinel:
        tb = value.__traceback__
    out = []
    _format_one(value, tb, limit, out, set(), chain)
    return out


def print_exception(exc, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit, chain):
        file.write(line)


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exc_info()[1], limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_value"):
        raise ValueError("no last exception")
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)
