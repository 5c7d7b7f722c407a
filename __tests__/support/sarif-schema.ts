// The OASIS SARIF 2.1.0 JSON schema (draft-04), as published on SchemaStore and shipped by Microsoft's
// @microsoft/jest-sarif (the one npm package that carries the schema file itself), compiled with ajv.
// Its `language` pattern is not a valid Unicode regular expression and one of its `required` lists
// names a property it does not define, hence the two relaxed ajv options.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import Ajv04Module from 'ajv-draft-04'
import addFormatsModule from 'ajv-formats'

// Both packages are CommonJS: under NodeNext the class and the plugin are the modules' `default`.
const Ajv04 = Ajv04Module.default
const addFormats = addFormatsModule.default

export const SARIF_SCHEMA_FILE = createRequire(import.meta.url).resolve(
  '@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'
)

export function sarifValidator() {
  const ajv = new Ajv04({ allErrors: true, strict: true, strictRequired: false, unicodeRegExp: false })
  addFormats(ajv)
  return ajv.compile(JSON.parse(readFileSync(SARIF_SCHEMA_FILE, 'utf8')))
}
