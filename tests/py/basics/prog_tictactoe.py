# program: tic-tac-toe minimax (exhaustive from a mid-game position)
LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]
def winner(b):
    for a, c, d in LINES:
        if b[a] != " " and b[a] == b[c] == b[d]:
            return b[a]
    return None
calls = 0
def minimax(b, player):
    global calls
    calls += 1
    w = winner(b)
    if w:
        return (1 if w == "X" else -1), None
    if " " not in b:
        return 0, None
    best = None
    for i in range(9):
        if b[i] == " ":
            b[i] = player
            score, _ = minimax(b, "O" if player == "X" else "X")
            b[i] = " "
            if best is None or (player == "X" and score > best[0]) or (player == "O" and score < best[0]):
                best = (score, i)
    return best
def show(b):
    for r in range(3):
        print("|".join(b[r * 3:r * 3 + 3]))
board = list("X O  O X ")
show(board)
print(minimax(board, "X"), calls)
board = list("XX OO    ")
print(minimax(board, "X"), minimax(board, "O"))
board = list("X   O    ")
moves = []
player = "X"
while winner(board) is None and " " in board:
    _, mv = minimax(board, player)
    board[mv] = player
    moves.append(mv)
    player = "O" if player == "X" else "X"
show(board)
print(moves, winner(board))
