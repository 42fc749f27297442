def helper_fn():
    return "pkg3.helpers.helper_fn"
