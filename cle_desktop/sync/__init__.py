"""Change log, hybrid logical clock, device identity, bundles and merge."""
