// MG201: someone must be named to approve a model's updates. Every model, whatever its approach, needs
// approvers (where its tier requires approvals, which the built-in default does for every tier); a
// fine-tune model's `min_approvals` may not undercut the tier's minimum, and cannot exceed what its
// approvers can supply. Only users can be counted: a team (`@org/team`) may supply several people, so
// with a team among the approvers the count is left to MG202, which reads the actual reviews.
import { defineRule } from '../../engine/rule.js'
import type { RuleHit } from '../../engine/types.js'
import { requirementsFor } from '../../policy/parse.js'
import { FRAMEWORK_REFS } from '../frameworks.js'
import { plural } from '../wording.js'

export default defineRule({
  meta: {
    id: 'MG201',
    name: 'approvers-undeclared',
    family: 'approvals',
    defaultSeverity: 'error',
    summary:
      "A model has no approvers, or a fine-tune model's min_approvals is below the policy's minimum or above the number of approvers.",
    frameworks: FRAMEWORK_REFS.MG201
  },
  check({ models, policy, locate }) {
    const hits: RuleHit[] = []
    for (const { index, entry, tier } of models) {
      const model = entry.id
      const requirements = requirementsFor(policy, entry)
      const { approvals } = entry
      const path = ['models', index, 'approvals']
      // Handles are case-insensitive on GitHub; a repeated approver is one person.
      const approvers = [...new Set((approvals?.approvers ?? []).map((handle) => handle.toLowerCase()))]

      if (approvers.length === 0) {
        if (approvals === undefined && !requirements.require.includes('approvals')) continue
        hits.push({
          message: `Model ${model} names no approvers; add \`approvals.approvers\` with the users or teams ("@login", "@org/team") who approve its updates.`,
          model,
          // The empty list, else the approvals section, else the model's entry.
          location: locate([...path, 'approvers'])
        })
        continue
      }
      if (entry.approach !== 'fine-tune' || approvals === undefined) continue

      const tierMinimum = requirements.min_approvals
      const declared = approvals.min_approvals
      if (declared !== undefined && declared < tierMinimum) {
        hits.push({
          message: `Model ${model} sets \`min_approvals: ${declared}\`, below the ${tier} tier's minimum of ${tierMinimum}; raise it to at least ${tierMinimum}.`,
          model,
          location: locate([...path, 'min_approvals'])
        })
      }

      if (approvers.some((handle) => handle.includes('/'))) continue
      // What a change will need: the declared count, never less than the tier's minimum.
      const needed = Math.max(declared ?? tierMinimum, tierMinimum)
      if (needed <= approvers.length) continue
      const fromDeclared = declared !== undefined && declared >= tierMinimum
      const why = fromDeclared ? '' : ` (the ${tier} tier's minimum)`
      // Lowering min_approvals helps only down to the tier's minimum.
      const fix =
        fromDeclared && approvers.length >= tierMinimum
          ? `add approvers or a team, or lower \`min_approvals\` to ${approvers.length}`
          : 'add approvers or a team to `approvals.approvers`'
      hits.push({
        message: `Model ${model} needs ${plural(needed, 'approval')}${why} but names only ${plural(approvers.length, 'approver')}, so no change could ever be approved; ${fix}.`,
        model,
        location: locate([...path, fromDeclared ? 'min_approvals' : 'approvers'])
      })
    }
    return hits
  }
})
