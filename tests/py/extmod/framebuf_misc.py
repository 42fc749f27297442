# mprt: exp-manual
import framebuf
from array import array

# stride larger than width
buf = bytearray(16 * 4)
fb = framebuf.FrameBuffer(buf, 10, 4, framebuf.GS8, 16)
fb.fill(1)
print(buf)
try:
    framebuf.FrameBuffer(buf, 10, 4, framebuf.GS8, stride=16)
except TypeError as e:
    print("TypeError", e)

# memoryview and array buffers
ba = bytearray(8)
mv = memoryview(ba)
fb = framebuf.FrameBuffer(mv[2:], 8, 6, framebuf.MONO_HLSB)
fb.fill(1)
print(ba)
a = array('H', [0] * 6)
fb = framebuf.FrameBuffer(a, 3, 2, framebuf.RGB565)
fb.pixel(2, 1, 0xabcd)
fb.hline(0, 0, 2, 0x0102)
print(a)

# errors
for args in ((bytearray(1), 8, 8, framebuf.MONO_VLSB),
             (bytearray(8), 8, 9, framebuf.MONO_VLSB),
             (bytearray(100), 0, 8, framebuf.GS8),
             (bytearray(100), 8, 8, 99)):
    try:
        framebuf.FrameBuffer(*args)
        print("ok")
    except ValueError as e:
        print("ValueError", e)
try:
    framebuf.FrameBuffer(b"abcdefgh", 8, 8, framebuf.MONO_VLSB)
    print("ok bytes")
except TypeError:
    print("TypeError")

# subclassing, as display drivers do
class Display(framebuf.FrameBuffer):
    def __init__(self, w, h):
        self.w = w
        self.h = h
        self.buffer = bytearray(w * h // 8)
        super().__init__(self.buffer, w, h, framebuf.MONO_VLSB)
    def count(self):
        return sum(bin(b).count("1") for b in self.buffer)

d = Display(16, 8)
d.fill_rect(2, 1, 5, 3, 1)
print(d.w, d.h, d.count(), d.buffer)
d.fill_rect(-5, -5, 10, 7, 1)
d.fill_rect(14, 6, 10, 10, 1)
d.fill_rect(3, 3, 0, 5, 1)
print(d.count(), isinstance(d, framebuf.FrameBuffer))
print(type(d).__name__, framebuf.FrameBuffer.__name__)
