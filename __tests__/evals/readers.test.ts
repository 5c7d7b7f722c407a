import { describe, expect, it } from '@jest/globals'
import { strToU8, zipSync } from 'fflate'
import { readEvalResults } from '../../src/evidence/evals/read.js'
import { locateJsonError } from '../../src/evidence/evals/json.js'
import type { EvalRead, EvalRecord } from '../../src/evidence/evals/types.js'
import { qualifiedName } from '../../src/evidence/evals/types.js'
import { fixture, text } from './helpers.js'

const ok = (read: EvalRead): Extract<EvalRead, { ok: true }> => {
  if (!read.ok) throw new Error(`expected ok, got: ${read.reason}`)
  return read
}
const byName = (read: EvalRead): Record<string, EvalRecord> =>
  Object.fromEntries(ok(read).records.map((r) => [qualifiedName(r), r]))
const invalidNames = (read: EvalRead): Record<string, string> =>
  Object.fromEntries(ok(read).invalid.map((e) => [qualifiedName(e), e.found]))

describe('generic', () => {
  it('reads the map under metrics, flattening nested objects to dotted paths', () => {
    const read = readEvalResults(fixture('generic/metrics.json'), 'metrics.json', 'auto')
    expect(ok(read).format).toBe('generic')
    const r = byName(read)
    expect(r['macro_f1']?.value).toBe(0.9132)
    expect(r['safety.harmful_refusal_rate']?.value).toBe(0.991)
    expect(r['pii_leakage_rate']?.value).toBe(0)
    expect(r['model']).toBeUndefined() // outside `metrics`
    expect(Object.keys(r).some((k) => k.startsWith('per_class'))).toBe(false)
    expect(invalidNames(read)).toEqual({
      notes: 'the string "held-out set v3"',
      calibrated: 'the boolean true'
    })
  })

  it('never turns NaN, Infinity, numeric strings, null or booleans into values', () => {
    const read = readEvalResults(fixture('generic/flat-bad-values.json'), 'flat.json', 'generic')
    expect(Object.keys(byName(read))).toEqual(['exact_match'])
    expect(invalidNames(read)).toEqual({
      macro_f1: 'the string "0.91"',
      recall: 'NaN',
      precision: 'Infinity',
      drift_psi: 'null',
      passed: 'the boolean true'
    })
  })

  it('fails when there is no finite number at all, naming what it found', () => {
    const read = readEvalResults(text('{"macro_f1": "0.9"}'), 'r.json', 'auto')
    expect(read).toEqual({
      ok: false,
      reason: 'the generic results file has no finite numeric metrics (macro_f1 is the string "0.9")'
    })
  })
})

describe('lm-eval', () => {
  it('reads metric,filter keys with stderr, samples and direction', () => {
    const read = readEvalResults(
      fixture('lm-eval/results_2026-01-16T15-23-47.285735.json'),
      'results.json',
      'auto'
    )
    expect(ok(read).format).toBe('lm-eval')
    const r = byName(read)
    expect(r['arc_challenge/acc_norm,none']).toEqual({
      source: 'lm-eval',
      group: 'arc_challenge',
      metric: 'acc_norm',
      filter: 'none',
      value: 0.4454,
      stderr: 0.01452,
      samples: 1172,
      higherIsBetter: true
    })
    expect(r['gsm8k/exact_match,flexible-extract']?.value).toBe(0.1873)
    // "N/A" stderr is dropped, the value kept
    expect(r['masakhaner_luo_prompt_1/f1,flexible-extract']?.stderr).toBeUndefined()
    expect(Object.keys(r)).toHaveLength(5) // alias and *_stderr keys are not metrics
    expect(ok(read).invalid).toEqual([])
  })

  it('reads old files without filters by the bare key', () => {
    const r = byName(readEvalResults(fixture('lm-eval/legacy-v0.3-res.json'), 'arc-res.json', 'lm-eval'))
    expect(r['arc_challenge/acc']).toEqual({
      source: 'lm-eval',
      group: 'arc_challenge',
      metric: 'acc',
      value: 0.26621160409556316,
      stderr: 0.012915774781523216
    })
  })

  it('reads group aggregates once, and Python NaN as an invalid entry', () => {
    const read = readEvalResults(fixture('lm-eval/groups-nan.json'), 'results.json', 'auto')
    const r = byName(read)
    expect(Object.keys(r).sort()).toEqual([
      'mmlu/acc,none',
      'mmlu_humanities/acc,none',
      'mmlu_stem/acc,none',
      'truthfulqa_gen/bleu_diff,none'
    ])
    expect(r['truthfulqa_gen/bleu_diff,none']).toMatchObject({ value: -1.93, higherIsBetter: true })
    expect(r['truthfulqa_gen/bleu_diff,none']?.stderr).toBeUndefined()
    expect(invalidNames(read)).toEqual({ 'truthfulqa_gen/rouge1_acc,none': 'NaN' })
  })
})

