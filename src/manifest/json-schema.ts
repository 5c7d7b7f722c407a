// The JSON Schema editors use to check `model-governance.yml` as it is typed. Generated from the zod
// schema so that the two never disagree; draft-07 because it is what editors support best.
import { z } from 'zod'
import { ManifestSchema } from './schema.js'

export const MANIFEST_SCHEMA_ID =
  'https://raw.githubusercontent.com/model-governance/model-governance-gate/main/schema/model-governance.schema.json'

export function buildManifestJsonSchema(): Record<string, unknown> {
  // `io: 'input'` describes what a user writes: fields with a default are optional.
  const generated = z.toJSONSchema(ManifestSchema, { target: 'draft-07', io: 'input' }) as Record<
    string,
    unknown
  >
  const { $schema, description, ...rest } = generated
  return { $schema, $id: MANIFEST_SCHEMA_ID, title: 'model-governance.yml', description, ...rest }
}
