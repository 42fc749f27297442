# string module constants: exact contents, lengths and relationships
import string
for n in ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits", "hexdigits", "octdigits", "punctuation", "whitespace", "printable"]:
    v = getattr(string, n)
    print(n, repr(v), len(v), type(v).__name__)
print(string.ascii_letters == string.ascii_lowercase + string.ascii_uppercase)
print(string.printable == string.digits + string.ascii_letters + string.punctuation + string.whitespace)
print(set(string.hexdigits) <= set(string.printable), all(c.isdigit() for c in string.digits))
print(sorted(set(string.punctuation)) == sorted(string.punctuation), "_" in string.punctuation)
print(string.capwords("hello   big world"), string.capwords("a-b c-d", "-"), repr(string.capwords("")))
print(string.capwords(" x\ty\n"), string.capwords("ABC def", None))
try:
    string.capwords(5)
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
