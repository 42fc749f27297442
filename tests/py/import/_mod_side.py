print("_mod_side executing")
loads = 1
value = "original"
