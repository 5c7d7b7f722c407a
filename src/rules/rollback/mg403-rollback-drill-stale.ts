// MG403: a rollback plan is only as good as its last drill. A fine-tune model whose tier requires a
// rollback plan, or that declares one, must record when it was last drilled, within the tier's maximum
// age. The clock is the run's injected `now`.
import { daysSince } from '../../engine/dates.js'
import { defineRule } from '../../engine/rule.js'
import type { RuleHit } from '../../engine/types.js'
import { requirementsFor } from '../../policy/parse.js'
import { FRAMEWORK_REFS } from '../frameworks.js'

export default defineRule({
  meta: {
    id: 'MG403',
    name: 'rollback-drill-stale',
    family: 'rollback',
    defaultSeverity: 'error',
    summary:
      "A fine-tune model's rollback tested_at is missing or older than the policy's maximum drill age (default 90 days).",
    frameworks: FRAMEWORK_REFS.MG403
  },
  check(ctx) {
    const hits: RuleHit[] = []
    for (const { index, entry } of ctx.models) {
      if (entry.approach !== 'fine-tune') continue
      const requirements = requirementsFor(ctx.policy, entry)
      const rollback = entry.rollback
      // A missing rollback section is MG401's finding; a drill is only asked of a declared plan.
      if (rollback === undefined) continue
      const maxAge = requirements.rollback_drill_max_age_days
      const testedAt = rollback?.tested_at
      if (testedAt === undefined) {
        hits.push({
          message: `Model ${entry.id} has no rollback drill on record; run a drill and set \`rollback.tested_at:\` to its date (at most ${maxAge} days old).`,
          model: entry.id,
          // The rollback section, or the model's entry when the section itself is absent.
          location: ctx.locate(['models', index, 'rollback'])
        })
        continue
      }
      const age = daysSince(testedAt, ctx.now)
      if (age <= maxAge) continue
      hits.push({
        message: `The last rollback drill of ${entry.id} was ${age} days ago (${testedAt}), over the ${maxAge}-day maximum; run a drill and update tested_at.`,
        model: entry.id,
        location: ctx.locate(['models', index, 'rollback', 'tested_at'])
      })
    }
    return hits
  }
})
