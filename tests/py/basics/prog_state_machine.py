# program: a table-driven tokenizer / state machine
def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(("NUM", float(text) if "." in text else int(text)))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(("NAME", src[i:j]))
            i = j
        elif src[i:i + 2] in ("**", "==", "<=", ">="):
            tokens.append(("OP", src[i:i + 2]))
            i += 2
        elif c in "+-*/()<>=":
            tokens.append(("OP", c))
            i += 1
        else:
            raise SyntaxError("bad char %r at %d" % (c, i))
    return tokens
def parse_expr(tokens):
    pos = [0]
    def peek():
        return tokens[pos[0]] if pos[0] < len(tokens) else ("EOF", None)
    def take():
        t = peek()
        pos[0] += 1
        return t
    def atom():
        kind, val = take()
        if kind == "NUM":
            return val
        if val == "(":
            v = expr()
            take()
            return v
        if val == "-":
            return -atom()
        raise SyntaxError("unexpected %r" % (val,))
    def power():
        b = atom()
        if peek() == ("OP", "**"):
            take()
            return b ** power()
        return b
    def term():
        v = power()
        while peek()[1] in ("*", "/"):
            op = take()[1]
            v = v * power() if op == "*" else v / power()
        return v
    def expr():
        v = term()
        while peek()[1] in ("+", "-"):
            op = take()[1]
            v = v + term() if op == "+" else v - term()
        return v
    return expr()
print(tokenize("x1 = 3.5 ** 2 + foo_bar(10) <= 7"))
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-4 + 10 / 4", "2 * (3 + (4 - 1)) ** 2", "1.5 * 4"]:
    print(src, "=", parse_expr(tokenize(src)))
for bad in ["1 + $", "(1 + )"]:
    try:
        parse_expr(tokenize(bad))
    except SyntaxError as e:
        print("SyntaxError", e)
