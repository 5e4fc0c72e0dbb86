"""The Qt GUI. The only room that imports PySide6."""
