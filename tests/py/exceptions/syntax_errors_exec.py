# SyntaxError raised by compile/exec (message text not printed: it differs between implementations)
srcs = ["x = ", "def f(:\n  pass", "1 +* 2", "if True\n  pass", "return 5", "a b c", "print('unterminated", "x = (1, 2", "break", "f(**k, *a)"]
for s in srcs:
    try:
        exec(s)
        print("compiled", repr(s))
    except SyntaxError as e:
        print("SyntaxError for", repr(s))
for s in ["1 + 2", "[x * 2 for x in range(3)]", "lambda: 0"]:
    try:
        print(repr(s), eval(s) if s != "lambda: 0" else callable(eval(s)))
    except SyntaxError:
        print("unexpected SyntaxError")
try:
    eval("x +")
except SyntaxError:
    print("eval SyntaxError")
print(issubclass(SyntaxError, Exception), issubclass(IndentationError, SyntaxError))
