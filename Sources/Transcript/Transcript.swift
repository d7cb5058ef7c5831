// The Transcript module. See README.md in this folder.
