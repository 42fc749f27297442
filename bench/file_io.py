# File I/O: text writes of many short lines, line iteration, readlines,
# binary chunked reads/writes and seek/tell, on a temporary file.
import os

P = "/tmp/_mprt_bench_file_io.txt"
B = "/tmp/_mprt_bench_file_io.bin"
N = 100000


def write_text():
    with open(P, "w") as f:
        for i in range(N):
            f.write("line ")
            f.write(str(i))
            f.write(" some text here\n")


def read_lines():
    n = 0
    total = 0
    with open(P) as f:
        for line in f:
            n += 1
            total += len(line)
    return n, total


def read_all():
    with open(P) as f:
        return len(f.readlines()), len(f.read())


def binary():
    block = bytes(range(256)) * 16
    with open(B, "wb") as f:
        for i in range(2000):
            f.write(block)
    total = 0
    with open(B, "rb") as f:
        while True:
            c = f.read(1000)
            if not c:
                break
            total += len(c)
        f.seek(12345)
        x = f.read(3)
        t = f.tell()
    return total, x, t


for rep in range(3):
    write_text()
    print(read_lines(), read_all(), binary())
print(os.path.getsize(P), os.path.getsize(B))
os.remove(P)
os.remove(B)
