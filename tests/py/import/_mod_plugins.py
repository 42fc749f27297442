from _mod_registry import register
@register("upper")
def upper(s):
    return s.upper()
@register("rev")
def rev(s):
    return s[::-1]
