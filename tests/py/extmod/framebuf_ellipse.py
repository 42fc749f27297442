# mprt: exp-manual
import framebuf

W, H = 32, 20

def show(fb):
    for y in range(H):
        print("".join("#" if fb.pixel(x, y) else "." for x in range(W)))
    print()

buf = bytearray(W * H)
fb = framebuf.FrameBuffer(buf, W, H, framebuf.GS8)
fb.ellipse(15, 9, 12, 7, 1)
show(fb)
fb.fill(0)
fb.ellipse(15, 9, 12, 7, 1, True)
show(fb)
for m in (1, 2, 4, 8, 5, 10):
    fb.fill(0)
    fb.ellipse(10, 10, 8, 6, 1, False, m)
    fb.ellipse(25, 10, 5, 8, 1, True, m)
    show(fb)
fb.fill(0)
fb.ellipse(0, 0, 6, 6, 1)
fb.ellipse(30, 18, 4, 2, 7, True)
fb.ellipse(16, 10, 0, 0, 1)
fb.ellipse(20, 4, 3, 0, 1)
show(fb)
print(sum(buf))
