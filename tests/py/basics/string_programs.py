# small string algorithms
def is_anagram(a, b):
    norm = lambda s: sorted(c for c in s.lower() if c.isalpha())
    return norm(a) == norm(b)
print(is_anagram("Listen", "Silent"), is_anagram("abc", "abd"), is_anagram("Dormitory", "dirty room"))
def longest_common_prefix(words):
    if not words:
        return ""
    p = words[0]
    for w in words[1:]:
        while not w.startswith(p):
            p = p[:-1]
    return p
print(repr(longest_common_prefix(["flower", "flow", "flight"])), repr(longest_common_prefix(["a", "b"])), repr(longest_common_prefix([])))
def reverse_words(s):
    return " ".join(reversed(s.split()))
print(reverse_words("  the sky  is blue "))
def vowel_count(s):
    return {v: s.lower().count(v) for v in "aeiou"}
print(vowel_count("Programming Language"))
def compress_spaces(s):
    out = []
    prev_space = False
    for ch in s:
        if ch == " ":
            if not prev_space:
                out.append(ch)
            prev_space = True
        else:
            out.append(ch)
            prev_space = False
    return "".join(out)
print(repr(compress_spaces("a   b  c    d")))
def char_histogram(s):
    counts = {}
    for ch in s:
        if ch != " ":
            counts[ch] = counts.get(ch, 0) + 1
    for ch in sorted(counts, key=lambda c: (-counts[c], c)):
        print(ch, "*" * counts[ch])
char_histogram("hello world")
def camel_to_snake(name):
    out = ""
    for i, ch in enumerate(name):
        if ch.isupper() and i:
            out += "_"
        out += ch.lower()
    return out
print([camel_to_snake(n) for n in ["camelCase", "HTTPServer", "simple", "getHTTPResponseCode"]])
def snake_to_camel(name):
    parts = name.split("_")
    return parts[0] + "".join(p.title() for p in parts[1:])
print([snake_to_camel(n) for n in ["snake_case_name", "x", "a_b_c"]])
