"""The main window and what it owns: scenario controls and their inputs, session state and undo history,
the action table (menus, shortcuts), file actions, settings, dialogs, presentation mode, status notes and the
crew worker.  The top of the GUI: it may import every feature folder (map, lesson, schematic, vehicle, plots);
none of them imports it."""
