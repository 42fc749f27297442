"""time: clocks, sleeping, MicroPython ticks, and calendar conversion (frozen).

Local time follows a POSIX TZ string (e.g. "EST5EDT,M3.2.0,M11.1.0") read
by tzset() from os.environ["TZ"]; there is no zoneinfo database, so other
values (and no TZ) mean UTC.
Ticks wrap at 2**30 like MicroPython's bare-metal ports: compare them only
with ticks_diff.
"""

from _time import time_ns, monotonic_ns, sleep_ns as _sleep_ns

timezone = 0
altzone = 0
daylight = 0
tzname = ("UTC", "UTC")

_TICKS_PERIOD = 1 << 30
_TICKS_MAX = _TICKS_PERIOD - 1
_TICKS_HALF = _TICKS_PERIOD // 2


def time():
    """Seconds since the epoch, as a float."""
    return time_ns() / 1e9


def monotonic():
    """A monotonic clock in seconds."""
    return monotonic_ns() / 1e9


perf_counter = monotonic
perf_counter_ns = monotonic_ns
process_time = monotonic
process_time_ns = monotonic_ns


def _num(x, name):
    if isinstance(x, bool) or not isinstance(x, (int, float)):
        if hasattr(x, "__float__"):
            return float(x)
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(x).__name__)
    return x


def sleep(secs):
    """Suspend for secs seconds (interruptible by Ctrl-C)."""
    secs = _num(secs, "secs")
    if secs < 0:
        raise ValueError("sleep length must be non-negative")
    _sleep_ns(secs * 1000000000)


def sleep_ms(ms):
    """Suspend for ms milliseconds."""
    ms = _num(ms, "ms")
    if ms > 0:
        _sleep_ns(ms * 1000000)


def sleep_us(us):
    """Suspend for us microseconds."""
    us = _num(us, "us")
    if us > 0:
        _sleep_ns(us * 1000)


def ticks_ms():
    """A wrapping millisecond counter."""
    return (monotonic_ns() // 1000000) & _TICKS_MAX


def ticks_us():
    """A wrapping microsecond counter."""
    return (monotonic_ns() // 1000) & _TICKS_MAX


def ticks_cpu():
    """The highest-resolution wrapping counter available."""
    return (monotonic_ns() // 1000) & _TICKS_MAX


def ticks_add(ticks, delta):
    """ticks + delta, wrapped into the ticks range."""
    if not -_TICKS_HALF <= delta < _TICKS_HALF:
        raise OverflowError("ticks interval overflow")
    return (ticks + delta) & _TICKS_MAX


def ticks_diff(ticks1, ticks2):
    """Signed difference ticks1 - ticks2, accounting for wraparound."""
    return ((ticks1 - ticks2 + _TICKS_HALF) & _TICKS_MAX) - _TICKS_HALF


_FIELDS = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec",
           "tm_wday", "tm_yday", "tm_isdst")


class struct_time(tuple):
    """A time tuple with named fields (year, month, ..., isdst)."""

    __tp_name__ = "time.struct_time"

    def __new__(cls, seq, _zone=None):
        if not hasattr(type(seq), "__getitem__") and not hasattr(type(seq), "__iter__"):
            raise TypeError("constructor requires a sequence")
        seq = tuple(seq)
        if len(seq) < 9:
            raise TypeError(
                "time.struct_time() takes an at least 9-sequence (%d-sequence given)" % len(seq)
            )
        if len(seq) > 11:
            raise TypeError(
                "time.struct_time() takes an at most 11-sequence (%d-sequence given)" % len(seq)
            )
        self = tuple.__new__(cls, seq[:9])
        if len(seq) > 9:
            _zone = seq[9]
        if _zone is not None:
            self._zone = _zone
        return self

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])
    tm_zone = property(lambda self: getattr(self, "_zone", None))
    tm_gmtoff = property(lambda self: getattr(self, "_gmtoff", None))
    n_fields = 11
    n_sequence_fields = 9
    n_unnamed_fields = 0

    def __repr__(self):
        return "time.struct_time(%s)" % ", ".join(
            "%s=%r" % (n, v) for n, v in zip(_FIELDS, self)
        )


