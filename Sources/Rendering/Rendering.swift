// The Rendering module. See README.md in this folder.
