from .mod import value
from ..helpers import helper_fn
