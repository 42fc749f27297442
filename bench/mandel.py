# float arithmetic: a mandelbrot set escape-time count
def mandel(w, h, maxit):
    total = 0
    for py in range(h):
        y0 = (py / h) * 2.0 - 1.0
        for px in range(w):
            x0 = (px / w) * 3.0 - 2.0
            x = y = 0.0
            it = 0
            while it < maxit and x * x + y * y <= 4.0:
                x, y = x * x - y * y + x0, 2.0 * x * y + y0
                it += 1
            total += it
    return total

print(mandel(120, 80, 60))
