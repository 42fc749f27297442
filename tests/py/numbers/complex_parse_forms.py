# complex() string parsing
for s in ["1", "1j", "-j", "+j", "1+j", "1-j", "(1+2j)", " ( 3-4j ) ", "1.5e3+2.5E-1j", "inf", "-infj",
          "nan+nanj", "1e400", "0j", "-0-0j", "1_000+2_0j", "J", "2J", ".5j", "5.j"]:
    print(repr(s), complex(s))
def bad(s):
    try:
        print(complex(s))
    except ValueError as e:
        print("ValueError", e)
for s in ["", " ", "1+", "1+2", "j1", "1 + 2j", "(1+2j", "1+2j)", "1jj", "1+2j+3", "abc", "--1", "()"]:
    bad(s)
try:
    complex("1", "2")
except TypeError as e:
    print("TypeError", e)
try:
    complex(b"1")
except TypeError as e:
    print("TypeError", e)
