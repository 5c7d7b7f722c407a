// The evaluation rules share one walk: each threshold of each checked fine-tune model, with the
// results file it is judged against and the metric looked up there (eval-formats.md naming).
import type { RuleContext } from '../../engine/rule.js'
import { findMetric } from '../../evidence/evals/lookup.js'
import type { EvalRead } from '../../evidence/evals/types.js'
import type { ModelEntry, NodePath } from '../../manifest/types.js'

type Threshold = NonNullable<NonNullable<ModelEntry['evaluation']>['thresholds']>[number]

export interface ThresholdResult {
  model: ModelEntry
  threshold: Threshold
  /** The threshold's node in the manifest. */
  path: NodePath
  resultsPath: string
  /** The read of the results file; undefined when it was not gathered. */
  read: EvalRead | undefined
  lookup: ReturnType<typeof findMetric> | undefined
}

/** Thresholds with exactly one bound (MG301 reports the others), paired with their results. */
export function* thresholdResults(ctx: RuleContext): Generator<ThresholdResult> {
  for (const { index, entry } of ctx.models) {
    const evaluation = entry.evaluation
    if (entry.approach !== 'fine-tune' || !evaluation?.results) continue
    const read = ctx.evidence.evals?.get(evaluation.results)
    for (const [j, threshold] of (evaluation.thresholds ?? []).entries()) {
      if ((threshold.min === undefined) === (threshold.max === undefined)) continue
      yield {
        model: entry,
        threshold,
        path: ['models', index, 'evaluation', 'thresholds', j],
        resultsPath: evaluation.results,
        read,
        lookup: read?.ok ? findMetric(read, threshold.metric) : undefined
      }
    }
  }
}
