# mprt: exp-manual
# FrameBuffer exposes its buffer; FrameBuffer1 is the legacy MONO_VLSB form.
import framebuf

buf = bytearray(range(40))
for fmt, w, h in ((framebuf.GS8, 5, 4), (framebuf.RGB565, 4, 3), (framebuf.MONO_VLSB, 6, 9),
                  (framebuf.MONO_HLSB, 9, 3), (framebuf.GS4_HMSB, 5, 2), (framebuf.GS2_HMSB, 3, 5)):
    fb = framebuf.FrameBuffer(buf, w, h, fmt)
    print(fmt, len(bytes(fb)), bytes(fb)[:6], len(memoryview(fb)), len(bytearray(fb)))
fb = framebuf.FrameBuffer(buf, 4, 4, framebuf.GS8, 6)
print(len(bytes(fb)))
m = memoryview(fb)
m[2] = 200
print(buf[2], fb.pixel(2, 0))
fb.pixel(1, 1, 99)
print(m[7], buf[7])

print(hasattr(framebuf, "FrameBuffer1"))
f1 = framebuf.FrameBuffer1(bytearray(10), 10, 8)
print(type(f1).__name__, type(f1) is framebuf.FrameBuffer)
f1.pixel(3, 2, 1)
print(bytes(f1))
b2 = bytearray(24)
f2 = framebuf.FrameBuffer1(b2, 5, 12, 8)
f2.vline(6, 0, 12, 1)
f2.hline(0, 11, 5, 1)
print(b2.hex(), f2.pixel(6, 5), f2.pixel(4, 11))
for args in ((bytearray(9), 10, 8), (bytearray(10), 10, 8, 9), (bytearray(10),)):
    try:
        framebuf.FrameBuffer1(*args)
        print("ok")
    except Exception as e:
        print(type(e).__name__, e)

class Disp(framebuf.FrameBuffer):
    def __init__(self, w, h):
        self.raw = bytearray(w * h)
        super().__init__(self.raw, w, h, framebuf.GS8)
    def show(self):
        return bytes(self.raw)

d = Disp(3, 2)
d.fill(4)
d.pixel(0, 0, 1)
print(d.show(), bytes(d), isinstance(d, framebuf.FrameBuffer))
print(repr(framebuf.FrameBuffer(bytearray(4), 2, 2, framebuf.GS8)), str(f1))
