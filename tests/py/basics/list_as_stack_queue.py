# lists as stacks and queues; insert/pop at both ends; rotation
stack = []
for ch in "(a[b]{c}d)":
    if ch in "([{":
        stack.append(ch)
    elif ch in ")]}":
        print("match", stack.pop(), ch)
print(stack)
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = []
    for ch in s:
        if ch in "([{":
            st.append(ch)
        elif ch in pairs:
            if not st or st.pop() != pairs[ch]:
                return False
    return not st
print([balanced(s) for s in ["()", "([]{})", "(]", "((", "", "a(b)c"]])
q = []
for i in range(5):
    q.append(i)
print(q.pop(0), q.pop(0), q)
q.insert(0, "front")
print(q)
def rotate(lst, k):
    k %= len(lst)
    return lst[-k:] + lst[:-k]
print(rotate([1, 2, 3, 4, 5], 2), rotate([1, 2, 3], -1), rotate([1], 5))
def josephus(n, k):
    people = list(range(1, n + 1))
    idx = 0
    order = []
    while people:
        idx = (idx + k - 1) % len(people)
        order.append(people.pop(idx))
    return order
print(josephus(7, 3), josephus(10, 2)[-1])
def rpn(expr):
    st = []
    for tok in expr.split():
        if tok in "+-*/":
            b, a = st.pop(), st.pop()
            st.append({"+": a + b, "-": a - b, "*": a * b, "/": a / b}[tok])
        else:
            st.append(float(tok))
    return st.pop()
print(rpn("3 4 + 2 *"), rpn("5 1 2 + 4 * + 3 -"), rpn("2 3 /"))
