// Builders for RunResult and Finding values used by the reporter tests.
import type { Finding, RunResult, Severity } from '../../src/engine/types.js'
import type { RuleId } from '../../src/rules/ids.js'

export function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'MG303',
    ruleName: 'threshold-not-met',
    severity: 'error',
    message: 'macro_f1 is 0.84, below the minimum 0.88.',
    model: 'support-triage',
    file: 'model-governance.yml',
    line: 31,
    column: 11,
    ...overrides
  }
}

export function manyFindings(count: number, severity: Severity, ruleId: RuleId = 'MG101'): Finding[] {
  return Array.from({ length: count }, (_, index) =>
    finding({ ruleId, ruleName: 'dataset-provenance-incomplete', severity, line: index + 1, column: 1 })
  )
}

export function sampleResult(overrides: Partial<RunResult> = {}): RunResult {
  return {
    version: 1,
    result: 'fail',
    mode: 'enforce',
    policy: {
      source: '.github/model-governance-policy.yml@0123abc',
      sha256: 'abcd1234ef567890abcd1234ef567890abcd1234ef567890abcd1234ef567890',
      builtIn: false
    },
    manifest: { file: 'model-governance.yml', found: true },
    fineTuning: {
      detected: true,
      signals: [
        {
          id: 'axolotl-config',
          strength: 'strong',
          file: 'training/x.yml',
          line: 4,
          reason: 'axolotl config: adapter: lora'
        }
      ]
    },
    models: [{ id: 'support-triage', approach: 'fine-tune', tier: 'high', checked: true }],
    findings: [finding()],
    notes: [],
    ...overrides
  }
}
