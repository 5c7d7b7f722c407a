// MG301: a fine-tune model must say, before release, what results are good enough: thresholds, each a
// single bound on one metric, covering every kind of risk its tier names (quality, safety, leakage ...).
// A model whose tier does not require `evaluation` but declares the section anyway still gets its
// thresholds checked (none, unbounded, ambiguous); the tier's kinds are asked only where it requires
// evaluation.
import { defineRule } from '../../engine/rule.js'
import type { RuleHit } from '../../engine/types.js'
import { requirementsFor } from '../../policy/parse.js'
import { FRAMEWORK_REFS } from '../frameworks.js'
import { listOf } from '../wording.js'

export default defineRule({
  meta: {
    id: 'MG301',
    name: 'thresholds-incomplete',
    family: 'evaluation',
    defaultSeverity: 'error',
    summary:
      'A fine-tune model has no thresholds, a threshold without exactly one bound or repeating another, or lacks a threshold of a kind its tier requires.',
    frameworks: FRAMEWORK_REFS.MG301
  },
  check({ models, policy, locate }) {
    const hits: RuleHit[] = []
    for (const { index, entry, tier } of models) {
      if (entry.approach !== 'fine-tune') continue
      const model = entry.id
      const requirements = requirementsFor(policy, entry)
      const required = requirements.require.includes('evaluation')
      const { evaluation } = entry
      if (evaluation === undefined && !required) continue

      const path = ['models', index, 'evaluation', 'thresholds']
      const thresholds = evaluation?.thresholds ?? []
      if (thresholds.length === 0) {
        const kinds = required ? requirements.threshold_kinds : []
        const what =
          kinds.length > 0
            ? `at least one threshold of each kind the ${tier} tier requires (${listOf(kinds)})`
            : 'at least one threshold (a metric with a `min` or a `max`)'
        const where = evaluation === undefined ? '`evaluation.thresholds`' : '`thresholds`'
        hits.push({
          message: `Model ${model} has no evaluation thresholds; add ${where} with ${what}.`,
          model,
          // The empty list, else the evaluation section, else the model's entry.
          location: locate(path)
        })
        continue
      }

      // The first threshold bounding each metric in each direction, to tell a repeat.
      const firstBound = new Map<string, number>()
      thresholds.forEach((threshold, t) => {
        const hasMin = threshold.min !== undefined
        const hasMax = threshold.max !== undefined
        const name = `Threshold ${t + 1} (${threshold.metric}) of model ${model}`
        if (hasMin === hasMax) {
          hits.push({
            message: hasMin
              ? `${name} sets both \`min\` and \`max\`; keep one bound per threshold and give the other its own threshold on the same metric.`
              : `${name} sets neither \`min\` nor \`max\`; add \`min:\` (higher is better) or \`max:\` (lower is better).`,
            model,
            location: locate([...path, t])
          })
          return
        }
        const direction = hasMin ? 'min' : 'max'
        const key = `${direction}\u0000${threshold.metric.trim()}`
        const first = firstBound.get(key)
        if (first === undefined) {
          firstBound.set(key, t)
          return
        }
        hits.push({
          message: `${name} sets a \`${direction}\` for the same metric as threshold ${first + 1}, which is ambiguous; keep a single \`${direction}\` threshold for ${threshold.metric}.`,
          model,
          location: locate([...path, t])
        })
      })

      if (!required) continue
      const present = new Set(thresholds.map((threshold) => threshold.kind))
      const missing = requirements.threshold_kinds.filter((kind) => !present.has(kind))
      if (missing.length === 0) continue
      // Thresholds without a kind count toward none: say so when they could be the missing ones.
      const unkinded = thresholds.flatMap((threshold, t) =>
        threshold.kind === undefined ? [String(t + 1)] : []
      )
      const note =
        unkinded.length === 0
          ? ''
          : unkinded.length === 1
            ? ` (threshold ${unkinded[0] ?? ''} sets no \`kind\`, so it counts toward none)`
            : ` (thresholds ${listOf(unkinded)} set no \`kind\`, so they count toward none)`
      const add =
        missing.length === 1
          ? `a threshold with \`kind: ${missing[0] ?? ''}\``
          : `one threshold with each of ${listOf(missing.map((kind) => `\`kind: ${kind}\``))}`
      hits.push({
        message: `Model ${model} has no ${listOf(missing, 'or')} threshold, which its ${tier} tier requires; add ${add}${note}.`,
        model,
        location: locate(path)
      })
    }
    return hits
  }
})