def _days_from_civil(y, m, d):
    # Days since 1970-01-01 of a proleptic Gregorian date.
    y -= m <= 2
    era = (y if y >= 0 else y - 399) // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def _civil_from_days(z):
    z += 719468
    era = (z if z >= 0 else z - 146096) // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + (3 if mp < 10 else -9)
    return y + (m <= 2), m, d


def _isleap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _to_time_t(secs):
    secs = _num(secs, "secs")
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError("Invalid value NaN (not a number)")
        if secs in (float("inf"), float("-inf")):
            raise OverflowError("timestamp out of range for platform time_t")
        secs = int(secs // 1)
    if not -(1 << 63) <= secs < (1 << 63):
        raise OverflowError("timestamp out of range for platform time_t")
    return secs


# The active zone: (std name, std offset east, dst name, dst offset east,
# start rule, end rule); rules are (kind, a, b, c, seconds-after-midnight).
_zone = ("UTC", 0, None, 0, None, None)


def _tz_name(s, i):
    if i < len(s) and s[i] == "<":
        j = s.find(">", i)
        if j < 0:
            return None, i
        return s[i + 1:j], j + 1
    j = i
    while j < len(s) and s[j].isalpha():
        j += 1
    if j - i < 3:
        return None, i
    return s[i:j], j


def _tz_hms(s, i):
    # [+|-]hh[:mm[:ss]] -> (seconds, index) or (None, i)
    sign = 1
    j = i
    if j < len(s) and s[j] in "+-":
        sign = -1 if s[j] == "-" else 1
        j += 1
    parts = []
    while True:
        k = j
        while k < len(s) and s[k].isdigit():
            k += 1
        if k == j:
            break
        parts.append(int(s[j:k]))
        j = k
        if len(parts) < 3 and j < len(s) and s[j] == ":":
            j += 1
            continue
        break
    if not parts:
        return None, i
    while len(parts) < 3:
        parts.append(0)
    return sign * (parts[0] * 3600 + parts[1] * 60 + parts[2]), j


def _tz_rule(s, i):
    if i < len(s) and s[i] == "M":
        j = i + 1
        nums = []
        for _ in range(3):
            k = j
            while k < len(s) and s[k].isdigit():
                k += 1
            if k == j:
                return None, i
            nums.append(int(s[j:k]))
            j = k + 1 if len(nums) < 3 and k < len(s) and s[k] == "." else k
        rule = ["M", nums[0], nums[1], nums[2]]
    else:
        kind = "J" if i < len(s) and s[i] == "J" else "N"
        j = i + 1 if kind == "J" else i
        k = j
        while k < len(s) and s[k].isdigit():
            k += 1
        if k == j:
            return None, i
        rule = [kind, int(s[j:k]), 0, 0]
        j = k
    t = 7200
    if j < len(s) and s[j] == "/":
        t, j = _tz_hms(s, j + 1)
        if t is None:
            return None, i
    return tuple(rule) + (t,), j


def _parse_tz(s):
    if not s or s[0] == ":" or "/" in s.split(",")[0]:
        return ("UTC", 0, None, 0, None, None)
    std, i = _tz_name(s, 0)
    if std is None:
        return ("UTC", 0, None, 0, None, None)
    off, i = _tz_hms(s, i)
    if off is None:
        return (std, 0, None, 0, None, None)
    std_east = -off
    dst, i = _tz_name(s, i)
    if dst is None:
        return (std, std_east, None, 0, None, None)
    dst_east = std_east + 3600
    o, j = _tz_hms(s, i)
    if o is not None:
        dst_east = -o
        i = j
    start, end = ("M", 3, 2, 0, 7200), ("M", 11, 1, 0, 7200)
    if i < len(s) and s[i] == ",":
        start, i = _tz_rule(s, i + 1)
        if start is not None and i < len(s) and s[i] == ",":
            end, i = _tz_rule(s, i + 1)
        else:
            end = None
        if start is None or end is None:
            return (std, std_east, None, 0, None, None)
    return (std, std_east, dst, dst_east, start, end)


def tzset():
    """Re-read the TZ environment variable (POSIX TZ strings only)."""
    global _zone, timezone, altzone, daylight, tzname
    import sys

    os = sys.modules.get("os")
    if os is not None:
        tz = os.environ.get("TZ")
    else:
        import _os

        tz = _os.getenv("TZ")
    _zone = _parse_tz(tz or "")
    std, soff, dst, doff = _zone[:4]
    timezone = -soff
    altzone = -doff if dst else -soff
    daylight = 1 if dst else 0
    tzname = (std, dst or std)


def _rule_day(rule, y):
    # Days since the epoch of the day a transition rule names in year y.
    kind, a, b, c = rule[:4]
    if kind == "J":
        d = a - 1
        if _isleap(y) and a >= 60:
            d += 1
        return _days_from_civil(y, 1, 1) + d
    if kind == "N":
        return _days_from_civil(y, 1, 1) + a
    first = _days_from_civil(y, a, 1)
    wd_first = (first + 4) % 7  # 0 = Sunday
    day = first + (c - wd_first) % 7 + (b - 1) * 7
    ml = (31, 29 if _isleap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[a - 1]
    while day >= first + ml:
        day -= 7
    return day


def _is_dst_utc(secs):
    std, soff, dst, doff, start, end = _zone
    if not dst:
        return False
    y = _civil_from_days((secs + soff) // 86400)[0]
    a = _rule_day(start, y) * 86400 + start[4] - soff
    b = _rule_day(end, y) * 86400 + end[4] - doff
    if a < b:
        return a <= secs < b
    return not (b <= secs < a)


def _breakdown(args, name, zone):
    if len(args) > 1:
        raise TypeError("%s() takes at most 1 argument (%d given)" % (name, len(args)))
    secs = args[0] if args else None
    if secs is None:
        secs = time_ns() // 1000000000
    else:
        secs = _to_time_t(secs)
    isdst = 0
    gmtoff = 0
    if zone is None:
        if _is_dst_utc(secs):
            isdst = 1
            gmtoff = _zone[3]
            zone = _zone[2]
        else:
            gmtoff = _zone[1]
            zone = _zone[0]
        secs += gmtoff
    days, rem = divmod(secs, 86400)
    y, m, d = _civil_from_days(days)
    if not -2147481748 <= y <= 2147485547:
        raise OSError(75, "Value too large for defined data type")
    yday = days - _days_from_civil(y, 1, 1) + 1
    wday = (days + 3) % 7
    st = struct_time((y, m, d, rem // 3600, rem // 60 % 60, rem % 60, wday, yday, isdst), zone)
    st._gmtoff = gmtoff
    return st


def gmtime(*args):
    """UTC struct_time for secs since the epoch (default: now)."""
    return _breakdown(args, "gmtime", "GMT")


def localtime(*args):
    """Local struct_time (the port's local time is UTC)."""
    return _breakdown(args, "localtime", None)


def mktime(t):
    """Inverse of localtime: seconds since the epoch, as a float."""
    if not isinstance(t, tuple) or len(t) < 6:
        if isinstance(t, tuple):
            raise TypeError("mktime(): illegal time tuple argument")
        raise TypeError("Tuple or struct_time argument required")
    y, mo, d, h, mi, s = t[:6]
    y += (mo - 1) // 12
    mo = (mo - 1) % 12 + 1
    local = (_days_from_civil(y, mo, 1) + d - 1) * 86400 + h * 3600 + mi * 60 + s
    std, soff, dst, doff = _zone[:4]
    isdst = t[8] if len(t) > 8 else -1
    if not dst:
        # Like glibc: a DST flag in a zone without DST means one hour ahead.
        u = local - soff - (3600 if isdst > 0 else 0)
    elif isdst > 0:
        u = local - doff
    elif isdst == 0:
        u = local - soff
    else:
        u = local - soff
        if _is_dst_utc(u):
            u = local - doff
    return float(u)


_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July",
           "August", "September", "October", "November", "December")


def _as_tuple(t, name):
    if t is None:
        return localtime()
    if not isinstance(t, tuple):
        raise TypeError("Tuple or struct_time argument required")
    if len(t) != 9:
        raise TypeError("%s(): illegal time tuple argument" % name)
    return t


def _checked(t):
    # Validate and normalise a 9-tuple like CPython's checktm (0 month/day/yday
    # mean 1, weekdays wrap modulo 7).
    y, mo, d, h, mi, s, wd, yd = t[:8]
    if mo == 0:
        mo = 1
    if d == 0:
        d = 1
    if yd == 0:
        yd = 1
    if not 1 <= mo <= 12:
        raise ValueError("month out of range")
    if not 1 <= d <= 31:
        raise ValueError("day of month out of range")
    if not 0 <= h <= 23:
        raise ValueError("hour out of range")
    if not 0 <= mi <= 59:
        raise ValueError("minute out of range")
    if not 0 <= s <= 61:
        raise ValueError("seconds out of range")
    if wd + 1 < 0 and (-(wd + 1)) % 7:
        raise ValueError("day of week out of range")
    if not 1 <= yd <= 366:
        raise ValueError("day of year out of range")
    wd = wd % 7
    return (y, mo, d, h, mi, s, wd, yd) + tuple(t[8:])


def strftime(format, t=None):
    """Format a time tuple according to format (common C directives)."""
    if not isinstance(format, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(format).__name__)
    src = _as_tuple(t, "strftime")
    t = _checked(src)
    y, mo, d, h, mi, s, wd, yd = t[:8]
    out = []
    i = 0
    n = len(format)
    while i < n:
        c = format[i]
        if c != "%" or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        f = format[i + 1]
        i += 2
        if f == "Y":
            out.append(str(y))
        elif f == "y":
            out.append("%02d" % (y % 100))
        elif f == "C":
            out.append("%02d" % (y // 100))
        elif f == "m":
            out.append("%02d" % mo)
        elif f == "d":
            out.append("%02d" % d)
        elif f == "e":
            out.append("%2d" % d)
        elif f == "H":
            out.append("%02d" % h)
        elif f == "I":
            out.append("%02d" % ((h + 11) % 12 + 1))
        elif f == "M":
            out.append("%02d" % mi)
        elif f == "S":
            out.append("%02d" % s)
        elif f == "p":
            out.append("AM" if h < 12 else "PM")
        elif f == "j":
            out.append("%03d" % yd)
        elif f == "a":
            out.append(_DAYS[wd][:3])
        elif f == "A":
            out.append(_DAYS[wd])
        elif f == "w":
            out.append(str((wd + 1) % 7))
        elif f == "u":
            out.append(str(wd + 1))
        elif f == "b" or f == "h":
            out.append(_MONTHS[mo - 1][:3])
        elif f == "B":
            out.append(_MONTHS[mo - 1])
        elif f == "c":
            out.append(strftime("%a %b %e %H:%M:%S %Y", t))
        elif f == "x":
            out.append(strftime("%m/%d/%y", t))
        elif f == "X" or f == "T":
            out.append(strftime("%H:%M:%S", t))
        elif f == "D":
            out.append(strftime("%m/%d/%y", t))
        elif f == "F":
            out.append(strftime("%Y-%m-%d", t))
        elif f == "R":
            out.append(strftime("%H:%M", t))
        elif f == "Z":
            z = getattr(src, "_zone", None)
            out.append(z if z is not None else tzname[1 if t[8] > 0 else 0])
        elif f == "z":
            g = getattr(src, "_gmtoff", None) or 0
            out.append("%s%02d%02d" % ("-" if g < 0 else "+", abs(g) // 3600, abs(g) // 60 % 60))
        elif f == "n":
            out.append("\n")
        elif f == "t":
            out.append("\t")
        elif f == "%":
            out.append("%")
        elif f == "U":
            out.append("%02d" % ((yd + 6 - (wd + 1) % 7) // 7))
        elif f == "W":
            out.append("%02d" % ((yd + 6 - wd) // 7))
        else:
            out.append("%" + f)
    return "".join(out)


def asctime(t=None):
    """'Sun Jun 20 23:21:05 1993' for a time tuple."""
    t = _checked(_as_tuple(t, "asctime"))
    return "%s %s %2d %02d:%02d:%02d %d" % (
        _DAYS[t[6]][:3], _MONTHS[t[1] - 1][:3], t[2], t[3], t[4], t[5], t[0]
    )


def ctime(secs=None):
    """asctime(localtime(secs))."""
    return asctime(localtime(secs))


tzset()
