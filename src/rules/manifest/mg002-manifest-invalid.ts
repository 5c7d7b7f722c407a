// MG002: the manifest does not parse or breaks the schema. The loader finds the problems (with exact
// positions); this rule turns each into a finding, so severities and reporting work as for any rule.
import { defineRule } from '../../engine/rule.js'
import { FRAMEWORK_REFS } from '../frameworks.js'

export default defineRule({
  meta: {
    id: 'MG002',
    name: 'manifest-invalid',
    family: 'manifest',
    defaultSeverity: 'error',
    summary:
      'The manifest does not parse, or breaks the schema (types, required fields, unknown keys, bad dates, duplicate ids).',
    frameworks: FRAMEWORK_REFS.MG002
  },
  check({ parsed }) {
    return (parsed?.diagnostics ?? []).map((diagnostic) => ({
      message: diagnostic.message,
      location: diagnostic.location
    }))
  }
})
