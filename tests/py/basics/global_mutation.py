# module-level state modified from functions and classes
CONFIG = {"level": 1}
HISTORY = []
COUNT = 0
def record(event):
    HISTORY.append(event)
def bump():
    global COUNT
    COUNT += 1
    return COUNT
def reconfigure(**kw):
    CONFIG.update(kw)
class Service:
    def start(self):
        record("start")
        bump()
        reconfigure(level=CONFIG["level"] + 1)
s = Service()
s.start()
s.start()
print(CONFIG, HISTORY, COUNT)
def rebinding():
    CONFIG = {"local": True}
    return CONFIG
print(rebinding(), CONFIG)
def shadow_then_global():
    x = globals()["COUNT"]
    return x * 100
print(shadow_then_global())
globals()["DYNAMIC"] = "made via globals()"
print(DYNAMIC)
