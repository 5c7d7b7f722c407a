// MG201: someone must be named to approve a model's updates. Every model, whatever its approach, needs
// approvers (where its tier requires approvals, which the built-in default does for every tier); a
// fine-tune model's `min_approvals` may not undercut the tier's minimum, and cannot exceed what its
// approvers can supply: the users named, plus the active members of approver teams where the API could
// read them. When a team could not be read, the shortfall cannot be proven, and MG201 says so as a note.
import { defineRule } from '../../engine/rule.js'
import type { RuleHit } from '../../engine/types.js'
import { approverSupply, type ApproverSupply } from '../../engine/approvals.js'
import type { TeamFact } from '../../engine/evidence.js'
import { requirementsFor } from '../../policy/parse.js'
import { FRAMEWORK_REFS } from '../frameworks.js'
import { listOf, plural } from '../wording.js'

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
  check({ models, policy, locate, evidence }) {
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

      const hit = countHit(entry.id, approverSupply(entry, policy), tier, tierMinimum, evidence.approverTeams)
      if (hit) {
        const { at, ...rest } = hit
        hits.push({ ...rest, model, location: locate([...path, at]) })
      }
    }
    return hits
  }
})

interface CountHit {
  message: string
  atMost?: 'note'
  /** The key under `approvals` to point at. */
  at: 'min_approvals' | 'approvers'
}

/** Whether the approvers can supply the approvals a change needs, counting what can be known. */
function countHit(
  model: string,
  supply: ApproverSupply,
  tier: string,
  tierMinimum: number,
  rosters: ReadonlyMap<string, TeamFact> | undefined
): CountHit | undefined {
  const { needed, fromDeclared, users, teams } = supply
  if (needed <= users.length) return undefined
  const people = new Set(users)
  const counted: string[] = []
  const unread: string[] = []
  for (const team of teams) {
    const roster = rosters?.get(team)
    if (roster?.kind !== 'members') {
      unread.push(`${team} (${roster?.reason ?? 'its members were not read'})`)
      continue
    }
    for (const member of roster.members) people.add(member.toLowerCase())
    counted.push(`the ${plural(roster.members.size, 'active member')} of ${team}`)
  }
  if (people.size >= needed) return undefined
  const why = fromDeclared ? '' : ` (the ${tier} tier's minimum)`
  const at = fromDeclared ? 'min_approvals' : 'approvers'
  const named = [`${plural(users.length, 'user')} named`, ...counted]
  if (unread.length > 0) {
    return {
      message: `Model ${model} needs ${plural(needed, 'approval')}${why}; counting ${listOf(named)} gives ${plural(people.size, 'person', 'people')}, and the members of ${listOf(unread)} could not be counted, so it is not known whether a change can be approved; give the gate a token that can read team members (the action's team-token input with Members: read; GITHUB_TOKEN and --pr for the CLI), or name enough approvers by login.`,
      atMost: 'note',
      at
    }
  }
  // Lowering min_approvals helps only down to the tier's minimum.
  const fix =
    fromDeclared && people.size >= tierMinimum
      ? `add approvers or a team, or lower \`min_approvals\` to ${people.size}`
      : 'add approvers or a team to `approvals.approvers`'
  const only =
    teams.length === 0
      ? `names only ${plural(users.length, 'approver')}`
      : `its approvers are only ${plural(people.size, 'person', 'people')} (${listOf(named)})`
  return {
    message: `Model ${model} needs ${plural(needed, 'approval')}${why} but ${only}, so no change could ever be approved; ${fix}.`,
    at
  }
}
