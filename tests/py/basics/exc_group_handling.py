# collecting multiple errors and re-raising an aggregate exception (no exception groups)
class MultiError(Exception):
    def __init__(self, errors):
        super().__init__("%d errors" % len(errors))
        self.errors = errors
def run_all(tasks):
    errors, results = [], []
    for name, fn in tasks:
        try:
            results.append((name, fn()))
        except Exception as e:
            errors.append((name, e))
    if errors:
        raise MultiError(errors)
    return results
tasks = [("ok", lambda: 1), ("div", lambda: 1 / 0), ("key", lambda: {}["x"]), ("ok2", lambda: "fine"), ("idx", lambda: [][0])]
try:
    run_all(tasks)
except MultiError as m:
    print(m, [(n, type(e).__name__, str(e)) for n, e in m.errors])
print(run_all(tasks[::3]))
def first_success(fns):
    last = None
    for fn in fns:
        try:
            return fn()
        except Exception as e:
            last = e
    raise RuntimeError("all failed") from last
print(first_success([lambda: 1 / 0, lambda: "second"]))
try:
    first_success([lambda: 1 / 0, lambda: int("x")])
except RuntimeError as e:
    print(e, type(e.__cause__).__name__, e.__cause__)
