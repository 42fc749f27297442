# sys.argv and sys.path types
import sys
print(type(sys.argv).__name__, len(sys.argv))
print(all(isinstance(a, str) for a in sys.argv))
print(sys.argv[0].replace("\\", "/").split("/")[-1])
print(type(sys.path).__name__, all(type(p) is str for p in sys.path))
import os
here = os.path.dirname(os.path.abspath(__file__))
print(sys.path[0] == here or os.path.abspath(sys.path[0]) == here)
sys.path.append("/nonexistent_t1_dir")
print(sys.path[-1])
sys.path.pop()
sys.argv.append("extra")
print(sys.argv[-1], len(sys.argv))
