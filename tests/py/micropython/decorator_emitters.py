# mprt: exp-manual
# @micropython.native runs as bytecode; other emitters are refused at compile time
@micropython.native
def add(a, b):
    return a + b
print(add(2, 3))

@micropython.bytecode
def mul(a, b):
    return a * b
print(mul(2, 3))

def check(src):
    try:
        exec(src)
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError")

check("@micropython.viper\ndef f(x):\n    return x")
check("@micropython.asm_thumb\ndef f(r0):\n    add(r0, r0, 1)")
check("@micropython.unknown\ndef f(): pass")
check("@micropython.a.b\ndef f(): pass")
check("@micropython.native\ndef f(): pass")
