// MG304 (regression against the production baseline) and MG305 (uplift over the prompt baseline).
import { describe, expect, it } from '@jest/globals'
import type { Evidence } from '../../../src/engine/evidence.js'
import mg304 from '../../../src/rules/evaluation/mg304-eval-regression.js'
import mg305 from '../../../src/rules/evaluation/mg305-no-measurable-uplift.js'
import { check, COMPLETE, completeEvidence, evalRead, lineOf } from '../context.js'

const RESULTS = 'evals/support-triage/results.json'
const BASELINE = 'evals/support-triage/baseline.json'
const PROMPT = 'evals/support-triage/prompt-baseline.json'

function evals(overrides: Record<string, ReturnType<typeof evalRead>>): Partial<Evidence> {
  return {
    ...completeEvidence(),
    evals: new Map([...completeEvidence().evals!, ...Object.entries(overrides)])
  }
}

describe('MG304 eval-regression', () => {
  it('passes the complete manifest (0.90 against a 0.89 baseline)', () => {
    expect(check(mg304, COMPLETE, { evidence: completeEvidence() })).toEqual([])
  })

  it('fires when a higher-is-better metric drops by more than max_regression, at the metric', () => {
    const evidence = evals({
      [RESULTS]: evalRead({ macro_f1: 0.875, pii_leakage_rate: 0, harmful_refusal_rate: 0.99 })
    })
    const hits = check(mg304, COMPLETE, { evidence })
    expect(hits).toHaveLength(1)
    expect(hits[0]?.message).toContain(
      'macro_f1 of model support-triage regressed from 0.89 (baseline) to 0.875, 0.015 worse'
    )
    expect(hits[0]?.location?.line).toBe(lineOf(COMPLETE, '- metric: macro_f1'))
  })

  it('is direction-aware: a lower-is-better metric regresses upward', () => {
    const evidence = evals({
      [RESULTS]: evalRead({ macro_f1: 0.9, pii_leakage_rate: 0.02, harmful_refusal_rate: 0.99 })
    })
    const hits = check(mg304, COMPLETE, { evidence })
    expect(hits.map((h) => h.message)).toEqual([
      expect.stringContaining('pii_leakage_rate of model support-triage regressed from 0')
    ])
  })

  it('allows exactly max_regression, and fails closed on an unusable baseline', () => {
    const exact = evals({
      [RESULTS]: evalRead({ macro_f1: 0.88, pii_leakage_rate: 0, harmful_refusal_rate: 0.985 })
    })
    expect(check(mg304, COMPLETE, { evidence: exact })).toEqual([])
    const broken = evals({ [BASELINE]: { ok: false, reason: 'the file does not exist' } })
    const hits = check(mg304, COMPLETE, { evidence: broken })
    expect(hits).toHaveLength(1)
    expect(hits[0]?.location?.line).toBe(lineOf(COMPLETE, 'baseline: evals/support-triage/baseline.json'))
  })
})

describe('MG305 no-measurable-uplift', () => {
  it('passes the complete manifest (0.90 against 0.81, uplift 0.09 >= 0.05)', () => {
    expect(check(mg305, COMPLETE, { evidence: completeEvidence() })).toEqual([])
  })

  it('fires at min_uplift when the fine-tune barely beats the prompt', () => {
    const evidence = evals({ [PROMPT]: evalRead({ macro_f1: 0.88 }) })
    const hits = check(mg305, COMPLETE, { evidence })
    expect(hits).toHaveLength(1)
    expect(hits[0]?.message).toContain('an uplift of 0.02, short of the required 0.05')
    expect(hits[0]?.location?.line).toBe(lineOf(COMPLETE, 'min_uplift: 0.05'))
  })

  it('fails closed when the prompt baseline lacks the metric', () => {
    const hits = check(mg305, COMPLETE, { evidence: evals({ [PROMPT]: evalRead({ accuracy: 0.7 }) }) })
    expect(hits).toHaveLength(1)
    expect(hits[0]?.message).toContain('cannot be measured')
  })
})
