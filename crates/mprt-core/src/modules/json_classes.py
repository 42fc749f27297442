# JSONDecodeError / JSONEncoder / JSONDecoder classes of the json module, run in its namespace.


class JSONDecodeError(ValueError):
    """Subclass of ValueError with msg, doc, pos, lineno and colno attributes."""

    __module__ = "json.decoder"

    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        ValueError.__init__(self, "%s: line %d column %d (char %d)" % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


class JSONEncoder:
    """Extensible JSON encoder; encode() uses the native dumps."""

    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError("Object of type %s is not JSON serializable" % type(o).__name__)

    def encode(self, o):
        return dumps(o, skipkeys=self.skipkeys, ensure_ascii=self.ensure_ascii,
                     check_circular=self.check_circular, allow_nan=self.allow_nan,
                     sort_keys=self.sort_keys, indent=self.indent,
                     separators=(self.item_separator, self.key_separator),
                     default=self.default)

    def iterencode(self, o, _one_shot=False):
        return iter((self.encode(o),))


class JSONDecoder:
    """JSON decoder; decode() uses the native loads."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float
        self.parse_int = parse_int
        self.parse_constant = parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def _kw(self):
        return dict(object_hook=self.object_hook, parse_float=self.parse_float,
                    parse_int=self.parse_int, parse_constant=self.parse_constant,
                    strict=self.strict, object_pairs_hook=self.object_pairs_hook)

    def decode(self, s):
        return loads(s, **self._kw())

    def raw_decode(self, s, idx=0):
        if idx < 0 or idx >= len(s) or s[idx] in " \t\n\r":
            raise JSONDecodeError("Expecting value", s, idx)
        try:
            return loads(s[idx:], **self._kw()), len(s)
        except JSONDecodeError as e:
            if e.msg != "Extra data":
                raise JSONDecodeError(e.msg, s, e.pos + idx) from None
            end = e.pos
            while s[idx + end - 1] in " \t\n\r":
                end -= 1
            return loads(s[idx:idx + end], **self._kw()), idx + end
