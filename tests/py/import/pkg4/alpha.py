from . import beta
from .beta import B
A = "alpha sees " + B
PKG = __package__
