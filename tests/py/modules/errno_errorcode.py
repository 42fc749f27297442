# errno constants and errorcode mapping; OSError subclass selection per errno
import errno
names = ["EPERM", "ENOENT", "EIO", "EBADF", "EAGAIN", "ENOMEM", "EACCES", "EEXIST", "ENODEV",
         "ENOTDIR", "EISDIR", "EINVAL", "ENOSPC", "EPIPE", "ETIMEDOUT", "ECONNRESET", "ECONNREFUSED",
         "EINPROGRESS", "EALREADY", "EDEADLK", "ENOTSUP", "EHOSTUNREACH", "EOPNOTSUPP", "EADDRINUSE", "ENOTCONN", "ECONNABORTED"]
for n in names:
    v = getattr(errno, n)
    print(n, v, errno.errorcode[v], type(OSError(v, "x")).__name__)
print(type(errno.errorcode).__name__, errno.errorcode.get(99999), 2 in errno.errorcode)
print(errno.EWOULDBLOCK == errno.EAGAIN)
e = OSError(errno.ENOENT, "gone")
print(e.errno == errno.ENOENT, errno.errorcode[e.errno])
try:
    errno.errorcode[-5]
except KeyError as ex:
    print("KeyError", ex)