describe('promptfoo', () => {
  it('computes pass_rate from stats and averages named scores per test', () => {
    const read = readEvalResults(fixture('promptfoo/results.json'), 'results.json', 'auto')
    expect(ok(read).format).toBe('promptfoo')
    const r = byName(read)
    expect(r['pass_rate']).toEqual({
      source: 'promptfoo',
      metric: 'pass_rate',
      value: 0.75,
      samples: 4,
      higherIsBetter: true
    })
    // the prompt-level namedScores are sums (3.5 for Tone); the mean per test is 0.875
    expect(r['Tone']?.value).toBeCloseTo(0.875)
    expect(r['Correctness']).toMatchObject({ value: 1, samples: 3 })
    expect(r['Topicality']?.value).toBeCloseTo((0.9 + 0.8 + 0.9 + 0.6015) / 4)
  })

  it('counts errors against the pass rate', () => {
    const read = readEvalResults(fixture('promptfoo/with-errors.json'), 'results.json', 'promptfoo')
    const r = byName(read)
    expect(r['pass_rate']?.value).toBe(0.25)
    expect(r['Refusal']).toMatchObject({ value: 0.5, samples: 2 })
    expect(ok(read).warnings).toEqual(['2 promptfoo test(s) ended in an error'])
  })

  it('counts from results when stats are missing, and marks a named score with a NaN invalid', () => {
    const json = JSON.stringify({
      results: {
        version: 2,
        results: [
          { success: true, namedScores: { Tone: 1 } },
          { success: false, failureReason: 2, namedScores: { Tone: 'x' } }
        ]
      }
    })
    const read = readEvalResults(text(json), 'out.json', 'auto')
    expect(byName(read)['pass_rate']?.value).toBe(0.5)
    expect(invalidNames(read)).toEqual({ Tone: 'the string "x"' })
  })
})

describe('inspect', () => {
  it('reads scorer metrics of a successful log', () => {
    const read = readEvalResults(fixture('inspect/success.json'), 'log.json', 'auto')
    expect(ok(read).format).toBe('inspect')
    const r = byName(read)
    expect(r['match/accuracy']).toEqual({
      source: 'inspect',
      group: 'match',
      metric: 'accuracy',
      value: 0.83,
      samples: 100
    })
    expect(r['model_graded_fact/accuracy']?.value).toBe(0.79)
    expect(invalidNames(read)).toEqual({ 'model_graded_fact/refusal_rate': 'null' })
  })

  it('refuses a cancelled log even though it has scores', () => {
    const read = readEvalResults(fixture('inspect/cancelled.json'), 'log.json', 'auto')
    expect(read).toEqual({ ok: false, reason: 'the inspect log status is cancelled' })
  })

  it('reads header.json only from a .eval zip', () => {
    const header = fixture('inspect/success.json')
    const zip = zipSync({
      '_journal/start.json': strToU8('{}'),
      'samples/1_epoch_1.json': strToU8('not json at all'),
      'header.json': header
    })
    const r = byName(readEvalResults(zip, '2026-05-12T20-28-13_gsm8k.eval', 'auto'))
    expect(r['match/accuracy']?.value).toBe(0.83)
    const cancelled = zipSync({ 'header.json': fixture('inspect/cancelled.json') })
    expect(readEvalResults(cancelled, 'x.eval', 'inspect')).toEqual({
      ok: false,
      reason: 'the inspect log status is cancelled'
    })
  })

  it('refuses a zip without header.json, a zip bomb, and a header over 16 MiB', () => {
    expect(readEvalResults(zipSync({ 'a.json': strToU8('{}') }), 'x.eval', 'auto')).toEqual({
      ok: false,
      reason: 'the .eval zip has no header.json'
    })
    const bomb = zipSync({ 'header.json': new Uint8Array(8 * 1024 * 1024).fill(0x20) }, { level: 9 })
    const bombRead = readEvalResults(bomb, 'x.eval', 'auto')
    expect(bombRead.ok).toBe(false)
    expect(!bombRead.ok && bombRead.reason).toMatch(/zip bomb/)
    const big = zipSync({ 'header.json': new Uint8Array(16 * 1024 * 1024 + 1) }, { level: 0 })
    const bigRead = readEvalResults(big, 'x.eval', 'auto')
    expect(!bigRead.ok && bigRead.reason).toMatch(/over the 16777216 byte limit/)
  })

  it('refuses a zip for formats other than inspect, and a broken zip', () => {
    const zip = zipSync({ 'header.json': strToU8('{}') })
    expect(readEvalResults(zip, 'x.zip', 'generic').ok).toBe(false)
    const broken = readEvalResults(new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]), 'x.eval', 'auto')
    expect(!broken.ok && broken.reason).toMatch(/not a readable zip/)
  })
})

