"""The Containers page's editor for one container, split by form section."""
