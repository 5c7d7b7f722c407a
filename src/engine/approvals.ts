// Which approvals a change needs, and which of the pull request's reviews supply them (MG202, MG203).
// Pure: the reviews and team memberships are evidence gathered up front.
//
// Authority comes from the base branch (policy.md): a model's approvers are those its base manifest
// entry names, so a pull request cannot add its author as an approver and approve itself. A model that
// is new in the pull request (or whose base entry names no approvers) is approved by the policy's
// governance approvers, and by its own declared approvers only where the policy allows it.
//
// A review counts the way a careful human reviewer would count it: each reviewer's latest decisive
// review (approve, request changes, dismissed) decides, comments do not; an approval counts only on
// the head commit; the author's own never counts; people are counted once, however many handles or
// teams they match.
import type { Manifest, ModelEntry } from '../manifest/types.js'
import { requirementsFor } from '../policy/parse.js'
import type { Policy } from '../policy/types.js'
import type { Evidence, PullRequestApprovals, ReviewFact } from './evidence.js'
import type { CheckedModel } from './rule.js'
import type { ApprovalStatus, CountedApproval } from './types.js'

export interface ApprovalRequirement {
  /** Distinct approvals required: never fewer than the tier's minimum or either manifest's min_approvals. */
  needed: number
  /** The handles whose approval counts, as written. */
  approvers: string[]
  authority: string
  /** Handles (lower-cased) the head manifest names for the model but that do not count. */
  addedInChange: ReadonlySet<string>
  /** Whether the model has no base entry. */
  isNew: boolean
}

const lower = (handle: string) => handle.toLowerCase()
const short = (sha: string) => sha.slice(0, 7)

/** What a model's update needs, or undefined when the policy and manifest ask for no approvals. */
export function approvalRequirement(
  entry: ModelEntry,
  base: Manifest | undefined,
  policy: Policy
): ApprovalRequirement | undefined {
  const requirements = requirementsFor(policy, entry)
  if (entry.approvals === undefined && !requirements.require.includes('approvals')) return undefined
  const baseEntry = base?.models.find((m) => m.id === entry.id)
  // The tier's minimum binds fine-tunes; any declared approvals need at least one approval.
  const floor = entry.approach === 'fine-tune' ? requirements.min_approvals : 1
  const needed = Math.max(
    floor,
    entry.approvals?.min_approvals ?? 0,
    baseEntry?.approvals?.min_approvals ?? 0
  )
  if (needed === 0) return undefined

  const baseApprovers = baseEntry?.approvals?.approvers ?? []
  let approvers: string[]
  let authority: string
  if (baseEntry && baseApprovers.length > 0) {
    approvers = baseApprovers
    authority = "the approvers the base branch's manifest names"
  } else {
    const own = policy.new_model_self_approval ? (entry.approvals?.approvers ?? []) : []
    approvers = [...policy.governance_approvers, ...own]
    const why = baseEntry ? 'its base entry names no approvers' : 'the model is new in this change'
    authority = policy.new_model_self_approval
      ? `the policy's governance approvers and the model's own approvers (${why})`
      : `the policy's governance approvers (${why})`
  }
  approvers = dedupe(approvers)
  const authorised = new Set(approvers.map(lower))
  const addedInChange = new Set(
    (entry.approvals?.approvers ?? []).map(lower).filter((handle) => !authorised.has(handle))
  )
  return { needed, approvers, authority, addedInChange, isNew: baseEntry === undefined }
}

/** What a fine-tune model's approvers must be able to supply (MG201): the people named and the teams. */
export interface ApproverSupply {
  /** Approvals a change will need: the declared count, never less than the tier's minimum. */
  needed: number
  /** Whether `needed` is the declared min_approvals (else the tier's minimum). */
  fromDeclared: boolean
  /** Distinct users, lower-cased and without the "@". */
  users: string[]
  /** Distinct team handles, lower-cased ("@org/team"). */
  teams: string[]
}

export function approverSupply(entry: ModelEntry, policy: Policy): ApproverSupply {
  const tierMinimum = requirementsFor(policy, entry).min_approvals
  const declared = entry.approvals?.min_approvals
  const handles = dedupe(entry.approvals?.approvers ?? []).map(lower)
  return {
    needed: Math.max(declared ?? tierMinimum, tierMinimum),
    fromDeclared: declared !== undefined && declared >= tierMinimum,
    users: handles.filter((h) => !h.includes('/')).map((h) => h.replace(/^@/, '')),
    teams: handles.filter((h) => h.includes('/'))
  }
}

/** The approver teams whose members MG201 must count: those of fine-tunes whose users alone fall short. */
export function teamsToCount(models: readonly CheckedModel[], policy: Policy): string[] {
  const teams = new Set<string>()
  for (const { entry } of models) {
    if (entry.approach !== 'fine-tune' || entry.approvals === undefined) continue
    const supply = approverSupply(entry, policy)
    if (supply.users.length < supply.needed) for (const team of supply.teams) teams.add(team)
  }
  return [...teams]
}

/** The models whose approvals this change must show: checked, touched by the change, and governed. */
export function modelsNeedingApproval(
  models: readonly CheckedModel[],
  evidence: Evidence,
  policy: Policy
): { model: CheckedModel; requirement: ApprovalRequirement }[] {
  const touched = evidence.touchedModels
  return models.flatMap((model) => {
    if (touched !== undefined && !touched.has(model.entry.id)) return []
    const requirement = approvalRequirement(model.entry, evidence.baseManifest, policy)
    return requirement ? [{ model, requirement }] : []
  })
}

interface ReviewerHistory {
  login: string
  /** The latest review that decides: approved, changes requested or dismissed. */
  decisive?: ReviewFact
  /** Whether an approval came before a later decisive review. */
  approvedBefore: boolean
}