describe('model-index', () => {
  it('reads metrics of two datasets from the README front matter', () => {
    const read = readEvalResults(fixture('model-index/README.md'), 'README.md', 'auto')
    expect(ok(read).format).toBe('model-index')
    const r = byName(read)
    expect(r['conll2003/f1']).toEqual({
      source: 'model-index',
      group: 'conll2003',
      metric: 'f1',
      value: 0.9318624993035824
    })
    expect(r['conll2003/accuracy']?.value).toBe(0.9836)
    expect(r['squad/f1']?.value).toBe(88.5) // group falls back to dataset type
    expect(r['squad/Exact Match']?.value).toBe(80.9) // metric falls back to name
    expect(invalidNames(read)).toEqual({ 'conll2003/precision': 'the string "0.92"' })
  })

  it('never passes an empty results list or a card without front matter', () => {
    const empty = readEvalResults(fixture('model-index/empty-results.md'), 'README.md', 'model-index')
    expect(empty).toEqual({ ok: false, reason: 'the model card model-index has no finite numeric metrics' })
    const none = readEvalResults(text('# A model\n\nF1 0.9\n'), 'README.md', 'auto')
    expect(none.ok).toBe(false)
    const badYaml = readEvalResults(text('---\nmodel-index: [\n---\n'), 'README.md', 'auto')
    expect(!badYaml.ok && badYaml.reason).toMatch(/^invalid YAML/)
  })
})

describe('readEvalResults guard rails and detection', () => {
  it('refuses input over 32 MiB', () => {
    const read = readEvalResults(new Uint8Array(32 * 1024 * 1024 + 1), 'big.json', 'auto')
    expect(!read.ok && read.reason).toMatch(/over the 33554432 byte limit/)
  })

  it('reports invalid JSON with its position', () => {
    const read = readEvalResults(text('{\n  "a": 1,\n  "b": }\n'), 'r.json', 'auto')
    expect(read).toEqual({
      ok: false,
      reason: 'r.json: invalid JSON: line 3, column 8 (offset 19): expected a value, found "}"'
    })
    expect(locateJsonError('{"a":1')).toBe(
      "line 1, column 7 (offset 6): expected ',' or '}', found the end of the input"
    )
    expect(locateJsonError('[1,2] x')).toMatch(/offset 6\): expected the end of the input/)
    expect(locateJsonError('{"a":"\\q"}')).toMatch(/expected an escape character/)
  })

  it('a file that fits no format is a failure, never a pass', () => {
    for (const body of ['[1, 2, 3]', '"0.9"', '42', '{}', '{"name": "x"}', '   ']) {
      expect(readEvalResults(text(body), 'r.json', 'auto').ok).toBe(false)
    }
  })

  it('refuses a file that is plainly another format than the one named', () => {
    expect(readEvalResults(fixture('promptfoo/results.json'), 'r.json', 'lm-eval')).toEqual({
      ok: false,
      reason: 'r.json looks like promptfoo results, not lm-eval'
    })
    expect(readEvalResults(fixture('lm-eval/legacy-v0.3-res.json'), 'r.json', 'inspect').ok).toBe(false)
  })

  it('reads a generic file named explicitly even if it has a results key', () => {
    const read = readEvalResults(text('{"results": {"f1": 0.8}}'), 'r.json', 'generic')
    expect(byName(read)['results.f1']?.value).toBe(0.8)
  })
})
