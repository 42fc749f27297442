# program: bank accounts with exceptions and class hierarchy
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__("need %d, have %d" % (needed, available))
        self.needed = needed
class Account:
    next_id = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.id = Account.next_id
        Account.next_id += 1
        self.history = []
    def deposit(self, amt):
        if amt <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amt
        self.history.append(("dep", amt))
        return self
    def withdraw(self, amt):
        if amt > self.balance:
            raise InsufficientFunds(amt, self.balance)
        self.balance -= amt
        self.history.append(("wd", amt))
        return self
    def __repr__(self):
        return "<%s #%d %s: %d>" % (type(self).__name__, self.id, self.owner, self.balance)
class Savings(Account):
    rate = 0.02
    def add_interest(self):
        interest = int(self.balance * self.rate)
        self.deposit(interest)
        return interest
class Overdraft(Account):
    def __init__(self, owner, limit):
        super().__init__(owner)
        self.limit = limit
    def withdraw(self, amt):
        if amt > self.balance + self.limit:
            raise InsufficientFunds(amt, self.balance + self.limit)
        self.balance -= amt
        self.history.append(("wd", amt))
        return self
def transfer(src, dst, amt):
    try:
        src.withdraw(amt)
    except InsufficientFunds as e:
        print("transfer failed:", e)
        return False
    dst.deposit(amt)
    return True
a = Account("ann", 100)
s = Savings("sam", 1000)
o = Overdraft("oli", 50)
print(a, s, o)
print(transfer(a, s, 30), transfer(a, s, 500), transfer(o, a, 40), transfer(o, a, 40))
print(a, s, o)
print(s.add_interest(), s)
try:
    a.deposit(-5)
except ValueError as e:
    print("ValueError", e)
for acct in (a, s, o):
    print(acct.owner, acct.history, sum(x for k, x in acct.history if k == "dep"))
accounts = sorted([a, s, o], key=lambda x: x.balance, reverse=True)
print([x.owner for x in accounts], sum(x.balance for x in accounts))
