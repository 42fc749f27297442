value = "pkg3.sub.mod.value"
