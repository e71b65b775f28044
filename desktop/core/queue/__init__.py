"""The work queue: each case's timeline, when its next answer is due, and the shift handover."""
