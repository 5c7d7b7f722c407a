// MG203: when approvals cannot be checked, the gate fails closed instead of trusting the manifest.
// The reasons: no token, no pull request, the base manifest (where approvers come from) unreadable, an
// API failure after retries, or a team whose membership the token cannot read while it matters. In a
// local run without --pr the evidence cannot exist, so the finding is a note that says how to get it.
import { approvalStatus, modelsNeedingApproval } from '../../engine/approvals.js'
import { defineRule } from '../../engine/rule.js'
import type { RuleHit } from '../../engine/types.js'
import { FRAMEWORK_REFS } from '../frameworks.js'
import { listOf } from '../wording.js'

const TEAM_FIX =
  'give the action a token that can read team members in the `team-token` input (a GitHub App token with Members: read, or a PAT with read:org), or name approvers by login'

export default defineRule({
  meta: {
    id: 'MG203',
    name: 'approval-unverifiable',
    family: 'approvals',
    defaultSeverity: 'error',
    summary:
      'Approvals could not be checked (no token, no pull request, team membership unreadable, API failure after retries).',
    frameworks: FRAMEWORK_REFS.MG203
  },
  check({ models, evidence, policy, locate }) {
    const approvals = evidence.approvals
    if (approvals === undefined || approvals.kind === 'not-applicable') return []
    const hits: RuleHit[] = []
    for (const { model, requirement } of modelsNeedingApproval(models, evidence, policy)) {
      const id = model.entry.id
      const location = locate(['models', model.index, 'approvals', 'approvers'])
      if (approvals.kind === 'local') {
        hits.push({
          message: `Approvals of model ${id} are not checked in a local run (${approvals.reason}); pass --pr <number> with GITHUB_TOKEN set to check them against the pull request's reviews.`,
          model: id,
          location,
          atMost: 'note'
        })
      } else if (approvals.kind === 'unverifiable') {
        hits.push({
          message: `Approvals of model ${id} could not be verified: ${approvals.reason}.`,
          model: id,
          location
        })
      } else if (evidence.baseManifestUnavailable !== undefined) {
        hits.push({
          message: `Approvals of model ${id} could not be verified: the base branch's manifest, which names its approvers, could not be read (${evidence.baseManifestUnavailable}).`,
          model: id,
          location
        })
      } else {
        const status = approvalStatus(id, requirement, approvals)
        if (status.satisfied || status.unverifiable.length === 0) continue
        const teams = status.unverifiable.map((u) => `${u.team} (${u.reason})`)
        hits.push({
          message: `Approvals of model ${id} could not be verified: the membership of ${listOf(teams)} could not be read, and ${status.approvedBy.length} of ${status.needed} approvals are counted without it; ${TEAM_FIX}.`,
          model: id,
          location
        })
      }
    }
    return hits
  }
})
