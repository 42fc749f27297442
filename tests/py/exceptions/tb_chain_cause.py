# traceback of an explicitly chained exception (raise ... from ...)
class ConfigError(Exception):
    pass


def parse(text):
    if not text.isdigit():
        raise ValueError("invalid number %r" % text)


def load(text):
    try:
        parse(text)
    except ValueError as e:
        raise ConfigError("bad config value %r" % text) from e


print("loading")
load("12")
load("x1")
