for s in ["a", "ab", "日本", "é", ""]:
    print("[" + s.center(6, "·") + "]", "[" + s.ljust(5, "—") + "]", "[" + s.rjust(5, "日") + "]", "[" + s.center(5, "\U0001f600") + "]")
print(format("x", "·^7"), format("日", "—<4"), format(5, "é>4"), format(1.5, "日^9.2f"), f"{'t':\U0001f600>3}")
for fill in ["ab", "", b"x"]:
    try:
        print("x".center(5, fill))
    except TypeError as e:
        print(type(e).__name__, e)
