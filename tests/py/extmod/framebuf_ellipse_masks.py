# mprt: exp-manual
# ellipse(): every quadrant mask, filled and outlined, degenerate radii, clipping.
import framebuf

W, H = 15, 11
buf = bytearray(W * H)
fb = framebuf.FrameBuffer(buf, W, H, framebuf.GS8)

def rows():
    return "/".join("".join(".#"[fb.pixel(x, y) != 0] for x in range(W)) for y in range(H))

for m in range(16):
    fb.fill(0)
    fb.ellipse(7, 5, 6, 4, 1, False, m)
    a = rows()
    fb.fill(0)
    fb.ellipse(7, 5, 5, 3, 1, True, m)
    print(m, a, rows())
for xr, yr in ((0, 0), (0, 3), (4, 0), (1, 1), (2, 1), (1, 4), (7, 5), (9, 2)):
    fb.fill(0)
    fb.ellipse(7, 5, xr, yr, 1)
    a = rows()
    fb.fill(0)
    fb.ellipse(7, 5, xr, yr, 1, True)
    print(xr, yr, a, rows())
for cx, cy in ((0, 0), (14, 10), (-3, 5), (7, 13), (20, 20)):
    fb.fill(0)
    fb.ellipse(cx, cy, 5, 4, 1, True)
    a = rows()
    fb.fill(0)
    fb.ellipse(cx, cy, 5, 4, 1)
    print(cx, cy, a, rows())
# mask bits above 15 are ignored; colour is masked per format
fb.fill(0)
fb.ellipse(7, 5, 3, 3, 0x1ff, True, 0x13)
print(rows(), sorted(set(buf)))
