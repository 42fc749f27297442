# mprt: exp-manual
import framebuf

def show(fb, w, h):
    for y in range(h):
        print("".join(str(fb.pixel(x, y)) for x in range(w)))
    print()

buf = bytearray(10 * 6)
fb = framebuf.FrameBuffer(buf, 10, 6, framebuf.GS8)
for y in range(6):
    for x in range(10):
        fb.pixel(x, y, (x + y) % 10)
for dx, dy in ((1, 0), (-2, 0), (0, 1), (0, -2), (3, 2), (-3, -1), (20, 0), (0, -20)):
    fb.scroll(dx, dy)
    show(fb, 10, 6)

# blit with key and from other formats
sbuf = bytearray(4 * 3)
src = framebuf.FrameBuffer(sbuf, 4, 3, framebuf.GS8)
for i in range(12):
    sbuf[i] = i % 4
fb.fill(9)
fb.blit(src, 1, 1)
fb.blit(src, 6, 3, 0)
fb.blit(src, -2, -1, 2)
fb.blit(src, 8, 4)
fb.blit(src, 10, 0)
fb.blit(src, -4, 0)
show(fb, 10, 6)

# palette: map mono source to colours
mono = bytearray(1 * 8)
m = framebuf.FrameBuffer(mono, 8, 8, framebuf.MONO_VLSB)
m.rect(0, 0, 8, 8, 1)
pal = framebuf.FrameBuffer(bytearray(2), 2, 1, framebuf.GS8)
pal.pixel(0, 0, 5)
pal.pixel(1, 0, 7)
fb.fill(0)
fb.blit(m, 1, -1, -1, pal)
show(fb, 10, 6)
fb.fill(0)
fb.blit(m, 1, -1, 5, pal)
show(fb, 10, 6)

# blit from a tuple (buffer, width, height, format)
fb.fill(0)
fb.blit((bytearray([1, 2, 3, 4]), 2, 2, framebuf.GS8), 4, 2)
show(fb, 10, 6)

# the buffer is shared: writes land in the caller's bytearray
print(bytes(buf[20:30]))
buf[0] = 42
print(fb.pixel(0, 0))
