# traceback through generator frames and a comprehension-free loop
def numbers():
    yield 1
    yield 2
    raise StopIteration_like("ran dry")


class StopIteration_like(Exception):
    pass


def consume():
    total = 0
    for n in numbers():
        total += n
        print("got", n)
    return total


consume()
