# program: expression tree classes with a visitor using getattr dispatch
class Node:
    def accept(self, visitor):
        return getattr(visitor, "visit_" + type(self).__name__)(self)
class Num(Node):
    def __init__(self, v):
        self.v = v
class Var(Node):
    def __init__(self, name):
        self.name = name
class BinOp(Node):
    def __init__(self, op, l, r):
        self.op, self.l, self.r = op, l, r
class Evaluator:
    def __init__(self, env):
        self.env = env
    def visit_Num(self, n):
        return n.v
    def visit_Var(self, n):
        return self.env[n.name]
    def visit_BinOp(self, n):
        a, b = n.l.accept(self), n.r.accept(self)
        return {"+": a + b, "-": a - b, "*": a * b}[n.op]
class Printer:
    def visit_Num(self, n):
        return str(n.v)
    def visit_Var(self, n):
        return n.name
    def visit_BinOp(self, n):
        return "(%s %s %s)" % (n.l.accept(self), n.op, n.r.accept(self))
class Simplifier:
    def visit_Num(self, n):
        return n
    def visit_Var(self, n):
        return n
    def visit_BinOp(self, n):
        l, r = n.l.accept(self), n.r.accept(self)
        if isinstance(l, Num) and isinstance(r, Num):
            return Num(BinOp(n.op, l, r).accept(Evaluator({})))
        if n.op == "*" and (isinstance(l, Num) and l.v == 0 or isinstance(r, Num) and r.v == 0):
            return Num(0)
        if n.op == "+" and isinstance(r, Num) and r.v == 0:
            return l
        return BinOp(n.op, l, r)
expr = BinOp("+", BinOp("*", Var("x"), BinOp("-", Num(5), Num(3))), BinOp("*", Var("y"), Num(0)))
print(expr.accept(Printer()))
print(expr.accept(Evaluator({"x": 7, "y": 100})))
simple = expr.accept(Simplifier())
print(simple.accept(Printer()), simple.accept(Evaluator({"x": 7})))
class Unknown(Node):
    pass
try:
    Unknown().accept(Printer())
except AttributeError as e:
    print("AttributeError", e)
