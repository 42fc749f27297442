# mprt: exp-manual
# blit(): between formats, with a transparent key and with a palette.
import framebuf

F = framebuf
def grid(fb, w, h):
    return " ".join("".join("%x" % (fb.pixel(x, y) & 15) for x in range(w)) for y in range(h))

# a 2-bit source sprite
src_buf = bytearray(4)
src = F.FrameBuffer(src_buf, 4, 4, F.GS2_HMSB)
for y in range(4):
    for x in range(4):
        src.pixel(x, y, (x + y) % 4)
print(src_buf.hex(), grid(src, 4, 4))

for fmt, name in ((F.GS8, "GS8"), (F.GS4_HMSB, "GS4"), (F.RGB565, "RGB565"), (F.MONO_HLSB, "HLSB"),
                  (F.MONO_VLSB, "VLSB")):
    dbuf = bytearray(6 * 6 * 2)
    d = F.FrameBuffer(dbuf, 6, 6, fmt)
    d.fill(1 if fmt in (F.MONO_HLSB, F.MONO_VLSB) else 5)
    d.blit(src, 1, 1)
    print(name, grid(d, 6, 6))
    d.blit(src, -2, 3, 0)
    print(name, grid(d, 6, 6))
    # palette: a 4x1 framebuffer mapping source colour i -> palette pixel i
    pal = F.FrameBuffer(bytearray(8), 4, 1, F.RGB565)
    for i, c in enumerate((9, 3, 0xA, 0x7)):
        pal.pixel(i, 0, c)
    d.fill(0)
    d.blit(src, 0, 0, -1, pal)
    print(name, grid(d, 6, 6))
    # the key is compared with the palette colour
    d.fill(0)
    d.blit(src, 2, 2, 3, pal)
    print(name, grid(d, 6, 6), dbuf.hex())

# tuple and list sources, with stride
raw = bytes(range(1, 13))
d = F.FrameBuffer(bytearray(25), 5, 5, F.GS8)
d.blit((raw, 3, 3, F.GS8, 4), 1, 1)
print(grid(d, 5, 5))
d.blit([raw, 2, 2, F.GS8], 3, 3, 2)
print(grid(d, 5, 5))
d.blit((raw, 2, 2, F.GS8), 0, 0, -1, (bytes([7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7]), 13, 1, F.GS8))
print(grid(d, 5, 5))
# blitting onto itself and far out of range
d.blit(d, 1, 0)
print(grid(d, 5, 5))
d.blit(d, 5, 0)
d.blit(d, 0, -5)
print(grid(d, 5, 5))
