"""The Revisions window, the Compare view, Prune and Run once (GUI of issue 17)."""
