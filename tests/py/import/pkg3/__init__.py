__all__ = ["visible"]
visible = "pkg3.visible"
hidden = "pkg3.hidden"
