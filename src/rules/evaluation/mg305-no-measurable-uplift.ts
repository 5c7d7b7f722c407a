// MG305: the fine-tuned model does not beat the prompt-based baseline on the evidence metric by
// `min_uplift`: the case for fine-tuning over a prompt is not made.
import { defineRule } from '../../engine/rule.js'
import type { RuleHit } from '../../engine/types.js'
import { findMetric } from '../../evidence/evals/lookup.js'
import type { EvalRead } from '../../evidence/evals/types.js'
import { FRAMEWORK_REFS } from '../frameworks.js'

const EPSILON = 1e-9

export default defineRule({
  meta: {
    id: 'MG305',
    name: 'no-measurable-uplift',
    family: 'evaluation',
    defaultSeverity: 'error',
    summary: 'The fine-tuned model does not beat the prompt baseline on the evidence metric by `min_uplift`.',
    frameworks: FRAMEWORK_REFS.MG305
  },
  check(ctx) {
    const hits: RuleHit[] = []
    for (const { index, entry } of ctx.models) {
      const evidence = entry.justification?.evidence
      const results = entry.evaluation?.results
      // An incomplete evidence block is MG601's finding; results without a file are MG302's.
      if (entry.approach !== 'fine-tune' || !evidence || !results) continue
      const { prompt_baseline: baselinePath, metric, min_uplift: minUplift } = evidence
      if (!baselinePath || !metric || minUplift === undefined) continue
      const at = ctx.locate(['models', index, 'justification', 'evidence'])
      const tuned = ctx.evidence.evals?.get(results)
      const prompt = ctx.evidence.evals?.get(baselinePath)
      const tunedValue = tuned?.ok ? findMetric(tuned, metric) : undefined
      const promptValue = prompt?.ok ? findMetric(prompt, metric) : undefined
      // A thresholded metric missing from the results is MG302's finding already.
      const thresholded = entry.evaluation?.thresholds?.some((t) => t.metric === metric) ?? false
      if (!tunedValue?.ok && thresholded) continue
      if (!tunedValue?.ok || !promptValue?.ok) {
        const problem = !tunedValue?.ok
          ? `${results}: ${unusable(tuned, tunedValue)}`
          : `${baselinePath}: ${unusable(prompt, promptValue)}`
        hits.push({
          message: `The uplift of model ${entry.id} over its prompt baseline on \`${metric}\` cannot be measured (${problem}); commit both results with that metric.`,
          model: entry.id,
          location: at
        })
        continue
      }
      // Lower is better only when the model's threshold on this metric is a maximum.
      const lowerIsBetter = entry.evaluation?.thresholds?.some(
        (t) => t.metric === metric && t.max !== undefined
      )
      const uplift = lowerIsBetter
        ? promptValue.record.value - tunedValue.record.value
        : tunedValue.record.value - promptValue.record.value
      if (uplift + EPSILON >= minUplift) continue
      hits.push({
        message: `Model ${entry.id} reaches ${metric} ${tunedValue.record.value} against ${promptValue.record.value} for the prompt baseline, an uplift of ${Math.round(uplift * 1e6) / 1e6}, short of the required ${minUplift}; without measurable uplift, prefer the prompt-based approach.`,
        model: entry.id,
        location: ctx.locate(['models', index, 'justification', 'evidence', 'min_uplift'])
      })
    }
    return hits
  }
})

/** Why a results file gave no value for the metric. */
function unusable(read: EvalRead | undefined, lookup: ReturnType<typeof findMetric> | undefined): string {
  if (lookup && !lookup.ok) return lookup.reason
  if (read && !read.ok) return read.reason
  return 'it was not read by this run'
}
