PKG4_INIT = "pkg4 init"
