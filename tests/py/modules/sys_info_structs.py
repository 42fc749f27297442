# sys.float_info, int_info, hash_info, flags, version_info: named struct sequences.
import sys

fi = sys.float_info
print(fi)
print(fi.max, fi.min, fi.epsilon, fi.dig, fi.mant_dig, fi.max_exp, fi.min_exp)
print(fi.max_10_exp, fi.min_10_exp, fi.radix, fi.rounds, len(fi), fi[0] == fi.max)
print(isinstance(fi, tuple), type(fi).__name__, fi.n_fields, fi.__match_args__[:3])
print(1.0 + fi.epsilon > 1.0, 1.0 + fi.epsilon / 2 == 1.0, fi.max * 2)
try:
    fi.max = 1.0
except AttributeError:
    print("AttributeError")
hi = sys.hash_info
print(hi.width, hi.modulus, hi.inf, hi.nan, hi.imag)
print(hash(float("inf")) == hi.inf, hash(2**61 - 1), hash(hi.modulus + 5), hash(1j) == hi.imag)
print(type(sys.flags).__name__, sys.flags.optimize, sys.flags.debug, sys.flags.isolated)
print(type(sys.int_info).__name__, len(sys.int_info) == 4, sys.int_info.sizeof_digit)
vi = sys.version_info
print(vi[0] == vi.major == 3, vi >= (3,), type(vi.releaselevel).__name__, len(vi))
print(type(sys.builtin_module_names).__name__, "sys" in sys.builtin_module_names)
print(type(sys.executable).__name__, sys.getsizeof([]) > 0)


class Sized:
    def __sizeof__(self):
        return 1000


print(sys.getsizeof(Sized()) >= 1000)
try:
    sys.getsizeof()
except TypeError:
    print("TypeError")
