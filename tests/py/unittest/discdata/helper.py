raise RuntimeError("never imported by discovery")
