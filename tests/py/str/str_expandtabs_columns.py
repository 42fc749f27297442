rows = ["name\tqty\tprice", "apple\t3\t1.25", "watermelon\t12\t10.5", "\tindented", "a\tb\tc\td\te"]
for ts in [8, 4, 2, 1]:
    for r in rows:
        print(ts, repr(r.expandtabs(ts)))
print(repr("x\r\ty\n\tz".expandtabs(4)), repr("ab\u3000\tc".expandtabs(4)), repr("\t\t".expandtabs(3)))
