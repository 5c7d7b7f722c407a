import { describe, expect, it } from '@jest/globals'
import rule from '../../../src/rules/data/mg103-dataset-redaction-missing.js'
import { check, COMPLETE, policyFrom, without, at } from '../context.js'

const DATASET = 'id: tickets-2026q3'
const NO_REDACTION = without(COMPLETE, 'redaction:', true)
const REQUIRED = policyFrom('tiers:\n  high:\n    redaction_required: true\n')

/** The complete manifest with a second dataset (`extra` lines) appended to its datasets. */
const withSecondSet = (purpose: string, extra = '') =>
  COMPLETE.replace(
    '\n    approvals:',
    `      - id: second-set
        purpose: ${purpose}
        path: training/support-triage/second.jsonl
        sha256: 2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae
${extra}
    approvals:`
  )

const PROMPT_MODEL = `version: 1
models:
  - id: faq-bot
    owner: "@acme/support"
    approach: prompt
    approvals:
      approvers: ["@dave"]
    datasets:
      - id: faq-examples
        path: prompts/faq-examples.jsonl
        personal_data: true
`

describe('MG103 dataset-redaction-missing', () => {
  it('passes the complete manifest', () => {
    expect(check(rule, COMPLETE)).toEqual([])
    expect(check(rule, COMPLETE, { policy: REQUIRED })).toEqual([])
  })

  it('fires once at the dataset when personal data has no redaction record', () => {
    expect(check(rule, NO_REDACTION)).toEqual([
      {
        message:
          'Dataset tickets-2026q3 of model support-triage is declared to contain personal data but has no redaction record; add `redaction:` with `method`, `verified_by` and `verified_at`.',
        model: 'support-triage',
        location: expect.objectContaining(at(NO_REDACTION, DATASET)) as unknown
      }
    ])
  })

  it.each(['method', 'verified_by', 'verified_at'])(
    'fires once at `redaction` when it has no %s',
    (field) => {
      const yaml = without(COMPLETE, `${field}:`)
      const hits = check(rule, yaml)
      expect(hits).toHaveLength(1)
      expect(hits[0]?.message).toMatch(
        new RegExp(
          `^The redaction record of dataset tickets-2026q3 of model support-triage has no ${field}; add \`${field}:\``
        )
      )
      expect(hits[0]?.location).toMatchObject(at(yaml, 'redaction:'))
    }
  )

  it('lists every missing field of the record in ONE hit', () => {
    const yaml = without(without(COMPLETE, 'method: emails'), 'verified_at: 2026-10-03')
    const hits = check(rule, yaml)
    expect(hits).toHaveLength(1)
    expect(hits[0]?.message).toMatch(
      /has no method or verified_at; add `method:` .* and `verified_at:` .*\.$/
    )
    expect(hits[0]?.location).toMatchObject(at(yaml, 'redaction:'))
  })

  it('treats an empty record as missing all three fields', () => {
    const yaml = without(NO_REDACTION, 'personal_data: true').replace(
      'collected_at: 2026-10-01',
      'collected_at: 2026-10-01\n        personal_data: true\n        redaction: {}'
    )
    const hits = check(rule, yaml)
    expect(hits).toHaveLength(1)
    expect(hits[0]?.message).toContain('has no method, verified_by or verified_at;')
    expect(hits[0]?.location).toMatchObject(at(yaml, '{}'))
  })

  it('leaves data that is not declared personal to MG105 when the tier does not require redaction', () => {
    expect(check(rule, NO_REDACTION.replace('personal_data: true', 'personal_data: false'))).toEqual([])
    expect(check(rule, without(NO_REDACTION, 'personal_data: true'))).toEqual([])
  })

  it('requires a record of every training or preference dataset when the tier sets redaction_required', () => {
    const undeclared = without(NO_REDACTION, 'personal_data: true')
    const hits = check(rule, undeclared, { policy: REQUIRED })
    expect(hits).toHaveLength(1)
    expect(hits[0]?.message).toBe(
      'Dataset tickets-2026q3 of model support-triage has no redaction record, which the high tier requires of every training dataset; add `redaction:` with `method`, `verified_by` and `verified_at`.'
    )
    expect(hits[0]?.location).toMatchObject(at(undeclared, DATASET))

    const notPersonal = NO_REDACTION.replace('personal_data: true', 'personal_data: false')
    expect(check(rule, notPersonal, { policy: REQUIRED })).toHaveLength(1)
    const preference = undeclared.replace('purpose: training', 'purpose: preference')
    expect(check(rule, preference, { policy: REQUIRED })[0]?.message).toContain('of every preference dataset')

    // Only the model's own tier counts.
    const low = policyFrom('tiers:\n  low:\n    redaction_required: true\n')
    expect(check(rule, undeclared, { policy: low })).toEqual([])
  })

  it('does not require a record of evaluation data unless it is declared personal', () => {
    const evaluation = withSecondSet('evaluation')
    expect(check(rule, evaluation, { policy: REQUIRED })).toEqual([])
    const personal = withSecondSet('evaluation', '        personal_data: true')
    const hits = check(rule, personal)
    expect(hits).toHaveLength(1)
    expect(hits[0]?.message).toContain('Dataset second-set of model support-triage is declared to contain')
    expect(hits[0]?.location).toMatchObject(at(personal, 'id: second-set'))
  })

  it('checks a declared record for completeness even where none is needed', () => {
    const yaml = without(COMPLETE.replace('personal_data: true', 'personal_data: false'), 'verified_by:')
    const hits = check(rule, yaml)
    expect(hits).toHaveLength(1)
    expect(hits[0]?.location).toMatchObject(at(yaml, 'redaction:'))
  })

  it('spares prompt and retrieval models', () => {
    expect(check(rule, PROMPT_MODEL, { policy: REQUIRED })).toEqual([])
    expect(check(rule, PROMPT_MODEL.replace('approach: prompt', 'approach: retrieval'))).toEqual([])
  })
})
