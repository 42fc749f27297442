for spec in ["", "5", "<5", ">5", "^5", "=5", "*<6", "*>6", "*^6", "0>6", "x=7", "05", "+05", "-5", " 5", "+", " ", "-", "+=8", "_^9"]:
    print(repr(spec), repr(format(42, spec)), repr(format(-42, spec)), repr(format(0, spec)))
print(repr(format(True, "5")), repr(format(False, "d")), repr(format(True, "")), repr(format(True, "^7")))
print(repr("{:^4}".format(12345)), repr(f"{7:{'<'}{3}}"), repr(format(10**20, ">25")))
