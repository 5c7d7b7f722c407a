import { describe, expect, it } from '@jest/globals'
import { toJsonReport } from '../../src/report/json.js'
import { finding, sampleResult } from './sample-result.js'

describe('toJsonReport', () => {
  it('writes the version 1 report of interface.md, pretty-printed with a trailing newline', () => {
    const text = toJsonReport(sampleResult())
    expect(text.endsWith('}\n')).toBe(true)
    expect(text).toContain('\n  "version": 1,\n')
    const report = JSON.parse(text)
    expect(Object.keys(report)).toEqual([
      'version',
      'result',
      'mode',
      'policy',
      'fineTuning',
      'models',
      'findings',
      'manifest',
      'notes'
    ])
    expect(report).toEqual({
      version: 1,
      result: 'fail',
      mode: 'enforce',
      policy: {
        source: '.github/model-governance-policy.yml@0123abc',
        sha256: 'abcd1234ef567890abcd1234ef567890abcd1234ef567890abcd1234ef567890'
      },
      fineTuning: {
        detected: true,
        signals: [
          {
            id: 'axolotl-config',
            file: 'training/x.yml',
            line: 4,
            reason: 'axolotl config: adapter: lora',
            strength: 'strong'
          }
        ]
      },
      models: [{ id: 'support-triage', approach: 'fine-tune', tier: 'high', checked: true }],
      findings: [
        {
          ruleId: 'MG303',
          severity: 'error',
          model: 'support-triage',
          message: 'macro_f1 is 0.84, below the minimum 0.88.',
          file: 'model-governance.yml',
          line: 31,
          column: 11,
          ruleName: 'threshold-not-met'
        }
      ],
      manifest: { file: 'model-governance.yml', found: true },
      notes: []
    })
    expect(Object.keys(report.findings[0])).toEqual([
      'ruleId',
      'severity',
      'model',
      'message',
      'file',
      'line',
      'column',
      'ruleName'
    ])
  })

  it('omits undefined fields, keeps waivers and sorts findings and signals stably', () => {
    const result = sampleResult({
      fineTuning: {
        detected: true,
        signals: [
          { id: 'peft', strength: 'medium', file: 'b.py', reason: 'PEFT import' },
          { id: 'axolotl-config', strength: 'strong', file: 'a.yml', line: 2, reason: 'axolotl' }
        ]
      },
      findings: [
        finding({ severity: 'note', waiver: { reason: 'r', approvedBy: 'alice', expiresAt: '2026-12-31' } }),
        finding({ ruleId: 'MG001', ruleName: 'ungoverned-fine-tune', model: undefined, file: undefined })
      ]
    })
    const report = JSON.parse(toJsonReport(result))
    expect(report.fineTuning.signals.map((s: { id: string }) => s.id)).toEqual(['axolotl-config', 'peft'])
    expect(report.fineTuning.signals[1]).not.toHaveProperty('line')
    expect(report.findings[0]).toEqual({
      ruleId: 'MG001',
      severity: 'error',
      message: 'macro_f1 is 0.84, below the minimum 0.88.',
      line: 31,
      column: 11,
      ruleName: 'ungoverned-fine-tune'
    })
    expect(report.findings[1].waiver).toEqual({ reason: 'r', approvedBy: 'alice', expiresAt: '2026-12-31' })
    const reversed = { ...result, findings: [...result.findings].reverse() }
    expect(toJsonReport(reversed)).toBe(toJsonReport(result))
  })
})
