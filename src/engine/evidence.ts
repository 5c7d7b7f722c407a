// Evidence is gathered once, up front, by the adapters (git, GitHub API, file system, eval readers,
// dataset scanner) into plain values. A piece that could not be obtained is itself a value, so rules
// can fail closed instead of waiting on the network or silently passing.
import type { EvalRead } from '../evidence/evals/types.js'
import type { Manifest, ParsedManifest } from '../manifest/types.js'
import type { FineTuning } from './types.js'

/** What the repository holds at a path the manifest names (a rollback procedure, a results file ...). */
export type FileFact =
  | { kind: 'file'; size: number }
  | { kind: 'missing' }
  /** Never read: the path escapes the repository, goes through a symlink, or is not a regular file. */
  | { kind: 'refused'; reason: string }
  /** Could not be read (an I/O error, an object missing from the clone): the rule fails closed. */
  | { kind: 'unavailable'; reason: string }

/** A dataset file's digest, taken from the bytes (streamed) or from its Git LFS pointer. */
export type DatasetDigest =
  | { kind: 'hashed'; sha256: string; size: number; ms: number }
  | { kind: 'lfs-pointer'; oid: string; size: number }
  | { kind: 'missing' }
  /** Never read: the path escapes the repository, goes through a symlink, or is not a regular file. */
  | { kind: 'refused'; reason: string }
  /** Could not be read (an I/O error): the rule fails closed. */
  | { kind: 'unavailable'; reason: string }

/** A file the change adds, modifies, removes or renames (base -> head). */
export interface ChangedFile {
  path: string
  status: 'added' | 'modified' | 'removed' | 'renamed'
  previousPath?: string
  /** Lines the change adds, numbered as in the head file; undefined when unknown (binary, too large). */
  addedLines?: { line: number; text: string }[]
}

/** What the change is, or why it could not be read (which fails closed in enforce mode). */
export type Change =
  { available: true; source: 'git' | 'api'; files: ChangedFile[] } | { available: false; reason: string }

/** A submitted review as the reviews API lists it (chronological order is kept). */
export interface ReviewFact {
  id: number
  /** The reviewer's login; null when the account was deleted. */
  login: string | null
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING'
  /** The commit the review was given on; null when that commit no longer exists. */
  commitId: string | null
  submittedAt?: string
}

/**
 * What a team handle ("@org/team") resolved to, for the reviewers who could count: the logins among
 * them that are active members, or why the team could not be read (which fails closed, MG203).
 */
export type TeamFact =
  { kind: 'members'; members: ReadonlySet<string> } | { kind: 'unreadable'; reason: string }

/** The pull request's reviews and the approver teams they were checked against. */
export interface PullRequestApprovals {
  kind: 'pull-request'
  number: number
  /** The pull request's author (lower-cased): their own approval never counts. */
  author: string
  /** The commit under review: only approvals given on it count. */
  headSha: string
  reviews: ReviewFact[]
  /** Keyed by lower-cased team handle ("@org/team"). */
  teams: ReadonlyMap<string, TeamFact>
}

export type ApprovalEvidence =
  | PullRequestApprovals
  /** Approvals could not be read (no token, no pull request, an API failure): MG203 fails closed. */
  | { kind: 'unverifiable'; reason: string }
  /** A local run without --pr: MG203 says so as a note. */
  | { kind: 'local'; reason: string }
  /** Outside a pull request (push, schedule, dispatch): there are no approvals to check. */
  | { kind: 'not-applicable'; reason: string }

export interface Evidence {
  /** Fine-tuning detection; empty until change awareness gathers it. */
  fineTuning: FineTuning
  /** Ids of the models the change touches; undefined means every model is in scope. */
  touchedModels?: ReadonlySet<string>
  /** The manifest on the base branch: where authority (approvers, exception approvers) comes from. */
  baseManifest?: Manifest
  /** The base manifest with positions, to point at a removed node's base line. */
  baseParsed?: ParsedManifest
  /** The files the change touches; undefined outside a change (an audit). */
  change?: Change
  /** Evaluation files (results, baselines, prompt baselines) read into metrics, keyed by repository path. */
  evals?: ReadonlyMap<string, EvalRead>
  /** The repository path of the policy the run read (undefined for the built-in or a remote policy). */
  policyFile?: string
  /** Digests of the dataset files the checked models name by `path`, keyed by repository path. */
  datasets?: ReadonlyMap<string, DatasetDigest>
  /** Facts about other repository paths the checked models name, keyed by repository path. */
  files?: ReadonlyMap<string, FileFact>
  /**
   * Every active member of the approver teams that MG201 must count (keyed by lower-cased "@org/team"),
   * or why a team could not be read; undefined when no team needed counting.
   */
  approverTeams?: ReadonlyMap<string, TeamFact>
  /** The pull request's reviews; undefined when nothing gathered them (MG202/MG203 stay silent). */
  approvals?: ApprovalEvidence
  /**
   * Why the base branch's manifest could not be read (an API or git failure, not its absence).
   * Authority comes from it, so approvals cannot be verified: MG203 fails closed.
   */
  baseManifestUnavailable?: string
}

export function emptyEvidence(): Evidence {
  return { fineTuning: { detected: false, signals: [] } }
}
