# program: command dispatch via dicts and methods (a tiny text adventure)
class Game:
    def __init__(self):
        self.rooms = {
            "hall": {"desc": "a long hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
            "library": {"desc": "dusty shelves", "exits": {"south": "hall"}, "items": ["book", "key"]},
            "kitchen": {"desc": "smells of bread", "exits": {"west": "hall"}, "items": []},
        }
        self.here = "hall"
        self.bag = []
    def do(self, line):
        verb, _, arg = line.partition(" ")
        handler = getattr(self, "cmd_" + verb, None)
        if handler is None:
            return "I don't know how to " + verb
        return handler(arg)
    def cmd_look(self, _):
        room = self.rooms[self.here]
        items = ", ".join(room["items"]) or "nothing"
        return "%s: %s; exits: %s; you see %s" % (self.here, room["desc"], "/".join(sorted(room["exits"])), items)
    def cmd_go(self, direction):
        exits = self.rooms[self.here]["exits"]
        if direction not in exits:
            return "can't go " + direction
        self.here = exits[direction]
        return "you go " + direction
    def cmd_take(self, item):
        items = self.rooms[self.here]["items"]
        try:
            items.remove(item)
        except ValueError:
            return "no %s here" % item
        self.bag.append(item)
        return "taken " + item
    def cmd_inv(self, _):
        return "carrying: " + (", ".join(sorted(self.bag)) or "nothing")
g = Game()
for cmd in ["look", "take lamp", "take sword", "go west", "go north", "look", "take key", "take book", "inv", "dance", "go south", "go east", "look"]:
    print(">", cmd)
    print(g.do(cmd))
