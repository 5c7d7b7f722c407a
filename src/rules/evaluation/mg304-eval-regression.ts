// MG304: a thresholded metric is worse than the baseline (the model in production) by more than
// `max_regression`. Direction comes from the threshold: `min` means higher is better, `max` lower.
import { defineRule } from '../../engine/rule.js'
import type { RuleHit } from '../../engine/types.js'
import { findMetric } from '../../evidence/evals/lookup.js'
import { FRAMEWORK_REFS } from '../frameworks.js'
import { thresholdResults } from './threshold-results.js'

/** Metrics are decimals read from JSON; a difference this small is rounding, not a regression. */
const EPSILON = 1e-9

export default defineRule({
  meta: {
    id: 'MG304',
    name: 'eval-regression',
    family: 'evaluation',
    defaultSeverity: 'error',
    summary: "A thresholded metric is worse than the baseline's by more than `max_regression`.",
    frameworks: FRAMEWORK_REFS.MG304
  },
  check(ctx) {
    const hits: RuleHit[] = []
    const reported = new Set<string>()
    for (const { model, threshold, path, lookup } of thresholdResults(ctx)) {
      const baselinePath = model.evaluation?.baseline
      if (!baselinePath || !lookup?.ok) continue
      const baseline = ctx.evidence.evals?.get(baselinePath)
      const allowed = model.evaluation?.max_regression ?? 0
      if (!baseline?.ok) {
        if (reported.has(model.id)) continue
        reported.add(model.id)
        hits.push({
          message: `The baseline ${baselinePath} of model ${model.id} cannot be used (${baseline ? baseline.reason : 'it was not read by this run'}), so regressions cannot be checked; commit the production model's results there.`,
          model: model.id,
          location: ctx.locate([...path.slice(0, 2), 'evaluation', 'baseline'])
        })
        continue
      }
      const before = findMetric(baseline, threshold.metric)
      if (!before.ok) {
        hits.push({
          message: `Metric \`${threshold.metric}\` of model ${model.id} cannot be compared with the baseline ${baselinePath}: ${before.reason}.`,
          model: model.id,
          location: ctx.locate([...path, 'metric'])
        })
        continue
      }
      const higherIsBetter = threshold.min !== undefined
      const now = lookup.record.value
      const then = before.record.value
      const worse = higherIsBetter ? then - now : now - then
      if (worse <= allowed + EPSILON) continue
      hits.push({
        message: `${threshold.metric} of model ${model.id} regressed from ${then} (baseline) to ${now}, ${round(worse)} worse than the model in production, over the allowed max_regression ${allowed}; fix the regression, or have the base branch's approvers accept it.`,
        model: model.id,
        location: ctx.locate([...path, 'metric'])
      })
    }
    return hits
  }
})

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6
}
