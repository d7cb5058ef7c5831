// The ScenarioFile module. See README.md in this folder.
