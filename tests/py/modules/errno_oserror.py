# OSError / errno without touching the filesystem state
import errno
print(errno.ENOENT, errno.EEXIST, errno.EINVAL, errno.EAGAIN > 0)
try:
    open("/definitely/not/a/real/path/xyz.txt")
except OSError as e:
    print(type(e).__name__ in ("FileNotFoundError", "OSError"), e.errno == errno.ENOENT, e.args[0] == errno.ENOENT)
e = OSError(errno.EINVAL, "bad arg")
print(e.errno == errno.EINVAL, e.args[1])
print(issubclass(FileNotFoundError, OSError))
