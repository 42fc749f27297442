# traceback of an implicitly chained exception (error while handling another)
def cleanup(resource):
    raise RuntimeError("cleanup of %s failed" % resource)


def work():
    d = {}
    try:
        d.pop("missing")
    except KeyError:
        cleanup("db")


work()
