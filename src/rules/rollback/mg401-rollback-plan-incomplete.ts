// MG401: a fine-tune model's rollback plan is absent (where its tier requires one) or lacks one of the
// four things a rollback needs: what to roll back to, how, who does it, and when. The drill date is
// MG403's and whether the procedure exists is MG402's.
import { defineRule } from '../../engine/rule.js'
import type { RuleHit } from '../../engine/types.js'
import { requirementsFor } from '../../policy/parse.js'
import { FRAMEWORK_REFS } from '../frameworks.js'
import { listOf } from '../wording.js'

const PLAN_FIELDS = ['previous_model', 'procedure', 'owner', 'trigger'] as const

export default defineRule({
  meta: {
    id: 'MG401',
    name: 'rollback-plan-incomplete',
    family: 'rollback',
    defaultSeverity: 'error',
    summary:
      'A fine-tune model has no rollback plan where its tier requires one, or the plan lacks previous_model, procedure, owner or trigger.',
    frameworks: FRAMEWORK_REFS.MG401
  },
  check(ctx) {
    const hits: RuleHit[] = []
    for (const { index, entry, tier } of ctx.models) {
      if (entry.approach !== 'fine-tune') continue
      const rollback = entry.rollback
      if (rollback === undefined) {
        if (!requirementsFor(ctx.policy, entry).require.includes('rollback')) continue
        hits.push({
          message: `Model ${entry.id} has no rollback plan, which the policy requires of ${tier}-tier fine-tunes; add a \`rollback:\` section with previous_model, procedure, owner and trigger.`,
          model: entry.id,
          location: ctx.locate(['models', index])
        })
        continue
      }
      const missing = PLAN_FIELDS.filter((field) => isBlank(rollback[field]))
      if (missing.length === 0) continue
      hits.push({
        message: `The rollback plan of model ${entry.id} lacks ${listOf(missing)}; add ${missing.length === 1 ? 'it' : 'them'} under \`rollback:\` so that someone knows what to roll back to, how, who and when.`,
        model: entry.id,
        location: ctx.locate(['models', index, 'rollback'])
      })
    }
    return hits
  }
})

function isBlank(value: string | undefined): boolean {
  return value === undefined || value.trim() === ''
}
