"""Vehicle ▸ Edit vehicle…: copy a vehicle, edit every parameter, save it as a user vehicle.  May import the
io/model layers and ``gui.theme``; never ``gui.window`` (the window's menus open the editor)."""
