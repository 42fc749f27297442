# traceback lines name the function (not the qualified name) for methods
class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        self._check(amount)
        self.balance -= amount

    @staticmethod
    def _check_static(amount):
        raise ArithmeticError("insufficient funds for %d" % amount)

    def _check(self, amount):
        if amount > self.balance:
            Account._check_static(amount)


acct = Account(10)
acct.withdraw(5)
print("balance", acct.balance)
acct.withdraw(50)
