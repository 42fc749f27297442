# re.RegexFlag: the re module's flags as an int subclass whose repr names the
# flags, like CPython's enum.IntFlag-based RegexFlag.


class RegexFlag(int):
    """Regular expression flags (an int; `|`, `&`, `^`, `~` keep the type)."""

    _defs = (
        ("ASCII", 256),
        ("IGNORECASE", 2),
        ("LOCALE", 4),
        ("UNICODE", 32),
        ("MULTILINE", 8),
        ("DOTALL", 16),
        ("VERBOSE", 64),
        ("TEMPLATE", 1),
        ("DEBUG", 128),
    )
    _all = 511
    _members = {}

    def __new__(cls, value=0):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid RegexFlag" % (value,))
        m = cls._members.get(int(value))
        if m is not None:
            return m
        return int.__new__(cls, value)

    def _parts(self):
        v = int(self)
        names = [n for n, b in self._defs if v & b]
        rest = v & ~self._all
        return names, rest

    @property
    def name(self):
        v = int(self)
        if v == 0:
            return "NOFLAG"
        names, rest = self._parts()
        if not names:
            return None
        if rest:
            names.append(hex(rest))
        return "|".join(names)

    @property
    def value(self):
        return int(self)

    def __repr__(self):
        v = int(self)
        if v == 0:
            return "re.NOFLAG"
        names, rest = self._parts()
        if not names:
            return "re.RegexFlag(%d)" % v
        s = "|".join("re." + n for n in names)
        if rest:
            s += "|" + hex(rest)
        return s

    __str__ = __repr__

    def __format__(self, spec):
        if spec == "":
            return str(self)
        return format(int(self), spec)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(self._all & ~int(self))

    def __iter__(self):
        v = int(self)
        return iter([RegexFlag(b) for n, b in self._defs if v & b])

    def __len__(self):
        v = int(self)
        return sum(1 for n, b in self._defs if v & b)

    def __contains__(self, other):
        if not isinstance(other, RegexFlag):
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and 'RegexFlag'"
                % type(other).__name__
            )
        return int(other) & int(self) == int(other)


RegexFlag.__module__ = "re"
for _n, _b in RegexFlag._defs + (("NOFLAG", 0),):
    _m = int.__new__(RegexFlag, _b)
    RegexFlag._members[_b] = _m
    setattr(RegexFlag, _n, _m)
A = ASCII = RegexFlag.ASCII
I = IGNORECASE = RegexFlag.IGNORECASE
L = LOCALE = RegexFlag.LOCALE
U = UNICODE = RegexFlag.UNICODE
M = MULTILINE = RegexFlag.MULTILINE
S = DOTALL = RegexFlag.DOTALL
X = VERBOSE = RegexFlag.VERBOSE
T = TEMPLATE = RegexFlag.TEMPLATE
DEBUG = RegexFlag.DEBUG
NOFLAG = RegexFlag.NOFLAG
del _n, _b, _m
