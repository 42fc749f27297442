from .. import beta as parent_beta
