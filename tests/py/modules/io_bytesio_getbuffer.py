# BytesIO.getbuffer: shared view, resize blocked while exported, release
import io
b = io.BytesIO(b"abcdef")
view = b.getbuffer()
view[0] = ord("Z")
print(b.getvalue(), len(view), bytes(view[1:3]))
for op in [lambda: b.write(b"more"), lambda: b.truncate(2), lambda: b.close()]:
    try:
        op()
        print("ok")
    except BufferError as e:
        print("BufferError", e)
b.seek(0)
print(b.read(2), b.tell())
view.release()
b.seek(0, 2)
print(b.write(b"!"), b.getvalue())
b.truncate(3); print(b.getvalue())
with b.getbuffer() as v2:
    print(v2.nbytes, v2.readonly, v2.format)
b.close()
try:
    b.getbuffer()
except ValueError as e:
    print("ValueError", e)
