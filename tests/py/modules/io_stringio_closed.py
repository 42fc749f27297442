# StringIO / BytesIO operations after close, context managers, flags
import io
for cls, init in [(io.StringIO, "abc"), (io.BytesIO, b"abc")]:
    f = cls(init)
    print(f.readable(), f.writable(), f.seekable(), f.closed, f.isatty())
    with f as g:
        print(g is f, g.read(1))
    print(f.closed)
    for name, args in [("read", ()), ("write", (init,)), ("seek", (0,)), ("tell", ()),
                       ("getvalue", ()), ("readline", ()), ("truncate", ()), ("readable", ()),
                       ("flush", ()), ("readlines", ()), ("writelines", ([init],))]:
        try:
            getattr(f, name)(*args)
            print(name, "ok")
        except ValueError as e:
            print(name, "ValueError", e)
    try:
        next(iter(f))
    except ValueError as e:
        print("iter ValueError", e)
    f.close()
    print("double close ok")
