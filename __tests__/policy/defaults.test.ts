import { createHash } from 'node:crypto'
import { describe, expect, it } from '@jest/globals'
import { canonicalJson } from '../../src/policy/canonical-json.js'
import { DEFAULT_POLICY } from '../../src/policy/defaults.js'
import { builtInPolicy, requirementsFor, tierOf } from '../../src/policy/parse.js'
import { PolicySchema } from '../../src/policy/schema.js'

describe('the built-in default policy', () => {
  const { policy, source, sha256, builtIn } = builtInPolicy()

  it('is a valid resolved policy, recorded as the built-in default', () => {
    expect(PolicySchema.safeParse(policy).success).toBe(true)
    expect(source).toBe('built-in default')
    expect(builtIn).toBe(true)
  })

  it('enforces, defaults to the medium tier and trusts no approver of a new model', () => {
    expect(policy.mode).toBe('enforce')
    expect(policy.default_tier).toBe('medium')
    expect(policy.governance_approvers).toEqual([])
    expect(policy.new_model_self_approval).toBe(false)
    expect(policy.rules).toEqual({})
  })

  it('requires every control of a fine-tune in every tier, identities aside', () => {
    for (const tier of ['low', 'medium', 'high'] as const) {
      expect(policy.tiers[tier].require).toEqual([
        'data',
        'approvals',
        'evaluation',
        'rollback',
        'monitoring',
        'justification'
      ])
      expect(policy.tiers[tier].rollback_drill_max_age_days).toBe(90)
      expect(policy.tiers[tier].monitoring_signals).toEqual(['drift', 'leakage'])
      expect(policy.tiers[tier].redaction_required).toBe(false)
    }
  })

  it('asks more of high-risk models', () => {
    expect(policy.tiers.low.min_approvals).toBe(1)
    expect(policy.tiers.medium.min_approvals).toBe(1)
    expect(policy.tiers.high.min_approvals).toBe(2)
    expect(policy.tiers.medium.threshold_kinds).toEqual(['quality', 'leakage'])
    expect(policy.tiers.high.threshold_kinds).toEqual(['quality', 'safety', 'leakage'])
    expect(policy.tiers.medium.justification_evidence).toBe(false)
    expect(policy.tiers.high.justification_evidence).toBe(true)
    expect(policy.tiers.medium.identity_max_lifetime_days).toBe(365)
    expect(policy.tiers.high.identity_max_lifetime_days).toBe(180)
  })

  it('detects with the built-in signals and the fine-tune label', () => {
    expect(policy.detect).toEqual({ builtin: true, paths: [], labels: ['fine-tune'], ignore: [] })
  })

  it('hashes the canonical JSON of the default, the same on every call', () => {
    const expected = createHash('sha256').update(canonicalJson(DEFAULT_POLICY)).digest('hex')
    expect(sha256).toBe(expected)
    expect(builtInPolicy().sha256).toBe(sha256)
  })

  it('hands out copies, so a caller cannot change the default for everyone', () => {
    builtInPolicy().policy.tiers.high.threshold_kinds.push('fairness')
    expect(builtInPolicy().policy.tiers.high.threshold_kinds).toEqual(['quality', 'safety', 'leakage'])
  })

  it('gives a model its own tier, else the default tier', () => {
    expect(tierOf(policy, { risk_tier: 'high' })).toBe('high')
    expect(tierOf(policy, {})).toBe('medium')
    expect(requirementsFor(policy, { risk_tier: 'low' })).toBe(policy.tiers.low)
  })
})

describe('canonical JSON', () => {
  it('sorts keys at every depth and keeps list order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: null } })).toBe('{"a":{"c":null,"d":[2,1]},"b":1}')
  })
})
