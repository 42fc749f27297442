# mprt: exp-manual
# poly(): convex, concave and self-crossing shapes, coordinate array types, clipping.
import framebuf, array

W, H = 16, 12
buf = bytearray(W * H)
fb = framebuf.FrameBuffer(buf, W, H, framebuf.GS8)

def rows():
    return "/".join("".join(".#"[fb.pixel(x, y) != 0] for x in range(W)) for y in range(H))

SHAPES = [
    [0, 0, 10, 0, 10, 8, 0, 8],             # rectangle
    [5, 0, 10, 9, 0, 9],                    # triangle
    [0, 0, 12, 2, 3, 5, 12, 9, 0, 11],      # concave zigzag
    [0, 0, 10, 10, 10, 0, 0, 10],           # bow tie (self-crossing)
    [3, 3],                                 # single point
    [1, 1, 9, 1],                           # flat line
    [2, 0, 2, 9, 2, 4],                     # vertical, degenerate
    [-4, -3, 20, 4, 6, 15],                 # clipped on all sides
    [7, 0, 9, 5, 14, 5, 10, 8, 12, 13, 7, 10, 2, 13, 4, 8, 0, 5, 5, 5],  # star
]
for pts in SHAPES:
    fb.fill(0)
    fb.poly(1, 0, array.array("h", pts), 1)
    a = rows()
    fb.fill(0)
    fb.poly(1, 0, array.array("h", pts), 1, True)
    print(a, rows())
# other array types and an empty array
for code in ("b", "B", "i", "H", "l"):
    fb.fill(0)
    fb.poly(0, 0, array.array(code, [1, 1, 8, 2, 4, 7]), 1, True)
    print(code, rows())
fb.fill(0)
fb.poly(0, 0, array.array("h"), 1, True)
fb.poly(0, 0, array.array("h"), 1)
print(sum(buf))
fb.poly(0, 0, bytes([1, 1, 8, 2, 4, 7]), 1)
print(rows())
fb.fill(0)
fb.poly(-2, 3, array.array("h", [0, 0, 5, 0, 5, 5]), 1)
print(rows())
