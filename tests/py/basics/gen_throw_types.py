# generator.throw with exception classes and instances; exception state afterwards
def g():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            yield "ValueError(%s)" % (e.args,)
        except KeyError:
            yield "KeyError"
gen = g()
next(gen)
print(gen.throw(ValueError))
next(gen)
print(gen.throw(ValueError("with msg")))
next(gen)
print(gen.throw(KeyError))
next(gen)
try:
    gen.throw(TypeError("unhandled"))
except TypeError as e:
    print("escaped:", e)
print(next(gen, "generator finished"))
def h():
    yield 1
    yield 2
x = h()
try:
    x.throw(StopIteration)
except RuntimeError as e:
    print("RuntimeError", e)
except StopIteration:
    print("StopIteration")
