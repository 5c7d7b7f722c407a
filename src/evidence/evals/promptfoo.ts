import { Collector, describeValue, finish, isFiniteNumber, isObject } from './json.js'
import type { EvalRead } from './types.js'

/**
 * promptfoo `eval -o results.json` (v2 and v3 summaries).
 * - `pass_rate` = successes / (successes + failures + errors) from `results.stats`; without
 *   stats, counted from `results.results[*].success` (`failureReason: 2` is an error).
 * - each named score: the mean of `results.results[*].namedScores[name]` over the tests that
 *   have it. The prompt-level `prompts[*].metrics.namedScores` is a sum and is never used. A
 *   score with any non-finite per-test value is invalid as a whole.
 */
export function readPromptfoo(data: unknown): EvalRead {
  const summary = isObject(data) ? data.results : undefined
  if (!isObject(summary) || (!isObject(summary.stats) && !Array.isArray(summary.results))) {
    return { ok: false, reason: 'a promptfoo results file has "results.stats" or "results.results"' }
  }
  const tests = Array.isArray(summary.results) ? summary.results.filter(isObject) : []
  const out = new Collector('promptfoo')

  const stats = isObject(summary.stats) ? summary.stats : undefined
  let counts: [unknown, unknown, unknown]
  if (stats) counts = [stats.successes, stats.failures, stats.errors ?? 0]
  else {
    const errors = tests.filter((t) => t.success !== true && t.failureReason === 2).length
    const successes = tests.filter((t) => t.success === true).length
    counts = [successes, tests.length - successes - errors, errors]
  }
  const [s, f, e] = counts
  if (!isFiniteNumber(s) || !isFiniteNumber(f) || !isFiniteNumber(e)) {
    out.invalid.push({
      source: 'promptfoo',
      metric: 'pass_rate',
      found: `not computable (successes ${describeValue(s)}, failures ${describeValue(f)}, errors ${describeValue(e)})`
    })
  } else if (s + f + e <= 0) {
    out.invalid.push({ source: 'promptfoo', metric: 'pass_rate', found: 'undefined: the run has no tests' })
  } else {
    out.add({ metric: 'pass_rate' }, s / (s + f + e), { samples: s + f + e, higherIsBetter: true })
  }

  const sums = new Map<string, { sum: number; count: number; bad?: unknown }>()
  for (const test of tests) {
    if (!isObject(test.namedScores)) continue
    for (const [name, value] of Object.entries(test.namedScores)) {
      const acc = sums.get(name) ?? { sum: 0, count: 0 }
      if (isFiniteNumber(value)) {
        acc.sum += value
        acc.count++
      } else if (!('bad' in acc)) acc.bad = value
      sums.set(name, acc)
    }
  }
  for (const [name, acc] of sums) {
    if ('bad' in acc) out.add({ metric: name }, acc.bad)
    else out.add({ metric: name }, acc.sum / acc.count, { samples: acc.count })
  }
  if (isFiniteNumber(e) && e > 0) out.warnings.push(`${e} promptfoo test(s) ended in an error`)
  return finish(out, 'the promptfoo results file')
}
