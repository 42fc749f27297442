# os.getenv / environ / urandom / sep / constants
import os
os.environ["MPRT_TEST_VAR"] = "value1"
print(os.getenv("MPRT_TEST_VAR"), os.getenv("MPRT_NOT_SET_XYZ"), os.getenv("MPRT_NOT_SET_XYZ", "dflt"))
print(os.environ.get("MPRT_TEST_VAR"), "MPRT_TEST_VAR" in os.environ)
del os.environ["MPRT_TEST_VAR"]
print(os.getenv("MPRT_TEST_VAR"), "MPRT_TEST_VAR" in os.environ)
try:
    os.environ["MPRT_NOT_SET_XYZ"]
except KeyError as e:
    print("KeyError", e)
r = os.urandom(16)
print(type(r).__name__, len(r), len(os.urandom(0)), os.urandom(1000) != os.urandom(1000))
try:
    os.urandom(-1)
except ValueError as e:
    print("ValueError", e)
try:
    os.urandom("3")
except TypeError as e:
    print("TypeError", e)
print(os.sep, os.curdir, os.pardir, os.extsep, os.altsep, os.pathsep, os.devnull)
print(callable(os.getcwd), os.path.sep == os.sep)
