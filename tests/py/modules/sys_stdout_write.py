# sys.stdout / sys.stderr writing and interleaving with print
import sys
sys.stdout.write("a")
sys.stdout.write("b\n")
print("c", end="")
sys.stdout.write("d\n")
n = sys.stdout.write("counted\n")
print(n)
sys.stdout.write("")
print("done")
