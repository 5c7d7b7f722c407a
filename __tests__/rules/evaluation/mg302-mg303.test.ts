// MG302 (results missing or metric absent) and MG303 (threshold not met) on plain evidence.
import { describe, expect, it } from '@jest/globals'
import type { Evidence } from '../../../src/engine/evidence.js'
import mg302 from '../../../src/rules/evaluation/mg302-eval-results-missing.js'
import mg303 from '../../../src/rules/evaluation/mg303-threshold-not-met.js'
import { check, COMPLETE, completeEvidence, evalRead, lineOf, without } from '../context.js'

const RESULTS = 'evals/support-triage/results.json'

function withResults(read: ReturnType<typeof evalRead> | undefined): Partial<Evidence> {
  const evals = new Map(completeEvidence().evals)
  if (read) evals.set(RESULTS, read)
  else evals.delete(RESULTS)
  return { ...completeEvidence(), evals }
}

describe('MG302 eval-results-missing', () => {
  it('passes the complete manifest with its results', () => {
    expect(check(mg302, COMPLETE, { evidence: completeEvidence() })).toEqual([])
  })

  it('fires at the metric when a thresholded metric is absent, naming the nearest', () => {
    const evidence = withResults(
      evalRead({ macro_f1_score: 0.9, pii_leakage_rate: 0, harmful_refusal_rate: 0.99 })
    )
    const hits = check(mg302, COMPLETE, { evidence })
    expect(hits).toHaveLength(1)
    expect(hits[0]?.location).toMatchObject({ line: lineOf(COMPLETE, '- metric: macro_f1'), column: 19 })
    expect(hits[0]?.message).toContain('nearest: macro_f1_score')
  })

  it('never passes NaN or a string', () => {
    for (const bad of [Number.NaN, '0.9']) {
      const hits = check(mg302, COMPLETE, {
        evidence: withResults(evalRead({ macro_f1: bad, pii_leakage_rate: 0, harmful_refusal_rate: 0.99 }))
      })
      expect(hits).toHaveLength(1)
      expect(hits[0]?.message).toMatch(/not a finite number/)
    }
  })

  it('fires once at results when the file is missing, unreadable or was not gathered', () => {
    const missing = check(mg302, COMPLETE, {
      evidence: withResults({ ok: false, reason: 'the file does not exist' })
    })
    expect(missing).toHaveLength(1)
    expect(missing[0]?.location?.line).toBe(lineOf(COMPLETE, 'results: evals/support-triage/results.json'))
    expect(missing[0]?.message).toContain('the file does not exist')
    expect(check(mg302, COMPLETE, { evidence: withResults(undefined) })[0]?.message).toContain('not read')
  })

  it('fires when thresholds have no results file', () => {
    const hits = check(mg302, without(COMPLETE, 'results: evals/support-triage/results.json'), {
      evidence: completeEvidence()
    })
    expect(hits).toHaveLength(1)
    expect(hits[0]?.message).toContain('no results')
  })
})

describe('MG303 threshold-not-met', () => {
  it('passes when every metric meets its bound', () => {
    expect(check(mg303, COMPLETE, { evidence: completeEvidence() })).toEqual([])
  })

  it('fires at the bound with the value, the bound and the file', () => {
    const evidence = withResults(
      evalRead({ macro_f1: 0.84, pii_leakage_rate: 0.01, harmful_refusal_rate: 0.98 })
    )
    const hits = check(mg303, COMPLETE, { evidence })
    expect(hits.map((h) => h.message)).toEqual([
      `macro_f1 of model support-triage is 0.84, below the minimum 0.88 (${RESULTS}); improve the model before release, or have the base branch's approvers agree a new threshold.`,
      expect.stringContaining('pii_leakage_rate of model support-triage is 0.01, above the maximum 0')
    ])
    expect(hits[0]?.location?.line).toBe(lineOf(COMPLETE, 'min: 0.88'))
  })

  it('leaves an absent metric to MG302 rather than passing or failing it', () => {
    const evidence = withResults(evalRead({ pii_leakage_rate: 0, harmful_refusal_rate: 0.99 }))
    expect(check(mg303, COMPLETE, { evidence })).toEqual([])
    expect(check(mg302, COMPLETE, { evidence })).toHaveLength(1)
  })
})
