# program: a tiny stack-machine interpreter
def tokenize(src):
    return src.replace("(", " ( ").replace(")", " ) ").split()
def run(program):
    stack = []
    out = []
    ops = {
        "+": lambda a, b: a + b,
        "-": lambda a, b: a - b,
        "*": lambda a, b: a * b,
        "/": lambda a, b: a // b,
        "%": lambda a, b: a % b,
        "<": lambda a, b: int(a < b),
    }
    pc = 0
    code = program.split()
    labels = {}
    for i, tok in enumerate(code):
        if tok.endswith(":"):
            labels[tok[:-1]] = i
    while pc < len(code):
        tok = code[pc]
        pc += 1
        if tok in ops:
            b = stack.pop()
            a = stack.pop()
            stack.append(ops[tok](a, b))
        elif tok == "dup":
            stack.append(stack[-1])
        elif tok == "swap":
            stack[-1], stack[-2] = stack[-2], stack[-1]
        elif tok == "drop":
            stack.pop()
        elif tok == "print":
            out.append(stack.pop())
        elif tok == "jz":
            target = code[pc]
            pc += 1
            if stack.pop() == 0:
                pc = labels[target]
        elif tok == "jmp":
            pc = labels[code[pc]]
        elif tok.endswith(":"):
            pass
        else:
            stack.append(int(tok))
    return out, stack
print(run("2 3 + 4 * print"))
print(run("10 3 % 10 3 / print print"))
print(run("5 loop: dup print 1 - dup jz end jmp loop end: drop"))
print(run("1 2 swap - print 7 dup * print"))
try:
    run("1 +")
except IndexError as e:
    print("IndexError", e)
try:
    run("1 0 /")
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(tokenize("(add 1 (mul 2 3))"))
