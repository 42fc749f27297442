# underscores in int() strings and literals
print(int("1_000"), int("1_0_0"), int("0x_ff", 16), int("0b_1_0", 0), int("0o_7", 0), int("f_f", 16))
print(1_000_000, 0x_dead_beef, 0b_1111_0000, 0o_777, 1_0.5, 1e1_0)
def bad(s, *b):
    try:
        print(int(s, *b))
    except ValueError as e:
        print("ValueError", e)
bad("_1")
bad("1_")
bad("1__0")
bad("0_x1", 0)
bad("0x__1", 16)
bad("0x1_", 16)
bad("1_000_", 10)
bad("_")
bad("0_0_7", 0)
bad("00_1", 0)
bad("1_2", 0)
print(float("1_0.5"), float("1e1_0"), float("1_0"))
for s in ["_1.0", "1._0", "1.0_", "1e_1", "1__0.0"]:
    try:
        print(float(s))
    except ValueError as e:
        print("ValueError", e)
