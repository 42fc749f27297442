# SystemExit with a string prints it to stderr; no traceback
import sys


def main():
    print("about to exit")
    sys.exit("fatal: configuration missing")


main()
print("not reached")
