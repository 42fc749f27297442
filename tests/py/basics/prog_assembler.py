# program: a two-pass assembler and a register machine
SRC = """
    mov r0, 0       ; accumulator
    mov r1, 1       ; counter
loop:
    add r0, r1
    add r1, 1
    cmp r1, 11
    jlt loop
    out r0
    mov r2, 1
    mov r3, 10
fact:
    mul r2, r3
    sub r3, 1
    cmp r3, 0
    jgt fact
    out r2
    halt
"""
def assemble(src):
    labels, prog = {}, []
    for raw in src.splitlines():
        line = raw.split(";")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(prog)
            continue
        op, _, rest = line.partition(" ")
        args = [a.strip() for a in rest.split(",")] if rest else []
        prog.append((op, args))
    return [(op, [labels.get(a, a) for a in args]) for op, args in prog], labels
def run(prog):
    regs = {"r%d" % i: 0 for i in range(4)}
    val = lambda a: regs[a] if isinstance(a, str) and a in regs else int(a)
    pc, flag, out, steps = 0, 0, [], 0
    while True:
        op, a = prog[pc]
        pc += 1
        steps += 1
        if op == "mov": regs[a[0]] = val(a[1])
        elif op == "add": regs[a[0]] += val(a[1])
        elif op == "sub": regs[a[0]] -= val(a[1])
        elif op == "mul": regs[a[0]] *= val(a[1])
        elif op == "cmp": flag = (val(a[0]) > val(a[1])) - (val(a[0]) < val(a[1]))
        elif op == "jlt":
            if flag < 0: pc = a[0]
        elif op == "jgt":
            if flag > 0: pc = a[0]
        elif op == "out": out.append(val(a[0]))
        elif op == "halt": return out, steps, regs
        else: raise ValueError("bad op " + op)
prog, labels = assemble(SRC)
print(labels, len(prog))
print(prog[:3])
print(run(prog))
try:
    run([("nop", [])])
except ValueError as e:
    print("ValueError", e)
