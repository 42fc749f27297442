# program: deterministic text generation with a word-level Markov chain and an LCG
corpus = ("the cat sat on the mat the cat ate the rat the rat sat on the cat "
          "a dog sat on a log the dog ate a frog").split()
chain = {}
for a, b in zip(corpus, corpus[1:]):
    chain.setdefault(a, []).append(b)
print(sorted((k, sorted(set(v))) for k, v in chain.items())[:5])
state = 12345
def rand(n):
    global state
    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
    return state % n
word = "the"
out = [word]
for _ in range(20):
    nxt = chain.get(word)
    if not nxt:
        break
    word = nxt[rand(len(nxt))]
    out.append(word)
print(" ".join(out))
bigrams = {}
for a, b in zip(corpus, corpus[1:]):
    bigrams[a, b] = bigrams.get((a, b), 0) + 1
print(sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
