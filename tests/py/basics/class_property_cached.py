# computed attributes: lazy caching through the instance dict, functools.cached_property
import functools


class Lazy:
    def __init__(self):
        self.calls = 0

    @functools.cached_property
    def value(self):
        self.calls += 1
        return self.calls * 100


z = Lazy()
print(z.value, z.value, z.calls, "value" in vars(z))
del z.value
print(z.value, z.calls)
z.value = 5
print(z.value)


class Manual:
    @property
    def data(self):
        try:
            return self._data
        except AttributeError:
            print("computing")
            self._data = [1, 2, 3]
            return self._data


m = Manual()
print(m.data, m.data is m.data)
