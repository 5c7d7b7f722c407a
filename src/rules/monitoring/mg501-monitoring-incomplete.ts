// MG501: a fine-tune model must be watched after release: by someone (an owner), for the failure
// modes its tier names (monitoring_signals, default drift and leakage).
import { defineRule } from '../../engine/rule.js'
import type { RuleHit } from '../../engine/types.js'
import { requirementsFor } from '../../policy/parse.js'
import { FRAMEWORK_REFS } from '../frameworks.js'
import { listOf } from '../wording.js'

export default defineRule({
  meta: {
    id: 'MG501',
    name: 'monitoring-incomplete',
    family: 'monitoring',
    defaultSeverity: 'error',
    summary:
      'A fine-tune model has no monitoring where its tier requires it, monitoring has no owner, or it lacks a signal the policy requires (default: drift and leakage).',
    frameworks: FRAMEWORK_REFS.MG501
  },
  check(ctx) {
    const hits: RuleHit[] = []
    for (const { index, entry, tier } of ctx.models) {
      if (entry.approach !== 'fine-tune') continue
      const requirements = requirementsFor(ctx.policy, entry)
      const required = requirements.monitoring_signals
      const monitoring = entry.monitoring
      const at = ['models', index, 'monitoring'] as const
      if (monitoring === undefined) {
        if (!requirements.require.includes('monitoring')) continue
        const watch = required.length > 0 ? ` and the signals ${listOf(required)}` : ''
        hits.push({
          message: `Model ${entry.id} has no monitoring, which the policy requires of ${tier}-tier fine-tunes; add a \`monitoring:\` section with an owner${watch}.`,
          model: entry.id,
          location: ctx.locate(['models', index])
        })
        continue
      }
      if (monitoring.owner === undefined) {
        hits.push({
          message: `The monitoring of model ${entry.id} has no owner; add \`owner:\` under \`monitoring:\`, the user or team who watches the model after release.`,
          model: entry.id,
          location: ctx.locate([...at])
        })
      }
      const watched = new Set(monitoring.signals ?? [])
      const missing = required.filter((signal) => !watched.has(signal))
      if (missing.length > 0) {
        hits.push({
          message: `The monitoring of model ${entry.id} does not watch ${listOf(missing)}, which the policy requires of ${tier}-tier fine-tunes; add ${missing.length === 1 ? 'it' : 'them'} to \`signals:\` and wire up the alert.`,
          model: entry.id,
          location: ctx.locate(monitoring.signals === undefined ? [...at] : [...at, 'signals'])
        })
      }
    }
    return hits
  }
})
