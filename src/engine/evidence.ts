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
}

export function emptyEvidence(): Evidence {
  return { fineTuning: { detected: false, signals: [] } }
}
