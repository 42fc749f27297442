NAME = __name__
def whoami():
    return __name__
if __name__ == "__main__":
    print("never when imported")
