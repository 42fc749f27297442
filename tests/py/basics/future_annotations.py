from __future__ import annotations
import __future__
x1: (int, str)
x2: Dict[str,  int]
x3: int|None
x4: 'Foo'
x5: typing.List[int]
x6: Callable[[int, str], bool]
x7: tuple[int, ...]
x8: (a + b) * c
x9: a - (b - c)
x10: -x ** 2
x11: (-x) ** 2
x12: f(a, *b, k=1, **d)
x13: x[1:2, ::3]
x14: 1.5
x15: b'\x00a'
x16: a if b else c
x17: not a and b
x18: "it's"
x19: {'a': 1, **m}
x20: x[()]
x21: x[(1,)]
def f(a: A[B], *args: int, k: C = 1, **kw: D) -> E | None: pass
for k, v in __annotations__.items():
    print(k, repr(v))
print(f.__annotations__)
print(__future__.annotations, __future__.division.getMandatoryRelease())
print(__future__.all_feature_names[-1])
