import { readFileSync } from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import { Ajv } from 'ajv'
import { parse } from 'yaml'
import {
  buildPolicyJsonSchema,
  POLICY_SCHEMA_FILE,
  policyJsonSchemaText
} from '../../src/policy/json-schema.js'

const EXAMPLE = `
version: 1
mode: enforce
default_tier: medium
governance_approvers: ["@acme/ml-governance"]
new_model_self_approval: false
rules:
  MG403: warning
tiers:
  high:
    require: [data, approvals, evaluation, rollback, monitoring, justification]
    min_approvals: 2
    threshold_kinds: [quality, safety, leakage]
    rollback_drill_max_age_days: 90
    monitoring_signals: [drift, leakage]
    identity_max_lifetime_days: 365
    justification_evidence: true
    redaction_required: false
detect:
  builtin: true
  paths: []
  labels: [fine-tune]
  ignore: []
`

describe('the policy JSON Schema', () => {
  it('is committed up to date (if not: run `npm run schema`)', () => {
    const committed = readFileSync(new URL(`../../${POLICY_SCHEMA_FILE}`, import.meta.url), 'utf8')
    expect(committed).toBe(policyJsonSchemaText())
  })

  it('accepts the documented example and refuses what the zod schema refuses', () => {
    const validate = new Ajv({ strict: false }).compile(buildPolicyJsonSchema())
    expect(validate(parse(EXAMPLE))).toBe(true)
    expect(validate({ version: 1, rules: { MG002: 'off' } })).toBe(false)
    expect(validate({ version: 1, rules: { MG999: 'off' } })).toBe(false)
    expect(validate({ version: 1, tiers: { high: { min_aprovals: 2 } } })).toBe(false)
    expect(validate({ mode: 'warn' })).toBe(false)
  })
})
