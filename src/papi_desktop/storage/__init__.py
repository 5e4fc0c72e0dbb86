"""Storage: the one repository over SQLite (sqlite-utils), numbered migrations, database settings."""
