"""The guided lesson in the window (Help ▸ Lesson, first start).  May import the io/figure layers and
``gui.theme``; never ``gui.window`` (the window and the app open the lesson)."""
