# readlines(hint) cut-off rules of StringIO and BytesIO
import io
s = io.StringIO("ab\ncd\nef\n")
print(s.readlines(3)); s.seek(0); print(s.readlines(2)); s.seek(0); print(s.readlines(6)); s.seek(0); print(s.readlines(0))
b = io.BytesIO(b"ab\ncd\nef\n")
print(b.readlines(3)); b.seek(0); print(b.readlines(2)); b.seek(0); print(b.readlines(6))
