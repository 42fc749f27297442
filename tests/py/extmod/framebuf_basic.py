# mprt: exp-manual
import framebuf

def show(fb, w, h):
    for y in range(h):
        print("".join("#" if fb.pixel(x, y) else "." for x in range(w)))

for fmt, name in ((framebuf.MONO_VLSB, "VLSB"), (framebuf.MONO_HLSB, "HLSB"), (framebuf.MONO_HMSB, "HMSB")):
    buf = bytearray(16)
    fb = framebuf.FrameBuffer(buf, 8, 16, fmt) if fmt == framebuf.MONO_VLSB else framebuf.FrameBuffer(buf, 8, 16, fmt)
    print(name)
    fb.fill(0)
    fb.pixel(0, 0, 1)
    fb.pixel(7, 1, 1)
    fb.pixel(3, 9, 5)
    fb.pixel(100, 100, 1)
    print(buf)
    print(fb.pixel(0, 0), fb.pixel(1, 0), fb.pixel(3, 9), fb.pixel(-1, 0), fb.pixel(8, 0))
    fb.fill(1)
    print(buf)
    fb.fill(0)
    fb.hline(1, 2, 5, 1)
    fb.vline(6, 0, 20, 1)
    print(buf)
    show(fb, 8, 4)

buf = bytearray(4 * 2 * 2)
fb = framebuf.FrameBuffer(buf, 4, 2, framebuf.RGB565)
fb.fill(0x1234)
fb.pixel(1, 1, 0xffff)
print(buf)
print(hex(fb.pixel(1, 1)), hex(fb.pixel(0, 0)))

for fmt, n in ((framebuf.GS2_HMSB, 2), (framebuf.GS4_HMSB, 4), (framebuf.GS8, 8)):
    buf = bytearray(8 * 2 * n // 8)
    fb = framebuf.FrameBuffer(buf, 8, 2, fmt)
    for x in range(8):
        fb.pixel(x, 0, x)
        fb.pixel(x, 1, 255 - x)
    print(buf)
    print([fb.pixel(x, y) for y in range(2) for x in range(8)])
