raise RuntimeError("not a package: never imported")
