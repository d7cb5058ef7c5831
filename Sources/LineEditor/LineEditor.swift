// The LineEditor module. See README.md in this folder.
