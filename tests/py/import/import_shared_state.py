# modules share state through a common imported module (plugin registry)
import _mod_registry
print(sorted(_mod_registry.REGISTRY))
import _mod_plugins
print(sorted(_mod_registry.REGISTRY))
for name in sorted(_mod_registry.REGISTRY):
    print(name, _mod_registry.REGISTRY[name]("Plugin"))
from _mod_registry import REGISTRY, register
@register("len")
def length(s):
    return len(s)
print(sorted(REGISTRY), REGISTRY is _mod_registry.REGISTRY, REGISTRY["len"]("four"))
