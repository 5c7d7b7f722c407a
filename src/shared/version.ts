// The package version, printed by --version and written into SARIF; a test keeps it equal to package.json.
export const VERSION = '0.1.0'
