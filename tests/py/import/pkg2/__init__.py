print("pkg2 init running")
from . import alpha
from .alpha import CONST as ALPHA_CONST
initialized = True
