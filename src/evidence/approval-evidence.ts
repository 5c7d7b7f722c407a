// Gathering the approvals evidence, for both faces: only when some model the run checks needs the
// change approved (a prompt-only change costs no API call), and only the teams those approvers name.
import { modelsNeedingApproval, teamsToCount } from '../engine/approvals.js'
import type { ApprovalEvidence, Evidence } from '../engine/evidence.js'
import { checkedModels } from '../engine/run.js'
import { sameException } from '../engine/waivers.js'
import type { Scope } from '../engine/types.js'
import type { Manifest } from '../manifest/types.js'
import type { Policy } from '../policy/types.js'
import { type ApprovalSource, gatherApprovals } from './github/approvals.js'
import type { GitHubClient } from './github/client.js'
import { readTeamRosters } from './github/team-rosters.js'

export type ApprovalOrigin =
  /** A pull request's reviews, through the API. */
  | { kind: 'pull-request'; source: Omit<ApprovalSource, 'teams'> }
  /** No reviews can exist here (a local run without --pr, a push, a schedule): why, in words. */
  | { kind: 'local' | 'not-applicable'; reason: string }

export interface ApprovalInput {
  evidence: Evidence
  manifest: Manifest | undefined
  policy: Policy
  scope: Scope
  origin: ApprovalOrigin
  /** Why the base manifest could not be read, when it could not. */
  baseManifestUnreadable?: string | undefined
  /**
   * Reads the members of approver teams for MG201 (the team token, else the token), on every event; or
   * why it cannot (a local run without --pr).
   */
  teamReader: { client: GitHubClient } | { unavailable: string }
}

export async function withApprovals(input: ApprovalInput): Promise<Evidence> {
  const { manifest, policy, origin } = input
  let { evidence } = input
  if (!manifest) return evidence
  const models = checkedModels(manifest, policy, input.scope, evidence.touchedModels)
  const counting = teamsToCount(models, policy)
  if (counting.length > 0) {
    const reader = input.teamReader
    const rosters = await readTeamRosters(
      'client' in reader ? reader.client : undefined,
      counting,
      'unavailable' in reader ? reader.unavailable : ''
    )
    evidence = { ...evidence, approverTeams: rosters }
  }
  const needing = modelsNeedingApproval(models, evidence, policy)
  // Exceptions name their approver in text the pull request may have written: their approval must
  // show in the reviews too (engine/waivers.ts), so a changed exception needs the reviews read.
  // Exceptions already on the base branch were approved when they merged: only new ones need reading.
  const baseExceptions = evidence.baseManifest?.exceptions ?? []
  const exceptionApprovers = (manifest.exceptions ?? [])
    .filter((e) => !baseExceptions.some((base) => sameException(base, e)))
    .flatMap((e) => (e.approved_by ? [e.approved_by] : []))
  if (needing.length === 0 && exceptionApprovers.length === 0) return evidence
  const teams = [
    ...new Set(
      [...needing.flatMap(({ requirement }) => requirement.approvers), ...exceptionApprovers]
        .filter((h) => h.includes('/'))
        .map((h) => h.toLowerCase())
    )
  ]
  const approvals: ApprovalEvidence =
    origin.kind === 'pull-request'
      ? await gatherApprovals({ ...origin.source, teams })
      : { kind: origin.kind, reason: origin.reason }
  return {
    ...evidence,
    approvals,
    ...(input.baseManifestUnreadable !== undefined && {
      baseManifestUnavailable: input.baseManifestUnreadable
    })
  }
}
