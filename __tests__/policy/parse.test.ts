import { createHash } from 'node:crypto'
import { describe, expect, it } from '@jest/globals'
import { builtInPolicy, parsePolicy } from '../../src/policy/parse.js'

const SOURCE = '.github/model-governance-policy.yml@abc123'

function valid(text: string) {
  const parsed = parsePolicy(text, SOURCE)
  expect(parsed.diagnostics).toEqual([])
  if (!parsed.resolved) throw new Error('expected a resolved policy')
  return parsed.resolved
}

function problems(text: string) {
  const parsed = parsePolicy(text, SOURCE)
  expect(parsed.resolved).toBeUndefined()
  return parsed.diagnostics
}

describe('parsePolicy', () => {
  it('turns "version: 1" alone into the built-in default, recorded with its source', () => {
    const resolved = valid('version: 1\n')
    expect(resolved.policy).toEqual(builtInPolicy().policy)
    expect(resolved.source).toBe(SOURCE)
    expect(resolved.builtIn).toBe(false)
  })

  it('keeps the default fields of a tier given in part, and replaces lists', () => {
    const { policy } = valid(
      [
        'version: 1',
        'mode: warn',
        'default_tier: high',
        'governance_approvers: ["@acme/ml-governance", "@dana"]',
        'rules:',
        '  MG403: warning',
        'tiers:',
        '  high:',
        '    min_approvals: 3',
        '    threshold_kinds: [quality]',
        'detect:',
        '  labels: [ft, fine-tuning]'
      ].join('\n')
    )
    const defaults = builtInPolicy().policy
    expect(policy.mode).toBe('warn')
    expect(policy.default_tier).toBe('high')
    expect(policy.governance_approvers).toEqual(['@acme/ml-governance', '@dana'])
    expect(policy.rules).toEqual({ MG403: 'warning' })
    expect(policy.tiers.high).toEqual({
      ...defaults.tiers.high,
      min_approvals: 3,
      threshold_kinds: ['quality']
    })
    expect(policy.tiers.low).toEqual(defaults.tiers.low)
    expect(policy.detect).toEqual({ ...defaults.detect, labels: ['ft', 'fine-tuning'] })
  })

  it('reports an unknown rule id at its line, with a did-you-mean', () => {
    const [problem, ...rest] = problems('version: 1\nrules:\n  MG004: note\n  MG4O3: warning\n')
    expect(rest).toEqual([])
    expect(problem).toMatchObject({ line: 4, column: 3 })
    expect(problem?.message).toBe('rules has an unknown key `MG4O3`; did you mean `MG403`?')
  })

  it('reports an unknown key in a tier with the key it resembles', () => {
    const [problem] = problems('version: 1\ntiers:\n  high:\n    min_aprovals: 2\n')
    expect(problem).toMatchObject({ line: 4, column: 5 })
    expect(problem?.message).toBe(
      'tiers.high has an unknown key `min_aprovals`; did you mean `min_approvals`?'
    )
    const [far] = problems('version: 1\ndetect:\n  globs: []\n')
    expect(far?.message).toBe(
      'detect has an unknown key `globs`; remove it, or use one of: builtin, paths, labels, ignore.'
    )
  })

  it('refuses to turn MG002 off', () => {
    const [problem] = problems('version: 1\nrules:\n  MG002: off\n')
    expect(problem).toMatchObject({ line: 3, column: 10 })
    expect(problem?.message).toContain('rules.MG002 cannot be off')
    expect(valid('version: 1\nrules:\n  MG002: warning\n').policy.rules.MG002).toBe('warning')
  })

  it('reports a bad mode at the value, with the choices', () => {
    const [problem] = problems('version: 1\nmode:   enforcing\n')
    expect(problem).toEqual({
      line: 2,
      column: 9,
      message: 'mode must be one of enforce, warn; did you mean `enforce`?'
    })
  })

  it('requires version 1', () => {
    expect(problems('mode: warn\n')[0]?.message).toBe(
      'version is required; add it (policy format version; always 1).'
    )
    expect(problems('version: 2\n')[0]).toMatchObject({ line: 1, column: 10 })
  })

  it('reports wrong types and bad values in plain words', () => {
    const messages = problems(
      [
        'version: 1',
        'new_model_self_approval: yes',
        'governance_approvers: [acme]',
        'tiers:',
        '  low:',
        '    rollback_drill_max_age_days: 0',
        '    monitoring_signals: drift'
      ].join('\n')
    ).map((d) => `${d.line}: ${d.message}`)
    expect(messages).toEqual([
      '2: new_model_self_approval must be true or false; YAML 1.2 reads yes, no, on and off as text.',
      expect.stringMatching(/^3: governance_approvers\[0\] must be a GitHub user/),
      '6: tiers.low.rollback_drill_max_age_days must be at least 1.',
      '7: tiers.low.monitoring_signals must be a list, not text.'
    ])
  })

  it('hashes the exact bytes, stable across calls', () => {
    const text = 'version: 1\nmode: warn\n'
    const expected = createHash('sha256').update(text).digest('hex')
    expect(valid(text).sha256).toBe(expected)
    expect(parsePolicy(new TextEncoder().encode(text), SOURCE).resolved?.sha256).toBe(expected)
    expect(valid('version: 1\nmode: warn # loosened\n').sha256).not.toBe(expected)
  })
})
