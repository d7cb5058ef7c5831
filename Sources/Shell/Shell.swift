// The Shell module. See README.md in this folder.
