import { describe, expect, it } from '@jest/globals'
import rule from '../../../src/rules/monitoring/mg501-monitoring-incomplete.js'
import { check, COMPLETE, policyFrom, without, at } from '../context.js'

function replaced(yaml: string, from: string, to: string): string {
  if (!yaml.includes(from)) throw new Error(`"${from}" is not in the manifest`)
  return yaml.replace(from, to)
}

const SIGNALS = 'signals: [drift, leakage, quality]'
const NO_MONITORING = without(COMPLETE, '    monitoring:', true)
const NO_OWNER = replaced(COMPLETE, '      owner: "@acme/ml-platform"\n      signals', '      signals')

describe('MG501 monitoring-incomplete', () => {
  it('passes the complete manifest', () => {
    expect(check(rule, COMPLETE)).toEqual([])
  })

  it('fires once at the model when its tier requires monitoring and there is none', () => {
    const hits = check(rule, NO_MONITORING)
    expect(hits).toEqual([
      {
        model: 'support-triage',
        message:
          'Model support-triage has no monitoring, which the policy requires of high-tier fine-tunes; add a `monitoring:` section with an owner and the signals drift and leakage.',
        location: expect.objectContaining(at(NO_MONITORING, '- id: support-triage', 'id:'))
      }
    ])
  })

  it('fires at monitoring when it has no owner', () => {
    const hits = check(rule, NO_OWNER)
    expect(hits).toHaveLength(1)
    expect(hits[0]).toMatchObject({
      model: 'support-triage',
      message:
        'The monitoring of model support-triage has no owner; add `owner:` under `monitoring:`, the user or team who watches the model after release.',
      location: at(NO_OWNER, '    monitoring:', 'monitoring:')
    })
  })

  it('fires once at signals listing every required signal not watched', () => {
    const yaml = replaced(COMPLETE, SIGNALS, 'signals: [quality]')
    const hits = check(rule, yaml)
    expect(hits).toHaveLength(1)
    expect(hits[0]).toMatchObject({
      message:
        'The monitoring of model support-triage does not watch drift and leakage, which the policy requires of high-tier fine-tunes; add them to `signals:` and wire up the alert.',
      location: at(yaml, 'signals: [quality]', '[quality]')
    })
  })

  it('fires at monitoring when signals are absent', () => {
    const yaml = without(COMPLETE, SIGNALS)
    const hits = check(rule, yaml)
    expect(hits).toHaveLength(1)
    expect(hits[0]?.message).toContain('does not watch drift and leakage')
    expect(hits[0]?.location).toMatchObject(at(yaml, '    monitoring:', 'monitoring:'))
  })

  it('reports a missing owner and missing signals separately', () => {
    expect(check(rule, without(NO_OWNER, SIGNALS))).toHaveLength(2)
  })

  it("follows the tier's signals and required sections", () => {
    const more = policyFrom('tiers:\n  high:\n    monitoring_signals: [drift, leakage, toxicity]\n')
    const hits = check(rule, COMPLETE, { policy: more })
    expect(hits).toHaveLength(1)
    expect(hits[0]?.message).toContain('does not watch toxicity, which')
    expect(hits[0]?.message).toContain('add it to `signals:`')

    const none = policyFrom('tiers:\n  high:\n    monitoring_signals: []\n')
    expect(check(rule, without(COMPLETE, SIGNALS), { policy: none })).toEqual([])

    const optional = policyFrom('tiers:\n  high:\n    require: [data, approvals, evaluation]\n')
    expect(check(rule, NO_MONITORING, { policy: optional })).toEqual([])
    // A declared section is still checked.
    expect(check(rule, NO_OWNER, { policy: optional })).toHaveLength(1)
  })

  it('spares prompt and retrieval models', () => {
    for (const approach of ['prompt', 'retrieval']) {
      const swap = (yaml: string) => yaml.replace('approach: fine-tune', `approach: ${approach}`)
      expect(check(rule, swap(NO_MONITORING))).toEqual([])
      expect(check(rule, swap(without(NO_OWNER, SIGNALS)))).toEqual([])
    }
  })
})
