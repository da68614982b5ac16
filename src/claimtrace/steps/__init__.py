"""Pipeline steps: parse -> actors -> places -> times -> quantities -> claims."""
