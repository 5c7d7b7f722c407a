// The policy file's JSON Schema, for editors (yaml-language-server) and for docs. Generated from the
// zod schema so the two cannot disagree; the committed copy is checked by a test.
import { z } from 'zod'
import { PolicyFileSchema } from './schema.js'

export const POLICY_SCHEMA_FILE = 'schema/model-governance-policy.schema.json'

export function buildPolicyJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(PolicyFileSchema, { target: 'draft-07', io: 'input' })
  return { $schema, title: 'Model Governance Gate policy', ...rest }
}

/** The file's exact committed text: pretty JSON with a trailing newline. */
export function policyJsonSchemaText(): string {
  return `${JSON.stringify(buildPolicyJsonSchema(), null, 2)}\n`
}
