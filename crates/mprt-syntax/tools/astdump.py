"""Dump CPython's AST (or SyntaxError) in the format of mprt-syntax's
`diff_dump` test helper, for differential testing of the parser:

    python3 tools/astdump.py [--pos] FILE...

Each file prints one line: `OK <dump>` or `ERR <kind> <line> <msg>`.
"""
import ast, struct, sys

POS = '--pos' in sys.argv
SKIP = {'ctx', 'type_comment', 'kind', 'type_ignores', 'end_lineno', 'end_col_offset'}


def fhex(x):
    return struct.pack('>d', x).hex()


def dump(n):
    if isinstance(n, ast.AST):
        name = type(n).__name__
        if POS and isinstance(n, (ast.stmt, ast.expr)):
            # CPython counts UTF-8 bytes; mprt-syntax counts characters.
            line = LINES[n.lineno - 1] if 0 < n.lineno <= len(LINES) else b''
            col = len(line[:n.col_offset].decode('utf-8', 'replace'))
            name += '@%d:%d' % (n.lineno, col)
        fields = [f for f in n._fields if f not in SKIP]
        return name + '(' + ', '.join('%s=%s' % (f, dump(getattr(n, f))) for f in fields) + ')'
    if isinstance(n, list):
        return '[' + ', '.join(dump(x) for x in n) + ']'
    if n is None:
        return 'None'
    if n is Ellipsis:
        return '...'
    if isinstance(n, bool):
        return str(n)
    if isinstance(n, int):
        return str(n)
    if isinstance(n, float):
        return 'f' + fhex(n)
    if isinstance(n, complex):
        return 'j' + fhex(n.imag)
    if isinstance(n, str):
        return 's' + n.encode('utf-8', 'surrogatepass').hex()
    if isinstance(n, bytes):
        return 'b' + n.hex()
    raise TypeError(type(n))


def main():
    mode = 'exec'
    for path in sys.argv[1:]:
        if path.startswith('--'):
            if path.startswith('--mode='):
                mode = path[7:]
            continue
        global LINES
        raw = open(path, 'rb').read()
        LINES = raw.split(b'\n')
        src = raw.decode('utf-8')
        try:
            tree = compile(src, path, mode, ast.PyCF_ONLY_AST)
            body = tree.body if mode != 'eval' else [ast.Expr(tree.body, lineno=tree.body.lineno, col_offset=tree.body.col_offset)]
            print('OK', dump(body))
        except SyntaxError as e:
            kind = type(e).__name__
            print('ERR', kind, e.lineno, e.offset, e.msg)


main()
