"""Offline gazetteer data and its build script (see PROVENANCE.md)."""
