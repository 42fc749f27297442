# mprt: exp-manual
# line(): all octants, degenerate lines and clipping, drawn as ASCII art.
import framebuf

W, H = 13, 11
buf = bytearray(W * H)
fb = framebuf.FrameBuffer(buf, W, H, framebuf.GS8)

def show():
    for y in range(H):
        print("".join(".123456789"[fb.pixel(x, y)] for x in range(W)))
    print()

cx, cy = 6, 5
for i, (dx, dy) in enumerate(((5, 1), (1, 5), (-5, 2), (-2, -5), (4, -4), (-6, -1), (0, 5), (5, 0))):
    fb.line(cx, cy, cx + dx, cy + dy, i + 1)
show()
fb.fill(0)
fb.line(3, 3, 3, 3, 1)
fb.line(-5, -3, 20, 12, 2)
fb.line(12, -4, -3, 14, 3)
fb.line(0, 10, 100, 10, 4)
fb.line(-1, 0, -1, 10, 5)
show()
fb.fill(0)
fb.hline(-3, 0, 6, 1)
fb.hline(10, 1, 10, 2)
fb.hline(2, 2, 0, 3)
fb.hline(2, 3, -4, 4)
fb.vline(0, -2, 5, 5)
fb.vline(12, 8, 10, 6)
fb.vline(5, 5, 0, 7)
fb.vline(5, 20, 3, 8)
fb.rect(3, 4, 6, 4, 9)
fb.rect(-2, 9, 4, 4, 1)
fb.rect(8, 1, 1, 1, 2)
fb.rect(10, 4, 2, 1, 3, True)
fb.rect(6, 9, 0, 3, 4)
fb.fill_rect(4, 5, 4, 2, 5)
fb.fill_rect(11, -3, 5, 5, 6)
fb.fill_rect(1, 1, -2, 3, 7)
show()
