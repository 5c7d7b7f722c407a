// The summary's evaluation table: each threshold with its value, the baseline, the delta and a verdict.
import { describe, expect, it } from '@jest/globals'
import { evaluationTables } from '../../src/engine/evaluation-table.js'
import { renderMarkdown } from '../../src/report/markdown.js'
import { docsUrlFor } from '../../src/rules/docs.js'
import { COMPLETE, completeEvidence, contextFor, evalRead } from '../rules/context.js'

describe('evaluationTables', () => {
  it('lists each threshold with value, baseline, delta and verdict', () => {
    const evidence = completeEvidence()
    const evals = new Map(evidence.evals)
    evals.set('evals/support-triage/results.json', evalRead({ macro_f1: 0.86, harmful_refusal_rate: 0.99 }))
    const rows = evaluationTables(contextFor(COMPLETE, { evidence: { ...evidence, evals } })).get(
      'support-triage'
    )
    expect(rows).toEqual([
      {
        metric: 'macro_f1',
        kind: 'quality',
        bound: 'min',
        limit: 0.88,
        value: 0.86,
        baseline: 0.89,
        delta: -0.03,
        verdict: 'below min'
      },
      {
        metric: 'pii_leakage_rate',
        kind: 'leakage',
        bound: 'max',
        limit: 0,
        baseline: 0,
        verdict: 'missing'
      },
      {
        metric: 'harmful_refusal_rate',
        kind: 'safety',
        bound: 'min',
        limit: 0.98,
        value: 0.99,
        baseline: 0.985,
        delta: 0.005,
        verdict: 'pass'
      }
    ])
  })

  it('renders a table per model in the summary', () => {
    const rows = evaluationTables(contextFor(COMPLETE, { evidence: completeEvidence() })).get(
      'support-triage'
    )!
    const markdown = renderMarkdown(
      {
        version: 1,
        result: 'pass',
        mode: 'enforce',
        policy: { source: 'built-in default', sha256: 'a'.repeat(64), builtIn: true },
        manifest: { file: 'model-governance.yml', found: true },
        fineTuning: { detected: false, signals: [] },
        models: [
          { id: 'support-triage', approach: 'fine-tune', tier: 'high', checked: true, evaluation: rows }
        ],
        findings: [],
        notes: []
      },
      { docsUrl: docsUrlFor() }
    )
    expect(markdown).toContain('| Metric | Kind | Bound | Value | Baseline | Δ | Verdict |')
    expect(markdown).toContain('| `macro_f1` | quality | min 0.88 | 0.9 | 0.89 | +0.01 | ✅ pass |')
  })
})
