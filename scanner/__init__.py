"""Listing self-check scanner."""
__version__ = "0.1.0"
