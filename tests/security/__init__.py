"""Tests that replay the attacks of the security review and show that they fail."""
