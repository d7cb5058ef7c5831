// The Simulation module. See README.md in this folder.
