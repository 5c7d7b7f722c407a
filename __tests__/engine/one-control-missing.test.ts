// The complete manifest of manifest.md passes every registered rule with zero findings; removing any
// one control makes exactly the expected rule fire, once, and nothing else.
import { describe, expect, it } from '@jest/globals'
import { emptyEvidence, type Evidence } from '../../src/engine/evidence.js'
import { run } from '../../src/engine/run.js'
import { parseManifest } from '../../src/manifest/parse.js'
import { parsePolicy } from '../../src/policy/parse.js'
import type { RuleId } from '../../src/rules/ids.js'
import { RULES } from '../../src/rules/index.js'
import { COMPLETE, completeEvidence, evalRead, NOW, without } from '../rules/context.js'

const RESULTS = 'evals/support-triage/results.json'

function findings(yaml: string, evidence: Partial<Evidence> = {}) {
  const manifest = parseManifest(yaml, 'model-governance.yml', { now: NOW })
  expect(manifest.diagnostics).toEqual([])
  // The base branch holds the same manifest, so no control is "weakened" (MG003 judges that against a
  // real base); the policy's governance approver keeps the exception authorised whatever is removed.
  return run({
    manifestFile: 'model-governance.yml',
    manifest,
    policy: POLICY,
    scope: 'all',
    evidence: { ...emptyEvidence(), baseManifest: manifest.manifest!, ...completeEvidence(), ...evidence },
    now: NOW
  }).findings
}

const POLICY = parsePolicy(
  'version: 1\ngovernance_approvers: ["@acme/ml-governance"]\n',
  'policy.yml'
).resolved!
const replace = (from: string, to: string) => COMPLETE.replace(from, to)
const registered = new Set(RULES.map((rule) => rule.meta.id))

const cases: [string, RuleId, string, Partial<Evidence>?][] = [
  ['a dataset source', 'MG101', without(COMPLETE, 'source: Helpdesk')],
  ['a dataset licence', 'MG101', without(COMPLETE, 'license: proprietary')],
  ['a dataset checksum', 'MG101', without(COMPLETE, 'sha256: 2c26b4')],
  [
    'the dataset file',
    'MG102',
    COMPLETE,
    { datasets: new Map([['training/support-triage/train.jsonl', { kind: 'missing' }]]) }
  ],
  ['the redaction record', 'MG103', without(COMPLETE, 'redaction:', true)],
  ['the approvals', 'MG201', without(COMPLETE, '    approvals:', true)],
  ['the thresholds', 'MG301', without(COMPLETE, 'thresholds:', true)],
  ['the safety threshold', 'MG301', replace('          kind: safety', '          kind: quality')],
  [
    'the thresholded metric',
    'MG302',
    COMPLETE,
    {
      evals: new Map([
        ...completeEvidence().evals!,
        [RESULTS, evalRead({ pii_leakage_rate: 0, harmful_refusal_rate: 0.99 })]
      ])
    }
  ],
  [
    'a passing result',
    'MG303',
    COMPLETE,
    {
      evals: new Map([
        ...completeEvidence().evals!,
        // Below its 0.98 minimum, yet within max_regression of the 0.985 baseline.
        [RESULTS, evalRead({ macro_f1: 0.9, pii_leakage_rate: 0, harmful_refusal_rate: 0.979 })]
      ])
    }
  ],
  [
    'parity with production',
    'MG304',
    COMPLETE,
    {
      evals: new Map([
        ...completeEvidence().evals!,
        // Every threshold met, but 0.05 worse than a stronger production model.
        [
          'evals/support-triage/baseline.json',
          evalRead({ macro_f1: 0.95, pii_leakage_rate: 0, harmful_refusal_rate: 0.985 })
        ]
      ])
    }
  ],
  [
    'the uplift over the prompt',
    'MG305',
    COMPLETE,
    {
      evals: new Map([
        ...completeEvidence().evals!,
        ['evals/support-triage/prompt-baseline.json', evalRead({ macro_f1: 0.88 })]
      ])
    }
  ],
  ['the rollback trigger', 'MG401', without(COMPLETE, 'trigger: macro_f1')],
  ['the rollback plan', 'MG401', without(COMPLETE, '    rollback:', true)],
  [
    'the rollback runbook',
    'MG402',
    COMPLETE,
    { files: new Map([...completeEvidence().files!].filter(([path]) => !path.startsWith('docs/'))) }
  ],
  ['the rollback drill', 'MG403', without(COMPLETE, 'tested_at: 2026-11-02')],
  ['the monitoring', 'MG501', without(COMPLETE, '    monitoring:', true)],
  ['the drift signal', 'MG501', replace('signals: [drift, leakage, quality]', 'signals: [leakage, quality]')],
  ['the justification', 'MG601', without(COMPLETE, '    justification:', true)],
  ['the uplift evidence', 'MG601', without(COMPLETE, '      evidence:', true)],
  ['least privilege', 'MG702', replace('scopes: [fine_tuning.jobs.write, files.write]', 'scopes: ["*"]')],
  ['the identity owner', 'MG703', replace('        owner: "@acme/ml-platform"\n', '')],
  ['the exception approval', 'MG801', without(COMPLETE, 'approved_by: "@acme/ml-governance"')]
]

describe('the complete manifest', () => {
  it('passes every registered rule with zero findings', () => {
    expect(findings(COMPLETE)).toEqual([])
  })

  // Rows as objects: a row shorter than the test function's arity would make jest wait for done().
  const rows = cases
    .filter(([, rule]) => registered.has(rule))
    .map(([what, rule, yaml, evidence]) => ({ what, rule, yaml, evidence: evidence ?? {} }))
  it.each(rows)('without $what fires exactly $rule', ({ rule, yaml, evidence }) => {
    const found = findings(yaml, evidence)
    expect(found.map((f) => f.ruleId)).toEqual([rule])
    // The complete manifest carries an approved exception for MG403: that finding is waived to a note.
    expect(found[0]?.severity).toBe(rule === 'MG403' ? 'note' : 'error')
    expect(found[0]?.waiver !== undefined).toBe(rule === 'MG403')
  })
})
