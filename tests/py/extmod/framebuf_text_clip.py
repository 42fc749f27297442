# mprt: exp-manual
# text(): font-independent checks. Clipped text equals a shifted window of
# unclipped text; colour and format handling; non-ASCII characters.
import framebuf

F = framebuf
BIG = 40

def render(s, x, y, w, h, fmt=F.GS8, col=1):
    fb = F.FrameBuffer(bytearray(w * h * 2), w, h, fmt)
    fb.text(s, x, y, col)
    return fb

ref = render("Hi!", 10, 10, BIG, BIG)
for x, y in ((0, 0), (-3, -2), (-10, 4), (5, -7), (20, 1), (-24, 0), (0, -8), (30, 30)):
    small = render("Hi!", x, y, 12, 6)
    same = all(small.pixel(i, j) == (ref.pixel(i - x + 10, j - y + 10) or 0) for i in range(12) for j in range(6))
    print(x, y, same)

refa = render("A", 0, 0, 8, 8)
for fmt, col in ((F.MONO_VLSB, 1), (F.MONO_HLSB, 1), (F.MONO_HMSB, 1), (F.GS2_HMSB, 2), (F.GS4_HMSB, 9),
                 (F.GS8, 200), (F.RGB565, 0xF81F)):
    fb = render("A", 0, 0, 8, 8, fmt, col)
    vals = set(fb.pixel(i, j) for i in range(8) for j in range(8))
    same = all((fb.pixel(i, j) != 0) == (refa.pixel(i, j) != 0) for i in range(8) for j in range(8))
    print(fmt, sorted(vals), same)

# each character is 8 pixels wide, text is drawn over existing pixels only where set
fb = F.FrameBuffer(bytearray(32 * 8), 32, 8, F.GS8)
fb.fill(5)
fb.text("    ", 0, 0, 1)
print(sum(fb.pixel(i, j) for i in range(32) for j in range(8)) == 5 * 256)
fb.text("ab", 8, 0, 0)
print(all(fb.pixel(i, j) == 5 for i in list(range(8)) + list(range(24, 32)) for j in range(8)))
# characters outside ASCII 32..127 all use the same glyph
a = render("\x01", 0, 0, 8, 8)
b = render("\xe9"[0], 0, 0, 8, 8)
c = render("\x7f", 0, 0, 8, 8)
print(bytes(a) == bytes(c), bytes(render("\n", 0, 0, 8, 8)) == bytes(c), len(bytes(b)))
print(render("", 0, 0, 8, 8).pixel(0, 0))
