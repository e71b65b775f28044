"""Intake: the facts a pasted customer message states (IDs, ARNs, regions, times, severity)."""
