# mprt: exp-manual
# FrameBuffer construction: argument checks, buffer sizes per format.
import framebuf

def t(*args, **kw):
    try:
        framebuf.FrameBuffer(*args, **kw)
        print("ok")
    except Exception as e:
        print(type(e).__name__, e)

F = framebuf
# minimal buffer sizes (exact fits and one byte short)
for fmt, w, h, stride, need in ((F.MONO_VLSB, 10, 9, None, 20), (F.MONO_VLSB, 10, 8, None, 10),
                                (F.MONO_HLSB, 10, 3, None, 5), (F.MONO_HMSB, 9, 2, None, 4),
                                (F.MONO_HLSB, 8, 3, 12, 5),
                                (F.GS2_HMSB, 5, 3, None, 6), (F.GS4_HMSB, 3, 3, None, 6),
                                (F.GS8, 7, 3, None, 21), (F.GS8, 7, 3, 9, 25), (F.RGB565, 3, 3, None, 18),
                                (F.RGB565, 3, 3, 5, 26), (F.MONO_VLSB, 4, 12, 6, 10)):
    extra = () if stride is None else (stride,)
    print(fmt, w, h, stride, need, end=": ")
    t(bytearray(need), w, h, fmt, *extra)
    t(bytearray(need - 1), w, h, fmt, *extra)
t(bytearray(100), 0, 5, F.GS8)
t(bytearray(100), 5, 0, F.GS8)
t(bytearray(100), -1, 5, F.GS8)
t(bytearray(100), 5, 5, F.GS8, 4)
t(bytearray(100), 5, 5, F.GS8, -1)
t(bytearray(100), 5, 5, 7)
t(bytearray(100), 5, 5, -1)
t(bytearray(100), 0, 5, 9)
t(b"\x00" * 100, 5, 5, F.GS8)
t("abc", 5, 5, F.GS8)
t(12, 5, 5, F.GS8)
t(bytearray(100), 5, 5)
t(bytearray(100), 5, 5, F.GS8, 5, 1)
t(bytearray(100), 5, 5, F.GS8, stride=5)
t(bytearray(100), "5", 5, F.GS8)
t(bytearray(100), 5.0, 5, F.GS8)
t(bytearray(100), 2**70, 5, F.GS8)
import array
t(array.array("H", [0] * 10), 4, 5, F.GS8)
t(memoryview(bytearray(30))[5:], 5, 5, F.GS8)
t(memoryview(bytearray(30))[6:], 5, 5, F.GS8)
fb = framebuf.FrameBuffer(bytearray(10), 2, 5, F.GS8)
print(type(fb).__name__, type(fb) is framebuf.FrameBuffer)
