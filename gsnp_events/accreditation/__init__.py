"""Accreditation: the one state machine of a registration (workflow.py) and the places it uses
(places.py: capacity, quotas, limits, the waiting list and the lock that guards them)."""
