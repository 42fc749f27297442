# uncaught custom exception: its __str__ is used, class name without __main__
class ParseError(Exception):
    def __init__(self, line, msg):
        super().__init__(line, msg)
        self.line = line
        self.msg = msg

    def __str__(self):
        return "line %d: %s" % (self.line, self.msg)


def check(lines):
    for i, l in enumerate(lines, 1):
        if not l.strip():
            raise ParseError(i, "empty line")
    return len(lines)


print(check(["a", "b"]))
check(["a", " ", "c"])
