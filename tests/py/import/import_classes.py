# importing classes, subclassing across modules, isinstance across import styles
from _mod_classes import Shape, make
import _mod_classes
class Square(Shape):
    sides = 4
print(Square().describe(), make("triangle").describe())
t = make("triangle")
print(isinstance(t, _mod_classes.Triangle), isinstance(t, Shape), _mod_classes.Shape is Shape)
print(type(t).__name__, type(t).__module__, Square.__module__)
