# exceptions raised while closing or finalizing generators
def g_raise_on_close():
    try:
        yield 1
    finally:
        raise ValueError("raised in finally during close")


g = g_raise_on_close()
next(g)
try:
    g.close()
except ValueError as e:
    print(type(e).__name__, e)


def g_catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("saw GeneratorExit")
        raise


g = g_catches_exit()
next(g)
g.close()
print("closed cleanly")


def g_return_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"


g = g_return_on_exit()
next(g)
print(g.close())


# throw with a traceback-less exception class and a value
def g2():
    try:
        yield
    except KeyError as e:
        yield "caught %r" % (e.args,)


g = g2()
next(g)
print(g.throw(KeyError("a", "b")))
try:
    g.throw(GeneratorExit)
except GeneratorExit:
    print("GeneratorExit propagated")
