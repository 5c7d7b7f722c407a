import { describe, expect, it } from '@jest/globals'
import rule from '../../../src/rules/data/mg101-dataset-provenance-incomplete.js'
import { check, COMPLETE, policyFrom, without, at } from '../context.js'

const DATASET = 'id: tickets-2026q3'

/** A second, evaluation dataset appended to the complete model's datasets. */
const withEvalSet = (extra: string) =>
  COMPLETE.replace(
    '\n    approvals:',
    `      - id: triage-holdout
        purpose: evaluation
        path: evals/support-triage/holdout.jsonl
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
`

describe('MG101 dataset-provenance-incomplete', () => {
  it('passes the complete manifest', () => {
    expect(check(rule, COMPLETE)).toEqual([])
  })

  it('fires once at the model when a fine-tune model declares no datasets', () => {
    const yaml = without(COMPLETE, 'datasets:', true)
    const hits = check(rule, yaml)
    expect(hits).toHaveLength(1)
    expect(hits[0]?.model).toBe('support-triage')
    expect(hits[0]?.message).toMatch(
      /^Model support-triage declares no datasets, which its high tier requires;/
    )
    expect(hits[0]?.location).toMatchObject(at(yaml, 'id: support-triage'))
  })

  it('fires once at `datasets` when every dataset is for evaluation only', () => {
    const yaml = COMPLETE.replace('purpose: training', 'purpose: evaluation')
    const hits = check(rule, yaml)
    expect(hits).toHaveLength(1)
    expect(hits[0]?.message).toContain('declares only evaluation datasets')
    expect(hits[0]?.location).toMatchObject(at(yaml, 'datasets:'))
  })

  it('counts a preference dataset as training data', () => {
    expect(check(rule, COMPLETE.replace('purpose: training', 'purpose: preference'))).toEqual([])
  })

  it('fires once at the dataset for one missing field, naming it and what to write', () => {
    const yaml = without(COMPLETE, 'license: proprietary')
    const hits = check(rule, yaml)
    expect(hits).toEqual([
      {
        message:
          'Dataset tickets-2026q3 of model support-triage has no license; add `license:` (an SPDX id or "proprietary").',
        model: 'support-triage',
        location: expect.objectContaining(at(yaml, DATASET)) as unknown
      }
    ])
  })

  it.each([
    ['source', 'source: Helpdesk export'],
    ['owner', 'owner: "@acme/support-ops"'],
    ['collected_at', 'collected_at: 2026-10-01'],
    ['sha256', 'sha256: 2c26b46b']
  ])('fires once at the dataset when %s is missing', (field, line) => {
    const yaml = without(COMPLETE, line)
    const hits = check(rule, yaml)
    expect(hits).toHaveLength(1)
    expect(hits[0]?.message).toMatch(new RegExp(`has no ${field}; add \`${field}:\``))
    expect(hits[0]?.location).toMatchObject(at(yaml, DATASET))
  })

  it('lists every missing field of a dataset in ONE hit', () => {
    let yaml = without(COMPLETE, 'source: Helpdesk export')
    yaml = without(yaml, 'owner: "@acme/support-ops"')
    yaml = without(yaml, 'sha256: 2c26b46b')
    const hits = check(rule, yaml)
    expect(hits).toHaveLength(1)
    expect(hits[0]?.message).toMatch(
      /^Dataset tickets-2026q3 of model support-triage has no source, owner or sha256; add `source:` .* `owner:` .* and `sha256:` .*\.$/
    )
    expect(hits[0]?.location).toMatchObject(at(yaml, DATASET))
  })

  it('requires a checksum of a uri dataset too, saying it is recorded rather than verified', () => {
    let yaml = COMPLETE.replace(
      'path: training/support-triage/train.jsonl',
      'uri: s3://acme-ml/tickets-2026q3.jsonl'
    )
    expect(check(rule, yaml)).toEqual([])
    yaml = without(yaml, 'sha256: 2c26b46b')
    const hits = check(rule, yaml)
    expect(hits).toHaveLength(1)
    expect(hits[0]?.message).toContain(
      'has no sha256; add `sha256:` (the SHA-256 of the data at the uri, recorded'
    )
    expect(hits[0]?.location).toMatchObject(at(yaml, DATASET))
  })

  it('checks every dataset, evaluation data included, one hit each', () => {
    const yaml = withEvalSet('        license: CC-BY-4.0\n')
    const hits = check(rule, without(yaml, 'collected_at: 2026-10-01'))
    expect(hits).toHaveLength(2)
    const text = without(yaml, 'collected_at: 2026-10-01')
    expect(hits[0]?.location).toMatchObject(at(text, DATASET))
    expect(hits[0]?.message).toContain('tickets-2026q3 of model support-triage has no collected_at;')
    expect(hits[1]?.location).toMatchObject(at(text, 'id: triage-holdout'))
    expect(hits[1]?.message).toContain(
      'triage-holdout of model support-triage has no source, owner, collected_at or sha256;'
    )
  })

  it('does not ask for datasets when the tier does not require data, but still checks declared ones', () => {
    const policy = policyFrom('tiers:\n  high:\n    require: [approvals, evaluation]\n')
    expect(check(rule, without(COMPLETE, 'datasets:', true), { policy })).toEqual([])
    expect(check(rule, COMPLETE.replace('purpose: training', 'purpose: evaluation'), { policy })).toEqual([])
    const yaml = without(COMPLETE, 'license: proprietary')
    const hits = check(rule, yaml, { policy })
    expect(hits).toHaveLength(1)
    expect(hits[0]?.location).toMatchObject(at(yaml, DATASET))
  })

  it('follows the tier of the model: the default tier when it sets none', () => {
    const yaml = without(without(COMPLETE, 'risk_tier: high'), 'datasets:', true)
    expect(check(rule, yaml)).toHaveLength(1)
    const policy = policyFrom('tiers:\n  medium:\n    require: [approvals]\n')
    expect(check(rule, yaml, { policy })).toEqual([])
  })

  it('spares prompt and retrieval models', () => {
    expect(check(rule, PROMPT_MODEL)).toEqual([])
    expect(check(rule, PROMPT_MODEL.replace('approach: prompt', 'approach: retrieval'))).toEqual([])
    const noData = PROMPT_MODEL.slice(0, PROMPT_MODEL.indexOf('    datasets:'))
    expect(check(rule, noData)).toEqual([])
  })
})
