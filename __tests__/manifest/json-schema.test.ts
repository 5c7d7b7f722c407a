import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from '@jest/globals'
import { Ajv } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { parse } from 'yaml'
import { buildManifestJsonSchema } from '../../src/manifest/json-schema.js'
import { fixture, minimal } from './helpers.js'

// ajv (the draft-07 class) and ajv-formats are CommonJS: under NodeNext the plugin is the module's `default`.
const addFormats = addFormatsModule.default

const committedPath = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'schema',
  'model-governance.schema.json'
)

function validator() {
  const ajv = new Ajv({ allErrors: true, strict: true })
  addFormats(ajv)
  return ajv.compile(buildManifestJsonSchema())
}

describe('the manifest JSON Schema', () => {
  it('matches the committed schema/model-governance.schema.json', () => {
    const expected = `${JSON.stringify(buildManifestJsonSchema(), null, 2)}\n`
    const committed = readFileSync(committedPath, 'utf8')
    if (committed !== expected)
      throw new Error('schema/model-governance.schema.json is stale: run `npm run schema`')
  })

  it('is draft-07 with an id, a title and a description', () => {
    const schema = buildManifestJsonSchema()
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#')
    expect(schema.$id).toMatch(/^https:\/\/.+\/model-governance\.schema\.json$/)
    expect(schema.title).toBe('model-governance.yml')
    expect(typeof schema.description).toBe('string')
    expect(schema.additionalProperties).toBe(false)
  })

  it('accepts the complete example of manifest.md', () => {
    const validate = validator()
    expect(validate(parse(fixture('complete.yml')))).toBe(true)
    expect(validate.errors ?? []).toEqual([])
  })

  it('rejects an unknown key, an impossible date and a bad handle, as the parser does', () => {
    const validate = validator()
    expect(validate(parse(minimal(['evaluation:', '  tresholds: []'])))).toBe(false)
    expect(validate.errors?.[0]).toMatchObject({
      keyword: 'additionalProperties',
      params: { additionalProperty: 'tresholds' }
    })
    expect(validate(parse(minimal(['rollback:', '  tested_at: 2026-02-30'])))).toBe(false)
    expect(validate(parse(minimal().replace('"@acme/ml"', 'acme')))).toBe(false)
  })
})
