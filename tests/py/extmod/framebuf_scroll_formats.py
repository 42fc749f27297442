# mprt: exp-manual
# scroll() in every format and direction, including steps beyond the size.
import framebuf

F = framebuf
W, H = 7, 6
for fmt, ncol in ((F.MONO_VLSB, 2), (F.MONO_HLSB, 2), (F.MONO_HMSB, 2), (F.GS2_HMSB, 4),
                  (F.GS4_HMSB, 16), (F.GS8, 256), (F.RGB565, 65536)):
    buf = bytearray(W * H * 2)
    fb = F.FrameBuffer(buf, W, H, fmt)

    def reset():
        for y in range(H):
            for x in range(W):
                fb.pixel(x, y, (x * 3 + y * 5 + 1) % ncol)

    def rows():
        return "/".join("".join("%x" % (fb.pixel(x, y) % 16) for x in range(W)) for y in range(H))

    out = []
    for dx, dy in ((1, 0), (-2, 0), (0, 1), (0, -3), (2, 2), (-1, -1), (3, -2), (7, 0), (0, -6), (-8, 1), (0, 0)):
        reset()
        fb.scroll(dx, dy)
        out.append(rows())
    print(fmt, " ".join(out))
