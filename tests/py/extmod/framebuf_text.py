# mprt: exp-manual
# The 8x8 font is MicroPythonRT's own, so only font-independent properties
# are checked here (cell geometry, clipping, colour, the space glyph).
import framebuf

W, H = 40, 10
buf = bytearray(W * H)
fb = framebuf.FrameBuffer(buf, W, H, framebuf.GS8)

def cells():
    out = []
    for c in range(W // 8):
        out.append(sum(1 for y in range(H) for x in range(c * 8, c * 8 + 8) if fb.pixel(x, y)))
    return out

fb.text("   ", 0, 0)
print(sum(buf))
fb.text("A", 0, 0)
print(cells()[0] > 0, cells()[1:])
print(set(buf) == {0, 1})
fb.fill(0)
fb.text("AB", 8, 1, 7)
print(set(buf) == {0, 7}, cells()[0], cells()[3:])
print(all(fb.pixel(x, 0) == 0 for x in range(W)))
# every glyph stays inside its 8x8 cell
ok = True
for ch in range(32, 128):
    fb.fill(0)
    fb.text(chr(ch), 8, 1)
    for y in range(H):
        for x in range(W):
            if fb.pixel(x, y) and not (8 <= x < 16 and 1 <= y < 9):
                ok = False
print(ok)
# clipping on every side
fb.fill(0)
fb.text("XX", -4, -3)
fb.text("XX", 36, 6)
print(sum(1 for b in buf if b) > 0)
# characters outside 32..127 use the fallback glyph (code 127)
fb.fill(0)
fb.text(chr(127), 0, 0)
a = bytes(buf)
fb.fill(0)
fb.text("\x01", 0, 0)
print(bytes(buf) == a)
fb.fill(0)
fb.text("\xe9", 0, 0)
print(bytes(buf[0:16]) == a[0:8] + a[0:8])
