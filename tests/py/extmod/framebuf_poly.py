# mprt: exp-manual
import framebuf
from array import array

W, H = 30, 20

def show(fb):
    for y in range(H):
        print("".join("#" if fb.pixel(x, y) else "." for x in range(W)))
    print()

buf = bytearray(32 * H // 4)
fb = framebuf.FrameBuffer(buf, W, H, framebuf.GS2_HMSB)
tri = array('h', [0, 0, 20, 5, 5, 15])
fb.poly(2, 2, tri, 1)
show(fb)
fb.fill(0)
fb.poly(2, 2, tri, 1, True)
show(fb)
star = array('i', [10, 0, 13, 7, 20, 7, 14, 11, 17, 18, 10, 14, 3, 18, 6, 11, 0, 7, 7, 7])
fb.fill(0)
fb.poly(3, 0, star, 3, True)
show(fb)
fb.fill(0)
fb.poly(3, 0, star, 2)
show(fb)
sq = array('b', [0, 0, 8, 0, 8, 8, 0, 8])
fb.fill(0)
fb.poly(-4, -4, sq, 1, True)
fb.poly(25, 15, sq, 1, True)
fb.poly(10, 5, array('h', [0, 0]), 1)
fb.poly(10, 5, array('h'), 1, True)
show(fb)
print(fb.pixel(0, 0), fb.pixel(29, 19))
