# uncaught exception several recursive frames deep (no repetition folding needed)
def countdown(n):
    if n == 0:
        raise RuntimeError("liftoff failed")
    countdown(n - 1)


countdown(2)
