import { describe, expect, it } from '@jest/globals'
import rule from '../../../src/rules/justification/mg601-justification-missing.js'
import { check, COMPLETE, policyFrom, without, at } from '../context.js'

function replaced(yaml: string, from: string, to: string): string {
  if (!yaml.includes(from)) throw new Error(`"${from}" is not in the manifest`)
  return yaml.replace(from, to)
}

const MEDIUM = (yaml: string) => replaced(yaml, 'risk_tier: high', 'risk_tier: medium')
const NO_JUSTIFICATION = without(COMPLETE, '    justification:', true)
const NO_EVIDENCE = without(COMPLETE, '      evidence:', true)
const NO_RATIONALE = without(COMPLETE, '      rationale:', true)

describe('MG601 justification-missing', () => {
  it('passes the complete manifest', () => {
    expect(check(rule, COMPLETE)).toEqual([])
  })

  it('fires once at the model when its tier requires a justification and there is none', () => {
    const hits = check(rule, NO_JUSTIFICATION)
    expect(hits).toEqual([
      {
        model: 'support-triage',
        message:
          'Model support-triage has no justification, which the policy requires of high-tier fine-tunes; add a `justification:` section with the alternatives tried, the rationale, and the evidence that fine-tuning beats the prompt baseline.',
        location: expect.objectContaining(at(NO_JUSTIFICATION, '- id: support-triage', 'id:'))
      }
    ])
    expect(check(rule, MEDIUM(NO_JUSTIFICATION))[0]?.message).toContain(
      'with the alternatives tried, the rationale.'
    )
  })

  it('fires at alternatives_tried when it is empty, and at justification when it is absent', () => {
    const empty = replaced(COMPLETE, 'alternatives_tried: [prompt, retrieval]', 'alternatives_tried: []')
    const hits = check(rule, empty)
    expect(hits).toHaveLength(1)
    expect(hits[0]).toMatchObject({
      model: 'support-triage',
      message:
        'The justification of model support-triage names no alternative tried; list in `alternatives_tried:` the runtime controls tried before fine-tuning (prompt, retrieval, few-shot, tool-use or other).',
      location: at(empty, 'alternatives_tried: []', '[]')
    })

    const absent = without(COMPLETE, 'alternatives_tried:')
    const absentHits = check(rule, absent)
    expect(absentHits).toHaveLength(1)
    expect(absentHits[0]?.location).toMatchObject(at(absent, '    justification:', 'justification:'))
  })

  it('fires at justification when the rationale is absent', () => {
    const hits = check(rule, NO_RATIONALE)
    expect(hits).toHaveLength(1)
    expect(hits[0]).toMatchObject({
      message:
        'The justification of model support-triage has no rationale; add `rationale:` explaining why prompt-based control is not enough.',
      location: at(NO_RATIONALE, '    justification:', 'justification:')
    })
  })

  it('fires at justification when the tier requires evidence and there is none', () => {
    const hits = check(rule, NO_EVIDENCE)
    expect(hits).toHaveLength(1)
    expect(hits[0]).toMatchObject({
      message:
        'The justification of model support-triage has no evidence, which the policy requires of high-tier fine-tunes; add `evidence:` with prompt_baseline, metric and min_uplift to show that fine-tuning beats the prompt.',
      location: at(NO_EVIDENCE, '    justification:', 'justification:')
    })
  })

  it('fires once at evidence listing every missing field', () => {
    const yaml = without(without(COMPLETE, '        metric: macro_f1'), 'min_uplift:')
    const hits = check(rule, yaml)
    expect(hits).toHaveLength(1)
    expect(hits[0]).toMatchObject({
      message:
        'The justification evidence of model support-triage lacks metric and min_uplift; add them under `evidence:` so the uplift over the prompt baseline can be measured.',
      location: at(yaml, '      evidence:', 'evidence:')
    })
  })

  it("follows the tier's justification_evidence and required sections", () => {
    // The default medium tier does not ask for evidence, and the default high tier does.
    expect(check(rule, MEDIUM(NO_EVIDENCE))).toEqual([])
    const relaxed = policyFrom('tiers:\n  high:\n    justification_evidence: false\n')
    expect(check(rule, NO_EVIDENCE, { policy: relaxed })).toEqual([])
    const strict = policyFrom('tiers:\n  medium:\n    justification_evidence: true\n')
    expect(check(rule, MEDIUM(NO_EVIDENCE), { policy: strict })).toHaveLength(1)

    const optional = policyFrom(
      'tiers:\n  medium:\n    require: [data, approvals, evaluation, rollback, monitoring]\n'
    )
    expect(check(rule, MEDIUM(NO_JUSTIFICATION), { policy: optional })).toEqual([])
    // Evidence the tier requires lives in the justification, so the section is required with it.
    const evidenceOnly = policyFrom(
      'tiers:\n  medium:\n    require: [data]\n    justification_evidence: true\n'
    )
    expect(check(rule, MEDIUM(NO_JUSTIFICATION), { policy: evidenceOnly })).toHaveLength(1)
  })

  it('checks a declared section and declared evidence even when the tier does not require them', () => {
    const optional = policyFrom('tiers:\n  medium:\n    require: [data]\n')
    expect(check(rule, MEDIUM(NO_RATIONALE), { policy: optional })).toHaveLength(1)
    const halfEvidence = MEDIUM(without(COMPLETE, 'min_uplift:'))
    const hits = check(rule, halfEvidence, { policy: optional })
    expect(hits).toHaveLength(1)
    expect(hits[0]?.message).toContain('lacks min_uplift; add it under')
  })

  it('spares prompt and retrieval models', () => {
    for (const approach of ['prompt', 'retrieval']) {
      const swap = (yaml: string) => yaml.replace('approach: fine-tune', `approach: ${approach}`)
      expect(check(rule, swap(NO_JUSTIFICATION))).toEqual([])
      expect(check(rule, swap(without(NO_RATIONALE, '      evidence:', true)))).toEqual([])
    }
  })
})
