# program: inventory management with dicts, sets, sorting and formatting
inventory = {}
def add(item, qty, price, tags=()):
    entry = inventory.setdefault(item, {"qty": 0, "price": price, "tags": set()})
    entry["qty"] += qty
    entry["price"] = price
    entry["tags"].update(tags)
def remove(item, qty):
    if item not in inventory:
        raise KeyError(item)
    if inventory[item]["qty"] < qty:
        raise ValueError("only %d %s left" % (inventory[item]["qty"], item))
    inventory[item]["qty"] -= qty
    if inventory[item]["qty"] == 0:
        del inventory[item]
add("apple", 10, 0.5, ["fruit", "red"])
add("banana", 24, 0.25, ["fruit", "yellow"])
add("hammer", 2, 12.0, ["tool"])
add("apple", 5, 0.55)
add("nails", 500, 0.01, ["tool", "small"])
for op in [("apple", 3), ("hammer", 5), ("saw", 1), ("hammer", 2)]:
    try:
        remove(*op)
        print("removed", op)
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
def report():
    total = 0.0
    for name in sorted(inventory):
        e = inventory[name]
        value = e["qty"] * e["price"]
        total += value
        print("%-8s %5d x %6.2f = %8.2f  %s" % (name, e["qty"], e["price"], value, ",".join(sorted(e["tags"]))))
    print("total value: %.2f" % total)
report()
by_tag = {}
for name, e in inventory.items():
    for tag in e["tags"]:
        by_tag.setdefault(tag, []).append(name)
print(sorted((t, sorted(n)) for t, n in by_tag.items()))
cheapest = min(inventory, key=lambda k: inventory[k]["price"])
most = max(inventory.items(), key=lambda kv: kv[1]["qty"])[0]
print(cheapest, most, sum(e["qty"] for e in inventory.values()))
