# mprt: exp-manual
# Pixel packing of every format: set pixels, dump the buffer, read back.
import framebuf

FORMATS = (("MONO_VLSB", framebuf.MONO_VLSB, 2), ("MONO_HLSB", framebuf.MONO_HLSB, 2),
           ("MONO_HMSB", framebuf.MONO_HMSB, 2), ("GS2_HMSB", framebuf.GS2_HMSB, 4),
           ("GS4_HMSB", framebuf.GS4_HMSB, 16), ("GS8", framebuf.GS8, 256),
           ("RGB565", framebuf.RGB565, 65536))
print([f[1] for f in FORMATS], framebuf.MVLSB)
W, H = 10, 9
for name, fmt, ncol in FORMATS:
    buf = bytearray(W * H * 2)
    fb = framebuf.FrameBuffer(buf, W, H, fmt)
    pts = [(0, 0), (1, 0), (9, 0), (0, 1), (3, 4), (8, 7), (9, 8), (5, 8)]
    for i, (x, y) in enumerate(pts):
        fb.pixel(x, y, (0x5A3C + 37 * i) % ncol or 1)
    print(name, buf.hex())
    print(name, [fb.pixel(x, y) for x, y in pts], fb.pixel(2, 2))
    # colours wider than the format are masked
    fb.pixel(4, 4, 0x12345)
    print(name, fb.pixel(4, 4))
    # out-of-range pixels: get returns None, set is ignored
    print(fb.pixel(-1, 0), fb.pixel(W, 0), fb.pixel(0, H), fb.pixel(0, -1))
    before = bytes(buf)
    fb.pixel(W, 0, 1)
    fb.pixel(-1, 3, 1)
    fb.pixel(3, H, 1)
    print(before == bytes(buf))
