// MG303: a metric the results file reports is below its `min` or above its `max`.
import { defineRule } from '../../engine/rule.js'
import type { RuleHit } from '../../engine/types.js'
import { FRAMEWORK_REFS } from '../frameworks.js'
import { thresholdResults } from './threshold-results.js'

export default defineRule({
  meta: {
    id: 'MG303',
    name: 'threshold-not-met',
    family: 'evaluation',
    defaultSeverity: 'error',
    summary: 'A metric is below its `min` or above its `max`.',
    frameworks: FRAMEWORK_REFS.MG303
  },
  check(ctx) {
    const hits: RuleHit[] = []
    for (const { model, threshold, path, resultsPath, lookup } of thresholdResults(ctx)) {
      if (!lookup?.ok) continue
      const { value } = lookup.record
      const { metric, min, max } = threshold
      const failed =
        min !== undefined && value < min
          ? { bound: 'min', words: `below the minimum ${min}` }
          : max !== undefined && value > max
            ? { bound: 'max', words: `above the maximum ${max}` }
            : undefined
      if (!failed) continue
      hits.push({
        message: `${metric} of model ${model.id} is ${value}, ${failed.words} (${resultsPath}); improve the model before release, or have the base branch's approvers agree a new threshold.`,
        model: model.id,
        location: ctx.locate([...path, failed.bound])
      })
    }
    return hits
  }
})
