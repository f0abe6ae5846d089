"""The `dscb` command line: the manager's tools, the local console and the app runner."""
