# mprt: exp-manual
# Drawing with a stride wider than the width leaves the padding alone
# (MONO formats round the stride up to whole bytes).
import framebuf

F = framebuf
for fmt, w, h, stride, size in ((F.GS8, 3, 3, 5, 15), (F.RGB565, 3, 2, 4, 16), (F.GS4_HMSB, 3, 3, 6, 9),
                                (F.GS2_HMSB, 3, 3, 9, 9), (F.MONO_HLSB, 5, 3, 11, 6), (F.MONO_HMSB, 5, 3, 9, 6),
                                (F.MONO_VLSB, 3, 10, 4, 8)):
    buf = bytearray(b"\xee" * size)
    fb = F.FrameBuffer(buf, w, h, fmt, stride)
    fb.fill(0)
    print(fmt, buf.hex())
    fb.fill_rect(1, 1, 5, 5, 3)
    print(fmt, buf.hex())
    fb.scroll(-1, 0)
    print(fmt, buf.hex())
    fb.line(0, 0, w, h, 1)
    fb.pixel(w - 1, h - 1, 2)
    print(fmt, buf.hex(), [fb.pixel(x, y) for y in range(h) for x in range(w)])
    src = F.FrameBuffer(bytearray(32), 2, 2, F.GS8)
    src.fill(1)
    fb.blit(src, w - 1, 0)
    print(fmt, buf.hex())
