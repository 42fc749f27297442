import unittest


class Gamma(unittest.TestCase):
    def test_sub(self):
        pass
