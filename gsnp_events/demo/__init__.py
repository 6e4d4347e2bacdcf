"""Demo assembly data and seeding."""
