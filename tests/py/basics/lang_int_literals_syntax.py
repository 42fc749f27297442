# numeric literal forms and related syntax errors
print(0b1010, 0o17, 0xff, 1_000_000, 0x_ff, 1e3, 1_0.5e-1_0, 0j, 1J, .5, 5.)
print(0B11, 0O7, 0XA, 00, 0_0)
for src in ["012", "1__0", "1_", "0b2", "0o8", "0x", "1e", "0b_", "1.e_1", "09.5j"]:
    try:
        print(src, "->", eval(src))
    except SyntaxError as e:
        print(src, "->", type(e).__name__, e.msg)
print(type(1e0).__name__, type(10 ** 20).__name__, 1_2.3_4)
print(0xdead_beef, 0o1_7, 0b_1_0)
