# mprt: exp-manual
import framebuf

W, H = 24, 16

def show(fb):
    for y in range(H):
        print("".join("#" if fb.pixel(x, y) else "." for x in range(W)))
    print()

buf = bytearray(W * H // 8)
fb = framebuf.FrameBuffer(buf, W, H, framebuf.MONO_HLSB)
fb.rect(1, 1, 10, 6, 1)
fb.rect(12, 2, 8, 5, 1, True)
fb.rect(20, 10, 10, 10, 1)
fb.rect(-3, 9, 6, 4, 1)
show(fb)
print(bytes(buf))

for coords in ((0, 0, 23, 15), (23, 0, 0, 15), (2, 14, 20, 3), (5, 0, 5, 15), (0, 7, 23, 7), (12, 12, 12, 12), (-5, -5, 30, 30), (20, 1, 3, 6)):
    fb.fill(0)
    fb.line(*coords, 1)
    show(fb)
