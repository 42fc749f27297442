# program: a validation framework collecting custom exceptions
class ValidationError(Exception):
    def __init__(self, field, msg):
        super().__init__("%s: %s" % (field, msg))
        self.field = field
class Required(ValidationError):
    def __init__(self, field):
        super().__init__(field, "is required")
class BadType(ValidationError):
    pass
class OutOfRange(ValidationError):
    pass
SCHEMA = {"name": (str, None), "age": (int, (0, 150)), "email": (str, None)}
def validate(record):
    errors = []
    for field, (typ, rng) in SCHEMA.items():
        try:
            if field not in record:
                raise Required(field)
            v = record[field]
            if not isinstance(v, typ):
                raise BadType(field, "expected %s, got %s" % (typ.__name__, type(v).__name__))
            if rng and not rng[0] <= v <= rng[1]:
                raise OutOfRange(field, "%r not in %r" % (v, rng))
        except ValidationError as e:
            errors.append(e)
    return errors
records = [
    {"name": "ann", "age": 30, "email": "a@x"},
    {"name": "bob", "age": 200},
    {"age": "old", "email": 5},
    {},
]
for r in records:
    errs = validate(r)
    print(len(errs), [type(e).__name__ for e in errs])
    for e in errs:
        print("   ", e, "|", e.field, isinstance(e, ValidationError), isinstance(e, Exception))
try:
    raise OutOfRange("x", "boom")
except Required:
    print("wrong handler")
except ValidationError as e:
    print("caught", type(e).__name__, e.args)
