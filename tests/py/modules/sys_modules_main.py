# sys.modules['__main__'] is the running script
import sys
main = sys.modules["__main__"]
TOP = "top-level"
print(main.TOP, main.__name__)
print(type(main).__name__)
main.ADDED = 5
print(ADDED)
print(sys.modules["sys"] is sys)
print(isinstance(sys.modules, dict))
print("builtins" in sys.modules)
import builtins
print(sys.modules["builtins"] is builtins, builtins.len is len)
print(sys.modules.get("surely_not_loaded_t1") is None)
