# struct: integer range errors per code and byte order (C long conversion vs range messages), float overflow rules
import struct
for order in ["@", "<", ">"]:
    for c in "bBhHiIlLqQnN":
        if order != "@" and c in "nN":
            continue
        row = []
        for v in [2**63, -2**63 - 1, 2**64, -1, 128, 70000, 2**31, 2**32, -129, 1.5, "x"]:
            try:
                struct.pack(order + c, v)
                row.append("ok")
            except (struct.error, TypeError, OverflowError) as e:
                row.append("%s:%s" % (type(e).__name__, e))
        print(order + c, " | ".join(row))
for order in ["@", "<", ">"]:
    for c in "efd":
        row = []
        for v in [1e300, -1e300, 65520.0, float("inf"), "x", 10**400]:
            try:
                row.append(struct.pack(order + c, v).hex())
            except (struct.error, TypeError, OverflowError) as e:
                row.append("%s:%s" % (type(e).__name__, e))
        print(order + c, " | ".join(row))
