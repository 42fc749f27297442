"""string: character-class constants (frozen)."""

whitespace = " \t\n\r\x0b\x0c"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Capitalize each word (split on sep) and join them back."""
    return (sep or " ").join(w.capitalize() for w in s.split(sep))


class Formatter:
    """Minimal str.format-compatible formatter."""

    def format(self, format_string, *args, **kwargs):
        return format_string.format(*args, **kwargs)

    def vformat(self, format_string, args, kwargs):
        return format_string.format(*args, **kwargs)

    def parse(self, format_string):
        """(literal_text, field_name, format_spec, conversion) tuples of format_string."""
        s = format_string
        res = []
        lit = []
        i = 0
        n = len(s)
        while i < n:
            c = s[i]
            if c == "{" or c == "}":
                if i + 1 < n and s[i + 1] == c:
                    lit.append(c)
                    res.append(("".join(lit), None, None, None))
                    lit = []
                    i += 2
                    continue
                if c == "}" or i + 1 == n:
                    raise ValueError("Single '%s' encountered in format string" % c)
                depth = 1
                j = i + 1
                while j < n and depth:
                    if s[j] == "{":
                        depth += 1
                    elif s[j] == "}":
                        depth -= 1
                    j += 1
                if depth:
                    raise ValueError("expected '}' before end of string")
                name, spec, conv = _split_field(s[i + 1:j - 1])
                res.append(("".join(lit), name, spec, conv))
                lit = []
                i = j
            else:
                lit.append(c)
                i += 1
        if lit:
            res.append(("".join(lit), None, None, None))
        return iter(res)


def _split_field(f):
    k = 0
    n = len(f)
    bracket = False
    while k < n:
        c = f[k]
        if c == "[":
            bracket = True
        elif c == "]":
            bracket = False
        elif not bracket and (c == "!" or c == ":"):
            break
        k += 1
    name = f[:k]
    conv = None
    if k < n and f[k] == "!":
        if k + 1 >= n:
            raise ValueError("end of string while looking for conversion specifier")
        conv = f[k + 1]
        k += 2
        if k < n and f[k] != ":":
            raise ValueError("expected ':' after conversion specifier")
    spec = f[k + 1:] if k < n else ""
    return name, spec, conv


def _ident_end(s, i):
    n = len(s)
    if i >= n or not (s[i] == "_" or ("a" <= s[i] <= "z") or ("A" <= s[i] <= "Z")):
        return i
    i += 1
    while i < n and (s[i] == "_" or s[i].isascii() and s[i].isalnum()):
        i += 1
    return i


class Template:
    """$-substitution strings: $name, ${name}, $$ for a literal $."""

    delimiter = "$"

    def __init__(self, template):
        self.template = template

    def _invalid(self, i):
        lines = self.template[:i].splitlines(True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError("Invalid placeholder in string: line %d, col %d" % (lineno, colno))

    def _sub(self, mapping, safe):
        s = self.template
        d = self.delimiter
        out = []
        i = 0
        n = len(s)
        while i < n:
            j = s.find(d, i)
            if j < 0:
                out.append(s[i:])
                break
            out.append(s[i:j])
            k = j + len(d)
            if s.startswith(d, k):
                out.append(d)
                i = k + len(d)
                continue
            name = None
            if k < n and s[k] == "{":
                m = _ident_end(s, k + 1)
                if m > k + 1 and m < n and s[m] == "}":
                    name = s[k + 1:m]
                    end = m + 1
            else:
                m = _ident_end(s, k)
                if m > k:
                    name = s[k:m]
                    end = m
            if name is None:
                if not safe:
                    self._invalid(k)
                out.append(d)
                i = k
                continue
            if safe:
                try:
                    out.append("%s" % (mapping[name],))
                except KeyError:
                    out.append(s[j:end])
            else:
                out.append("%s" % (mapping[name],))
            i = end
        return "".join(out)

    def _mapping(self, args, kws, name):
        if len(args) > 1:
            raise TypeError(
                "Template.%s() takes from 1 to 2 positional arguments but %d were given"
                % (name, len(args) + 1)
            )
        if not args:
            return kws
        if kws:
            m = dict(args[0])
            m.update(kws)
            return m
        return args[0]

    def substitute(self, *args, **kws):
        """The template with placeholders replaced; KeyError/ValueError on problems."""
        return self._sub(self._mapping(args, kws, "substitute"), False)

    def safe_substitute(self, *args, **kws):
        """Like substitute, leaving unknown or invalid placeholders unchanged."""
        return self._sub(self._mapping(args, kws, "safe_substitute"), True)

    def get_identifiers(self):
        """The valid placeholder names, in order of first appearance."""
        names = []

        class _Rec(dict):
            def __missing__(self, key):
                if key not in names:
                    names.append(key)
                return ""

        self._sub(_Rec(), True)
        return names

    def is_valid(self):
        """False when the template has an invalid placeholder."""
        try:
            self._sub(_AnyMap(), False)
        except ValueError:
            return False
        return True


class _AnyMap(dict):
    def __missing__(self, key):
        return ""
