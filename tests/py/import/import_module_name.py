# __name__ of main script vs imported modules; module globals are separate
import _mod_name
print(__name__, _mod_name.NAME, _mod_name.whoami())
NAME = "main's NAME"
print(NAME, _mod_name.NAME)
import pkg.sub
print(pkg.sub.__name__, pkg.__name__)
if __name__ == "__main__":
    print("running as main")
