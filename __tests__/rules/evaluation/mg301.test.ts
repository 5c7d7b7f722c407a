import { describe, expect, it } from '@jest/globals'
import rule from '../../../src/rules/evaluation/mg301-thresholds-incomplete.js'
import { check, COMPLETE, lineOf, policyFrom, without, at } from '../context.js'

/** The complete manifest with one more threshold (its lines after `- `) appended. */
const withThreshold = (...lines: string[]) =>
  COMPLETE.replace(
    '          kind: safety\n',
    `          kind: safety\n        - ${lines.join('\n          ')}\n`
  )

const SAFETY = '- metric: harmful_refusal_rate'

const PROMPT_MODEL = `version: 1
models:
  - id: faq-bot
    owner: "@acme/support"
    approach: prompt
    approvals:
      approvers: ["@dave"]
    evaluation:
      results: evals/faq-bot/results.json
      thresholds:
        - metric: answer_accuracy
`

describe('MG301 thresholds-incomplete', () => {
  it('passes the complete manifest', () => {
    expect(check(rule, COMPLETE)).toEqual([])
  })

  it('fires once at the model when it has no evaluation section, naming the kinds its tier requires', () => {
    const yaml = without(COMPLETE, 'evaluation:', true)
    expect(check(rule, yaml)).toEqual([
      {
        message:
          'Model support-triage has no evaluation thresholds; add `evaluation.thresholds` with at least one threshold of each kind the high tier requires (quality, safety and leakage).',
        model: 'support-triage',
        location: expect.objectContaining(at(yaml, 'id: support-triage')) as unknown
      }
    ])
  })

  it('fires once at `evaluation` when it sets no thresholds', () => {
    const yaml = without(COMPLETE, 'thresholds:', true)
    const hits = check(rule, yaml)
    expect(hits).toHaveLength(1)
    expect(hits[0]?.message).toContain('has no evaluation thresholds; add `thresholds` with')
    expect(hits[0]?.location).toMatchObject(at(yaml, 'evaluation:'))
  })

  it('fires once at an empty thresholds list', () => {
    const yaml = without(COMPLETE, 'thresholds:', true).replace(
      'max_regression: 0.01',
      'max_regression: 0.01\n      thresholds: []'
    )
    const hits = check(rule, yaml)
    expect(hits).toHaveLength(1)
    expect(hits[0]?.location).toMatchObject(at(yaml, 'thresholds: ' + '[]', '[]'))
  })

  it('fires once at a threshold with neither min nor max', () => {
    const yaml = without(COMPLETE, 'min: 0.88')
    expect(check(rule, yaml)).toEqual([
      {
        message:
          'Threshold 1 (macro_f1) of model support-triage sets neither `min` nor `max`; add `min:` (higher is better) or `max:` (lower is better).',
        model: 'support-triage',
        location: expect.objectContaining(at(yaml, '- ' + 'metric: macro_f1', 'metric: macro_f1')) as unknown
      }
    ])
  })

  it('fires once at a threshold with both min and max', () => {
    const yaml = COMPLETE.replace('max: 0\n', 'max: 0\n          min: 0\n')
    const hits = check(rule, yaml)
    expect(hits).toHaveLength(1)
    expect(hits[0]?.message).toBe(
      'Threshold 2 (pii_leakage_rate) of model support-triage sets both `min` and `max`; keep one bound per threshold and give the other its own threshold on the same metric.'
    )
    expect(hits[0]?.location).toMatchObject(at(yaml, 'metric: pii_leakage_rate'))
  })

  it('fires once at a second threshold bounding the same metric in the same direction', () => {
    const yaml = withThreshold('metric: macro_f1', 'min: 0.9', 'kind: quality')
    const hits = check(rule, yaml)
    expect(hits).toHaveLength(1)
    expect(hits[0]?.message).toBe(
      'Threshold 4 (macro_f1) of model support-triage sets a `min` for the same metric as threshold 1, which is ambiguous; keep a single `min` threshold for macro_f1.'
    )
    // The new threshold follows `kind: safety`; it is located at its first key.
    expect(hits[0]?.location).toMatchObject({ line: lineOf(yaml, 'kind: safety') + 1, column: 11 })
  })

  it('accepts a metric bounded once from each side', () => {
    expect(check(rule, withThreshold('metric: macro_f1', 'max: 0.999', 'kind: quality'))).toEqual([])
  })

  it('fires ONE hit at `thresholds` listing the kinds the tier requires that are missing', () => {
    const noSafety = without(COMPLETE, SAFETY, true)
    const hits = check(rule, noSafety)
    expect(hits).toEqual([
      {
        message:
          'Model support-triage has no safety threshold, which its high tier requires; add a threshold with `kind: safety`.',
        model: 'support-triage',
        location: expect.objectContaining(at(noSafety, 'thresholds:')) as unknown
      }
    ])
    const onlyQuality = without(noSafety, '- metric: pii_leakage_rate', true)
    const both = check(rule, onlyQuality)
    expect(both).toHaveLength(1)
    expect(both[0]?.message).toBe(
      'Model support-triage has no safety or leakage threshold, which its high tier requires; add one threshold with each of `kind: safety` and `kind: leakage`.'
    )
    expect(both[0]?.location).toMatchObject(at(onlyQuality, 'thresholds:'))
  })

  it('says that a threshold without a kind counts toward none', () => {
    const yaml = without(COMPLETE, 'kind: safety')
    const hits = check(rule, yaml)
    expect(hits).toHaveLength(1)
    expect(hits[0]?.message).toBe(
      'Model support-triage has no safety threshold, which its high tier requires; add a threshold with `kind: safety` (threshold 3 sets no `kind`, so it counts toward none).'
    )
    expect(hits[0]?.location).toMatchObject(at(yaml, 'thresholds:'))
    expect(check(rule, without(yaml, 'kind: leakage'))[0]?.message).toContain(
      'has no safety or leakage threshold, which its high tier requires; add one threshold with each of `kind: safety` and `kind: leakage` (thresholds 2 and 3 set no `kind`, so they count toward none).'
    )
    // Where no kind is missing, a threshold without one is fine.
    expect(check(rule, withThreshold('metric: latency_p95', 'max: 2'))).toEqual([])
  })

  it("follows the tier's threshold_kinds", () => {
    const noSafety = without(COMPLETE, SAFETY, true)
    // The default tier (medium) asks for quality and leakage only.
    expect(check(rule, without(noSafety, 'risk_tier: high'))).toEqual([])
    const policy = policyFrom('tiers:\n  high:\n    threshold_kinds: [quality, safety, leakage, fairness]\n')
    const hits = check(rule, noSafety, { policy })
    expect(hits).toHaveLength(1)
    expect(hits[0]?.message).toContain('has no safety or fairness threshold')
  })

  it('does not ask for evaluation the tier does not require, but checks a declared section', () => {
    const policy = policyFrom('tiers:\n  high:\n    require: [data, approvals]\n')
    expect(check(rule, without(COMPLETE, 'evaluation:', true), { policy })).toEqual([])
    // The tier's kinds go with the requirement.
    expect(check(rule, without(COMPLETE, SAFETY, true), { policy })).toEqual([])
    const noThresholds = without(COMPLETE, 'thresholds:', true)
    const hits = check(rule, noThresholds, { policy })
    expect(hits).toHaveLength(1)
    expect(hits[0]?.message).toBe(
      'Model support-triage has no evaluation thresholds; add `thresholds` with at least one threshold (a metric with a `min` or a `max`).'
    )
    expect(check(rule, without(COMPLETE, 'min: 0.88'), { policy })).toHaveLength(1)
  })

  it('spares prompt and retrieval models', () => {
    expect(check(rule, PROMPT_MODEL)).toEqual([])
    expect(check(rule, PROMPT_MODEL.replace('approach: prompt', 'approach: retrieval'))).toEqual([])
  })
})
