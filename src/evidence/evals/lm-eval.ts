import { Collector, finish, isFiniteNumber, isObject } from './json.js'
import type { EvalRead } from './types.js'

/** Keys in `results[task]` that are not metrics. */
const NOT_METRICS = new Set(['alias', 'name', 'sample_len', 'sample_count', 'samples', 'num_fewshot'])

/**
 * lm-evaluation-harness `results_*.json`. Each `results[task]["metric,filter"]` (or the bare
 * `metric` in v0.3 files without filters) is a record in group `task`; the matching
 * `metric_stderr,filter` key becomes its stderr ("N/A" is dropped). Group aggregates listed only
 * under `groups` are read too. Direction from `higher_is_better[task][metric]`, sample size from
 * `n-samples[task].effective` (else `.original`).
 */
export function readLmEval(data: unknown): EvalRead {
  if (!isObject(data) || !isObject(data.results)) {
    return { ok: false, reason: 'an lm-eval results file has a "results" object of tasks' }
  }
  const tasks: [string, Record<string, unknown>][] = []
  const seen = new Set<string>()
  for (const section of [data.results, data.groups]) {
    if (!isObject(section)) continue
    for (const [task, metrics] of Object.entries(section)) {
      if (!isObject(metrics) || seen.has(task)) continue
      seen.add(task)
      tasks.push([task, metrics])
    }
  }
  const higher = isObject(data.higher_is_better) ? data.higher_is_better : {}
  const nSamples = isObject(data['n-samples']) ? data['n-samples'] : {}
  const out = new Collector('lm-eval')
  for (const [task, metrics] of tasks) {
    const directions = isObject(higher[task]) ? higher[task] : {}
    const n = nSamples[task]
    const samples = isObject(n) ? (isFiniteNumber(n.effective) ? n.effective : n.original) : undefined
    for (const [key, value] of Object.entries(metrics)) {
      const comma = key.indexOf(',')
      const metric = comma < 0 ? key : key.slice(0, comma)
      const filter = comma < 0 ? undefined : key.slice(comma + 1)
      if (NOT_METRICS.has(metric) || metric.endsWith('_stderr')) continue
      const stderr = metrics[filter === undefined ? `${metric}_stderr` : `${metric}_stderr,${filter}`]
      const direction = directions[metric]
      out.add({ group: task, metric, ...(filter === undefined ? {} : { filter }) }, value, {
        ...(isFiniteNumber(stderr) ? { stderr } : {}),
        ...(isFiniteNumber(samples) ? { samples } : {}),
        ...(typeof direction === 'boolean' ? { higherIsBetter: direction } : {})
      })
    }
  }
  return finish(out, 'the lm-eval results file')
}
