class S(str):
    def __eq__(self, other):
        return "custom-eq"
    __hash__ = str.__hash__
print(S("a") == "a", "a" == S("a"), S("a") != "a", "a" in [S("a")], S("a") < "b")
class T(str):
    pass
print(T("a") == "a", T("a") < "b", sorted([T("b"), "a", T("c")]), max(T("x"), "y"))
print("abc" < "abd" < "abe", "b" > "a" > "", "a" <= "a" >= "a", ("a", 1) < ("a", 2), ["b"] > ["a", "z"])
print("Z" < "a", "é" > "z", "\U0001f600" > "\uffff", "10" < "9", "abc".__lt__("abd"), "a".__gt__(1))
print(sorted(["b", "B", "a", "A", "_", "1", "é", " "]), sorted(["ab", "a", "abc", ""], key=len, reverse=True))
