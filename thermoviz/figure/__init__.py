"""Figures drawn with Qt from a Result: what the plots, slides and animations paint."""
