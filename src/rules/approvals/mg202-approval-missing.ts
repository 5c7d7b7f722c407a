// MG202: the pull request's head commit must carry `min_approvals` approvals from the approvers the
// base branch names. The counting (latest review per person, head commit only, never the author's own)
// is in engine/approvals.ts, shared with the summary's approvals table; this rule says what is missing.
// When a team's membership could not be read and that could change the outcome, MG203 reports it
// instead: the gate neither guesses nor double-reports.
import { approvalStatus, modelsNeedingApproval, stillNeeded } from '../../engine/approvals.js'
import { defineRule } from '../../engine/rule.js'
import type { RuleHit } from '../../engine/types.js'
import { FRAMEWORK_REFS } from '../frameworks.js'
import { listOf, plural } from '../wording.js'

export default defineRule({
  meta: {
    id: 'MG202',
    name: 'approval-missing',
    family: 'approvals',
    defaultSeverity: 'error',
    summary:
      "The pull request's head commit lacks min_approvals approvals from the approvers named on the base branch.",
    frameworks: FRAMEWORK_REFS.MG202
  },
  check({ models, evidence, policy, locate }) {
    const approvals = evidence.approvals
    if (approvals?.kind !== 'pull-request' || evidence.baseManifestUnavailable !== undefined) return []
    const hits: RuleHit[] = []
    for (const { model, requirement } of modelsNeedingApproval(models, evidence, policy)) {
      const id = model.entry.id
      const location = locate(['models', model.index, 'approvals', 'approvers'])
      if (requirement.approvers.length === 0) {
        hits.push({
          message: `Model ${id} is new in this change and the policy names no \`governance_approvers\`, so no one can approve it; the policy's owners should name governance approvers (or allow \`new_model_self_approval\`) on the base branch.`,
          model: id,
          location
        })
        continue
      }
      const status = approvalStatus(id, requirement, approvals)
      if (status.satisfied || status.unverifiable.length > 0) continue
      const counted =
        status.approvedBy.length === 0
          ? 'none counted'
          : `counted: ${listOf(status.approvedBy.map((a) => `@${a.login}`))}`
      const notCounted =
        status.notCounted.length === 0
          ? ''
          : ` Not counted: ${status.notCounted.map((n) => `@${n.login} ${n.reason}`).join('; ')}.`
      const { count, from } = stillNeeded(status)
      hits.push({
        message: `Model ${id} has ${status.approvedBy.length} of the ${plural(status.needed, 'approval')} it needs on head commit ${approvals.headSha.slice(0, 7)} (${counted}).${notCounted} Still needed: ${plural(count, 'approval')} from ${listOf(from, 'or')} (${status.authority}).`,
        model: id,
        location
      })
    }
    return hits
  }
})
