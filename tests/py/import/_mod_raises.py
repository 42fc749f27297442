x = 1
raise ValueError("module init failed")
