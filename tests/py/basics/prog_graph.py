# program: graph algorithms (BFS, DFS, topological sort, Dijkstra without heapq)
graph = {
    "a": ["b", "c"],
    "b": ["d"],
    "c": ["d", "e"],
    "d": ["f"],
    "e": ["f"],
    "f": [],
}
def bfs(g, start):
    seen, order, queue = {start}, [], [start]
    while queue:
        n = queue.pop(0)
        order.append(n)
        for m in g[n]:
            if m not in seen:
                seen.add(m)
                queue.append(m)
    return order
def dfs(g, n, seen=None):
    if seen is None:
        seen = []
    seen.append(n)
    for m in g[n]:
        if m not in seen:
            dfs(g, m, seen)
    return seen
def topo(g):
    indeg = {n: 0 for n in g}
    for n in g:
        for m in g[n]:
            indeg[m] += 1
    ready = sorted(n for n in g if indeg[n] == 0)
    out = []
    while ready:
        n = ready.pop(0)
        out.append(n)
        for m in g[n]:
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
                ready.sort()
    return out
print(bfs(graph, "a"), dfs(graph, "a"), topo(graph))
weighted = {"A": {"B": 7, "C": 9, "F": 14}, "B": {"A": 7, "C": 10, "D": 15}, "C": {"A": 9, "B": 10, "D": 11, "F": 2},
            "D": {"B": 15, "C": 11, "E": 6}, "E": {"D": 6, "F": 9}, "F": {"A": 14, "C": 2, "E": 9}}
def dijkstra(g, src):
    dist = {n: float("inf") for n in g}
    prev = {}
    dist[src] = 0
    todo = set(g)
    while todo:
        u = min(sorted(todo), key=lambda n: dist[n])
        todo.remove(u)
        for v, w in g[u].items():
            if dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
                prev[v] = u
    return dist, prev
dist, prev = dijkstra(weighted, "A")
print(sorted(dist.items()))
path, n = [], "E"
while n != "A":
    path.append(n)
    n = prev[n]
print(["A"] + path[::-1])
def count_components(edges, n):
    parent = list(range(n))
    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x
    for a, b in edges:
        parent[find(a)] = find(b)
    return len({find(i) for i in range(n)})
print(count_components([(0, 1), (1, 2), (3, 4)], 6))
