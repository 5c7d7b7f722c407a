// The engine on plain values: severities from the policy, modes, verdicts, waivers, scope, and a rule
// that crashes. Rules are injected so each behaviour is tested in isolation.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { emptyEvidence } from '../../src/engine/evidence.js'
import { defineRule, type Rule } from '../../src/engine/rule.js'
import { run, type RunInput } from '../../src/engine/run.js'
import { parseManifest } from '../../src/manifest/parse.js'
import { builtInPolicy, parsePolicy } from '../../src/policy/parse.js'
import { RULES } from '../../src/rules/index.js'
import { completeEvidence } from '../rules/context.js'

const NOW = new Date('2026-11-24T12:00:00Z')
const COMPLETE = readFileSync(new URL('../fixtures/manifests/complete.yml', import.meta.url), 'utf8')

/** A test rule that reports one hit per checked model, as MG403 would. */
function perModelRule(id: 'MG403' | 'MG501' = 'MG403'): Rule {
  return defineRule({
    meta: {
      id,
      name: 'test-rule',
      family: 'rollback',
      defaultSeverity: 'error',
      summary: 'test',
      frameworks: []
    },
    check: ({ models, locate }) =>
      models.map((m) => ({
        message: `${m.entry.id} is stale.`,
        model: m.entry.id,
        location: locate(['models', m.index, 'rollback'])
      }))
  })
}

function input(overrides: Partial<RunInput> = {}): RunInput {
  return {
    manifestFile: 'model-governance.yml',
    manifest: parseManifest(COMPLETE, 'model-governance.yml', { now: NOW }),
    policy: builtInPolicy(),
    scope: 'all',
    evidence: emptyEvidence(),
    now: NOW,
    ...overrides
  }
}

function policy(yaml: string) {
  const { resolved, diagnostics } = parsePolicy(`version: 1\n${yaml}`, 'policy.yml@base')
  expect(diagnostics).toEqual([])
  return resolved!
}

describe('run', () => {
  it('passes a valid manifest with the registered rules', () => {
    const baseManifest = parseManifest(COMPLETE, 'model-governance.yml', { now: NOW }).manifest!
    const evidence = { ...emptyEvidence(), ...completeEvidence(), baseManifest }
    const result = run(input({ rules: RULES, evidence }))
    expect(result).toMatchObject({ version: 1, result: 'pass', mode: 'enforce', findings: [] })
    expect(result.models).toEqual([
      expect.objectContaining({ id: 'support-triage', approach: 'fine-tune', tier: 'high', checked: true })
    ])
    expect(result.policy).toMatchObject({ source: 'built-in default', builtIn: true })
  })

  it('turns each manifest diagnostic into an MG002 error at its location', () => {
    const broken = COMPLETE.replace('      thresholds:', '      tresholds:')
    const result = run(input({ manifest: parseManifest(broken, 'model-governance.yml', { now: NOW }) }))
    expect(result.result).toBe('fail')
    expect(result.findings).toEqual([
      expect.objectContaining({
        ruleId: 'MG002',
        ruleName: 'manifest-invalid',
        severity: 'error',
        line: 48,
        column: 7
      })
    ])
    expect(result.models).toEqual([])
  })

  it('applies the policy severity and the mode', () => {
    const rules = [perModelRule()]
    expect(run(input({ rules })).result).toBe('fail')
    expect(run(input({ rules, mode: 'warn' })).result).toBe('warn')
    expect(run(input({ rules, policy: policy('mode: warn') })).result).toBe('warn')
    const lowered = run(input({ rules, policy: policy('rules:\n  MG403: warning') }))
    expect(lowered.findings[0]?.severity).toBe('warning')
    expect(lowered.result).toBe('warn')
    const noted = run(input({ rules, policy: policy('rules:\n  MG403: note') }))
    expect(noted.result).toBe('pass')
    const off = run(input({ rules, policy: policy('rules:\n  MG403: off') }))
    expect(off.findings).toEqual([])
  })

  it('fails closed with a finding when a rule throws', () => {
    const crashing = defineRule({
      ...perModelRule(),
      check: () => {
        throw new TypeError('boom')
      }
    })
    const result = run(input({ rules: [crashing] }))
    expect(result.result).toBe('fail')
    expect(result.findings[0]?.message).toMatch(/MG403 could not run \(boom\); this is a bug/)
  })

  it('checks only the models the change touches, unless the scope is all', () => {
    const evidence = { ...emptyEvidence(), touchedModels: new Set<string>() }
    const changed = run(input({ rules: [perModelRule()], scope: 'changed', evidence }))
    expect(changed.findings).toEqual([])
    expect(changed.models[0]).toMatchObject({
      checked: false,
      reason: 'the change does not touch this model'
    })
    const all = run(input({ rules: [perModelRule()], scope: 'all', evidence }))
    expect(all.findings).toHaveLength(1)
  })
})

describe('waivers', () => {
  const base = parseManifest(COMPLETE, 'model-governance.yml', { now: NOW }).manifest
  const withException = (approvedBy: string, expiresAt: string, rule = 'MG403') =>
    parseManifest(
      COMPLETE.replace(
        /exceptions:[\s\S]*$/,
        `exceptions:\n  - rule: ${rule}\n    model: support-triage\n    reason: Drill booked.\n    approved_by: "${approvedBy}"\n    expires_at: ${expiresAt}\n`
      ),
      'model-governance.yml',
      { now: NOW }
    )

  it('turns a finding into a note naming the exception when a base-branch approver approved it', () => {
    const result = run(
      input({
        rules: [perModelRule()],
        manifest: withException('@dave', '2026-12-15'),
        evidence: { ...emptyEvidence(), baseManifest: base! }
      })
    )
    expect(result.result).toBe('pass')
    expect(result.findings[0]).toMatchObject({
      severity: 'note',
      waiver: { reason: 'Drill booked.', approvedBy: '@dave', expiresAt: '2026-12-15' }
    })
  })

  it('waives nothing when the exception expired, or its approver has no authority on the base branch', () => {
    const evidence = { ...emptyEvidence(), baseManifest: base! }
    const expired = run(
      input({ rules: [perModelRule()], manifest: withException('@dave', '2026-11-23'), evidence })
    )
    expect(expired.findings[0]?.severity).toBe('error')
    const selfApproved = run(
      input({ rules: [perModelRule()], manifest: withException('@mallory', '2026-12-15'), evidence })
    )
    expect(selfApproved.findings[0]?.severity).toBe('error')
    // Without a base manifest only the policy's governance approvers have authority.
    const noBase = run(input({ rules: [perModelRule()], manifest: withException('@dave', '2026-12-15') }))
    expect(noBase.findings[0]?.severity).toBe('error')
    const governance = run(
      input({
        rules: [perModelRule()],
        manifest: withException('@acme/governance', '2026-12-15'),
        policy: policy('governance_approvers: ["@acme/governance"]')
      })
    )
    expect(governance.findings[0]?.severity).toBe('note')
  })

  it('waives only the named rule', () => {
    const evidence = { ...emptyEvidence(), baseManifest: base! }
    const result = run(
      input({ rules: [perModelRule('MG501')], manifest: withException('@dave', '2026-12-15'), evidence })
    )
    expect(result.findings[0]?.severity).toBe('error')
  })
})
