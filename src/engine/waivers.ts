// Exceptions are applied here, once, for every rule: a rule never knows whether it was waived.
// Authority comes from the base branch (policy.md): an exception counts only when it is approved by
// an approver the base manifest names for that model, or by the policy's governance approvers, so a
// pull request cannot waive its own findings. Whether each exception is valid is reported by MG801.
import type { ExceptionEntry, Manifest } from '../manifest/types.js'
import type { Policy } from '../policy/types.js'
import type { RuleId } from '../rules/ids.js'
import { isExpired } from './dates.js'
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
  base: Manifest | undefined,
  policy: Policy
): boolean {
  if (!exception.approved_by || !exception.expires_at) return false
  if (isExpired(exception.expires_at, now)) return false
  return authorisedApprovers(exception.model, base, policy).has(exception.approved_by)
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
