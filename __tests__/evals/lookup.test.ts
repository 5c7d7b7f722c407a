import { describe, expect, it } from '@jest/globals'
import { findMetric } from '../../src/evidence/evals/lookup.js'
import { readEvalResults } from '../../src/evidence/evals/read.js'
import { fixture, text } from './helpers.js'

const lmEval = readEvalResults(fixture('lm-eval/results_2026-01-16T15-23-47.285735.json'), 'r.json', 'auto')
const inspect = readEvalResults(fixture('inspect/success.json'), 'log.json', 'auto')
const generic = readEvalResults(fixture('generic/flat-bad-values.json'), 'r.json', 'auto')

describe('findMetric', () => {
  it('finds a qualified GROUP/METRIC, filter included for lm-eval', () => {
    const found = findMetric(lmEval, 'arc_challenge/acc_norm,none')
    expect(found.ok && found.record.value).toBe(0.4454)
    expect(findMetric(inspect, 'model_graded_fact/accuracy')).toMatchObject({
      ok: true,
      record: { value: 0.79 }
    })
  })

  it('finds a bare METRIC when exactly one group has it', () => {
    expect(findMetric(lmEval, 'acc_norm,none')).toMatchObject({
      ok: true,
      record: { group: 'arc_challenge' }
    })
    expect(findMetric(inspect, 'stderr')).toMatchObject({
      ok: true,
      record: { group: 'match', value: 0.0377 }
    })
    expect(findMetric(generic, 'exact_match')).toMatchObject({ ok: true, record: { value: 0.72 } })
  })

  it('lists the qualified candidates of an ambiguous bare name', () => {
    expect(findMetric(inspect, 'accuracy')).toEqual({
      ok: false,
      reason:
        'metric "accuracy" is ambiguous in the inspect results; name one of: match/accuracy, model_graded_fact/accuracy',
      nearest: ['match/accuracy', 'model_graded_fact/accuracy']
    })
  })

  it('lists up to 3 nearest names for an absent metric, other filters of the same metric first', () => {
    const absent = findMetric(lmEval, 'acc_norm')
    expect(absent.ok).toBe(false)
    expect(!absent.ok && absent.nearest[0]).toBe('acc_norm,none')
    expect(!absent.ok && absent.nearest).toHaveLength(3)
    const typo = findMetric(lmEval, 'gsm8k/exact_match,strict_match')
    expect(!typo.ok && typo.nearest[0]).toBe('gsm8k/exact_match,strict-match')
    expect(!typo.ok && typo.reason).toMatch(
      /^metric "gsm8k\/exact_match,strict_match" is not in the lm-eval results; nearest: /
    )
  })

  it('says "is not a finite number" for NaN, strings and booleans, never a value', () => {
    expect(findMetric(generic, 'recall')).toEqual({
      ok: false,
      reason: 'metric "recall" is not a finite number (it is NaN)',
      nearest: []
    })
    expect(findMetric(generic, 'macro_f1')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/the string "0.91"/)
    })
    expect(findMetric(generic, 'passed')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/the boolean true/)
    })
    expect(findMetric(inspect, 'refusal_rate')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/it is null/)
    })
  })

  it('prefers an exact name containing a slash, and reports duplicates', () => {
    const slashed = readEvalResults(text('{"eval/loss": 0.31, "train/loss": 0.2}'), 'r.json', 'auto')
    expect(findMetric(slashed, 'eval/loss')).toMatchObject({ ok: true, record: { value: 0.31 } })
    const dup = readEvalResults(
      text(
        '---\nmodel-index:\n- results:\n  - dataset: {name: squad}\n    metrics: [{type: f1, value: 1}]\n  - dataset: {name: squad}\n    metrics: [{type: f1, value: 2}]\n---\n'
      ),
      'README.md',
      'auto'
    )
    expect(findMetric(dup, 'squad/f1')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/appears 2 times/)
    })
  })

  it('passes a failed read through', () => {
    const failed = readEvalResults(fixture('inspect/cancelled.json'), 'log.json', 'auto')
    expect(findMetric(failed, 'accuracy')).toEqual({
      ok: false,
      reason: 'the inspect log status is cancelled',
      nearest: []
    })
  })
})