/** Each reviewer's history, in the order they first reviewed; deleted accounts are left out. */
function historiesOf(reviews: readonly ReviewFact[]): ReviewerHistory[] {
  const byLogin = new Map<string, ReviewerHistory>()
  for (const review of reviews) {
    if (review.login === null || review.state === 'PENDING') continue
    const key = lower(review.login)
    const history = byLogin.get(key) ?? { login: review.login, approvedBefore: false }
    byLogin.set(key, history)
    if (review.state === 'COMMENTED') continue
    if (history.decisive?.state === 'APPROVED') history.approvedBefore = true
    history.decisive = review
  }
  return [...byLogin.values()]
}

type Match = { via: string } | { unreadable: { team: string; reason: string }[] } | undefined

/** Whether a login is one of the approvers: by name, or as an active member of an approver team. */
function matchApprover(login: string, approvers: readonly string[], evidence: PullRequestApprovals): Match {
  const key = lower(login)
  const direct = approvers.find((handle) => !handle.includes('/') && lower(handle) === `@${key}`)
  if (direct) return { via: direct }
  const unreadable: { team: string; reason: string }[] = []
  for (const team of approvers.filter((handle) => handle.includes('/'))) {
    const fact = evidence.teams.get(lower(team))
    if (fact === undefined) unreadable.push({ team, reason: 'its membership was not read' })
    else if (fact.kind === 'unreadable') unreadable.push({ team, reason: fact.reason })
    else if (fact.members.has(key)) return { via: team }
  }
  return unreadable.length > 0 ? { unreadable } : undefined
}

export function approvalStatus(
  modelId: string,
  requirement: ApprovalRequirement,
  evidence: PullRequestApprovals
): ApprovalStatus {
  const approvedBy: CountedApproval[] = []
  const notCounted: { login: string; reason: string }[] = []
  const unverifiable = new Map<string, string>()
  const { approvers } = requirement

  for (const history of historiesOf(evidence.reviews)) {
    const { login, decisive } = history
    const key = lower(login)
    if (decisive?.state === 'APPROVED') {
      const reason = approvalProblem(login, decisive, evidence)
      if (reason) {
        notCounted.push({ login, reason })
        continue
      }
      const match = matchApprover(login, approvers, evidence)
      if (match && 'via' in match) approvedBy.push({ login, via: match.via })
      else if (match) {
        for (const { team, reason } of match.unreadable) unverifiable.set(team, reason)
        notCounted.push({
          login,
          reason: `may belong to ${match.unreadable.map((u) => u.team).join(', ')}, whose membership could not be read`
        })
      } else notCounted.push({ login, reason: notAnApprover(key, modelId, requirement) })
      continue
    }
    // Reviews that were not (or are no longer) approvals are worth listing only when they could have counted.
    const match = key === evidence.author ? undefined : matchApprover(login, approvers, evidence)
    const eligible = match !== undefined && 'via' in match
    if (!eligible && !history.approvedBefore) continue
    if (decisive?.state === 'DISMISSED')
      notCounted.push({
        login,
        reason: 'their review was dismissed; a new approval on the head commit is needed'
      })
    else if (decisive?.state === 'CHANGES_REQUESTED')
      notCounted.push({
        login,
        reason: history.approvedBefore
          ? 'requested changes after approving, which supersedes the approval'
          : 'requested changes'
      })
    else notCounted.push({ login, reason: 'commented without approving' })
  }

  return {
    needed: requirement.needed,
    authority: requirement.authority,
    approvers: [...approvers],
    approvedBy,
    notCounted,
    unverifiable: [...unverifiable].map(([team, reason]) => ({ team, reason })),
    satisfied: approvedBy.length >= requirement.needed
  }
}

/** Why an approval does not count whoever gave it, or undefined when it is on the head commit. */
function approvalProblem(
  login: string,
  review: ReviewFact,
  evidence: PullRequestApprovals
): string | undefined {
  if (lower(login) === evidence.author)
    return "is the pull request's author; an author's own approval never counts"
  if (review.commitId === null)
    return 'approved a commit that no longer exists (it was force-pushed away); approve the head commit again'
  if (review.commitId !== evidence.headSha)
    return `approved an older commit ${short(review.commitId)}, not the head ${short(evidence.headSha)}; approve again after the latest push`
  return undefined
}

function notAnApprover(login: string, modelId: string, requirement: ApprovalRequirement): string {
  if (requirement.addedInChange.has(`@${login}`)) {
    return requirement.isNew
      ? `is named as an approver only by this change, which adds model ${modelId}; a new model is approved by the policy's governance approvers`
      : `is named as an approver only by this change; approvals count from the approvers on the base branch`
  }
  return `is not among the approvers of ${modelId}`
}

function dedupe(handles: readonly string[]): string[] {
  const seen = new Set<string>()
  return handles.filter((handle) => {
    const key = lower(handle)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/**
 * Reviewers (lower-cased) whose latest decisive review approves the head commit, the author aside:
 * the only people whose approval can count for anything.
 */
export function approvedOnHead(reviews: readonly ReviewFact[], headSha: string, author: string): string[] {
  return historiesOf(reviews)
    .filter(({ login, decisive }) => {
      return lower(login) !== author && decisive?.state === 'APPROVED' && decisive.commitId === headSha
    })
    .map(({ login }) => lower(login))
}

/** The approvers not yet heard from, for "still needed": users who have not approved, and teams. */
export function stillNeeded(status: ApprovalStatus): { count: number; from: string[] } {
  const used = new Set(status.approvedBy.map((a) => lower(a.via)))
  const count = Math.max(0, status.needed - status.approvedBy.length)
  const from = status.approvers.filter((handle) => handle.includes('/') || !used.has(lower(handle)))
  return { count, from }
}
