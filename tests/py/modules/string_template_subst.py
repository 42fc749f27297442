from string import Template

t = Template("Hi $name, you owe $$${amount}. ${name}!")
print(t.substitute(name="Ann", amount=5), t.substitute({"name": "Bo", "amount": 1.5}))
print(t.substitute({"name": "Cy", "amount": 0}, amount=9))
print(t.safe_substitute(name="Di"), t.safe_substitute())
print(t.get_identifiers(), t.is_valid(), Template("$ x").is_valid())
for bad in ["$", "a $1", "x\ny ${", "${a b}", "end $"]:
    try:
        Template(bad).substitute(a=1)
    except ValueError as e:
        print(repr(bad), "ValueError", e)
    print(repr(Template(bad).safe_substitute(a=1)))
try:
    Template("$missing").substitute()
except KeyError as e:
    print("KeyError", e)
try:
    Template("x").substitute({}, {})
except TypeError as e:
    print("TypeError", e)
print(Template("$a$b_c${d}e").substitute(a=1, b_c=2, d=3), Template("$é").safe_substitute())
print(t.template)
class Pct(Template):
    delimiter = "%"
print(Pct("%who is %%100").substitute(who="x"))
