"""The Qt-free core: catalogue, domain model, scoring, canonical content. Imports no PySide6."""
