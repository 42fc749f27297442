"""warnings: minimal warning control (frozen). Warnings go to sys.stderr."""

import sys

_filters = []
_seen = set()


def _category_name(category):
    return getattr(category, "__name__", str(category))


def formatwarning(message, category, filename, lineno, line=None):
    """Format a warning the standard way."""
    return "%s:%s: %s: %s\n" % (filename, lineno, _category_name(category), message)


def _action_for(category, text):
    for action, msg, cat in _filters:
        if (cat is None or issubclass(category, cat)) and (not msg or text.startswith(msg)):
            return action
    return "default"


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning (printed to stderr once per message and category)."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    text = str(message)
    action = _action_for(category, text)
    if action == "ignore":
        return
    if action == "error":
        if isinstance(message, Warning):
            raise message
        raise category(text)
    key = (text, category)
    if action in ("default", "once", "module") and key in _seen:
        return
    _seen.add(key)
    sys.stderr.write("%s: %s\n" % (_category_name(category), text))


def warn_explicit(message, category, filename, lineno, module=None, registry=None, module_globals=None, source=None):
    """Issue a warning attributed to filename:lineno."""
    warn(message, category)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a simple filter entry."""
    entry = (action, "", category)
    if append:
        _filters.append(entry)
    else:
        _filters.insert(0, entry)


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Insert a filter entry matching messages starting with message."""
    entry = (action, message, category)
    if append:
        _filters.append(entry)
    else:
        _filters.insert(0, entry)


def resetwarnings():
    """Clear the filters."""
    _filters.clear()


class catch_warnings:
    """Context manager saving and restoring the warning filters."""

    def __init__(self, *, record=False, module=None):
        self._record = record

    def __enter__(self):
        self._saved = list(_filters)
        self._seen = set(_seen)
        if self._record:
            log = []
            global warn
            self._warn = warn

            def _rec(message, category=None, stacklevel=1, source=None):
                if isinstance(message, Warning):
                    category = message.__class__
                log.append(WarningMessage(message, category or UserWarning))

            warn = _rec
            return log
        return None

    def __exit__(self, *exc):
        global warn
        _filters[:] = self._saved
        _seen.clear()
        _seen.update(self._seen)
        if self._record:
            warn = self._warn
        return False


class WarningMessage:
    """A recorded warning."""

    def __init__(self, message, category, filename=None, lineno=None):
        self.message = message if isinstance(message, Warning) else category(message)
        self.category = category
        self.filename = filename
        self.lineno = lineno

    def __str__(self):
        return "{message : %r, category : %r}" % (self.message, _category_name(self.category))
