// Exceptions are applied here, once, for every rule: a rule never knows whether it was waived.
// Authority comes from the base branch (policy.md): an exception counts only when it is approved by
// an approver the base manifest names for that model, or by the policy's governance approvers, and,
// on a pull request, only when that approver's approval shows in the reviews (signOffProblem), so a
// pull request cannot waive its own findings by writing a name. MG801 reports each invalid one.
import type { ExceptionEntry, Manifest } from '../manifest/types.js'
import type { Policy } from '../policy/types.js'
import type { RuleId } from '../rules/ids.js'
import { isExpired } from './dates.js'
import { approvedOnHead } from './approvals.js'
import type { Evidence } from './evidence.js'
import type { Finding, Waiver } from './types.js'

/** Rules that no exception can waive: a broken manifest or a broken exception is never excused. */
export const UNWAIVABLE: ReadonlySet<RuleId> = new Set<RuleId>(['MG002', 'MG801'])

export function authorisedApprovers(model: string, base: Manifest | undefined, policy: Policy): Set<string> {
  const names = new Set<string>(policy.governance_approvers)
  const entry = base?.models.find((m) => m.id === model)
  for (const approver of entry?.approvals?.approvers ?? []) names.add(approver)
  return names
}

export function isActiveException(
  exception: ExceptionEntry,
  now: Date,
  evidence: Evidence,
  policy: Policy
): boolean {
  if (!exception.approved_by || !exception.expires_at) return false
  if (isExpired(exception.expires_at, now)) return false
  if (!authorisedApprovers(exception.model, evidence.baseManifest, policy).has(exception.approved_by))
    return false
  return signOffProblem(exception, evidence) === undefined
}

/** Whether two exceptions are the same entry, word for word. */
export const sameException = (a: ExceptionEntry, b: ExceptionEntry) =>
  a.rule === b.rule &&
  a.model === b.model &&
  a.approved_by === b.approved_by &&
  a.expires_at === b.expires_at &&
  a.reason === b.reason

/**
 * Why an exception's `approved_by` is not borne out by the pull request, or undefined when it is.
 * `approved_by` is text the pull request itself may have written, so on a pull request an exception
 * counts only when it already stood on the base branch (it was approved when that merged), or when
 * the approver it names approved the head commit: in person, or as an active member of the team it
 * names. Where there are no reviews to read (a push, a local run), the merged manifest is trusted.
 */
export function signOffProblem(exception: ExceptionEntry, evidence: Evidence): string | undefined {
  const approvals = evidence.approvals
  if (approvals === undefined || approvals.kind === 'local' || approvals.kind === 'not-applicable')
    return undefined
  if ((evidence.baseManifest?.exceptions ?? []).some((base) => sameException(base, exception)))
    return undefined
  const handle = exception.approved_by ?? ''
  if (approvals.kind === 'unverifiable')
    return `the pull request's reviews, which must show ${handle}'s approval of an exception this change adds, could not be read (${approvals.reason})`
  const approvers = approvedOnHead(approvals.reviews, approvals.headSha, approvals.author)
  const key = handle.toLowerCase()
  if (!key.includes('/')) {
    if (approvers.includes(key.replace(/^@/, ''))) return undefined
  } else {
    const team = approvals.teams.get(key)
    if (team?.kind === 'unreadable')
      return `the membership of ${handle} could not be read to confirm that one of its members approved (${team.reason})`
    if (team?.kind === 'members' && approvers.some((login) => team.members.has(login))) return undefined
  }
  return `${handle} has not approved this pull request's head commit ${approvals.headSha.slice(0, 7)}; an exception the change adds or alters counts only once its approver approves the pull request`
}

export function applyWaivers(
  findings: Finding[],
  exceptions: readonly ExceptionEntry[],
  isActive: (exception: ExceptionEntry) => boolean
): Finding[] {
  const active = exceptions.filter(isActive)
  return findings.map((finding) => {
    if (UNWAIVABLE.has(finding.ruleId) || finding.model === undefined) return finding
    const exception = active.find((e) => e.rule === finding.ruleId && e.model === finding.model)
    if (!exception) return finding
    const waiver: Waiver = {
      reason: exception.reason,
      approvedBy: exception.approved_by ?? '',
      expiresAt: exception.expires_at ?? ''
    }
    return { ...finding, severity: 'note', waiver }
  })
}
