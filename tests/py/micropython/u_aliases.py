# mprt: exp-manual
# MicroPython u-prefixed module names resolve to the same modules (hand-written .exp)
import utime, time
import uos, os
import uio, io
import ucollections, collections
import urandom, random
print(utime is time, uos is os, uio is io, ucollections is collections, urandom is random)
import uerrno, errno
print(uerrno is errno)
try:
    import unosuchmodule
except ImportError as e:
    print("ImportError")
