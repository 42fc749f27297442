from ..beta import public
from . import parent_beta
DEEP = public() + "+" + parent_beta.B
