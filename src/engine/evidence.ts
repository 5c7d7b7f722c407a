// Evidence is gathered once, up front, by the adapters (git, GitHub API, file system, eval readers,
// dataset scanner) into plain values. A piece that could not be obtained is itself a value, so rules
// can fail closed instead of waiting on the network or silently passing.
import type { Manifest } from '../manifest/types.js'
import type { Signal } from './types.js'

/** What the repository holds at a path the manifest names (a rollback procedure, a results file ...). */
export type FileFact =
  { kind: 'file'; size: number } | { kind: 'missing' } | { kind: 'refused'; reason: string }

/** A dataset file's digest, taken from the bytes (streamed) or from its Git LFS pointer. */
export type DatasetDigest =
  | { kind: 'hashed'; sha256: string; size: number; ms: number }
  | { kind: 'lfs-pointer'; oid: string; size: number }
  | { kind: 'missing' }
  /** Never read: the path escapes the repository, goes through a symlink, or is not a regular file. */
  | { kind: 'refused'; reason: string }
  /** Could not be read (an I/O error): the rule fails closed. */
  | { kind: 'unavailable'; reason: string }

export interface Evidence {
  /** Fine-tuning detection; empty until change awareness gathers it. */
  fineTuning: { detected: boolean; signals: Signal[] }
  /** Ids of the models the change touches; undefined means every model is in scope. */
  touchedModels?: ReadonlySet<string>
  /** The manifest on the base branch: where authority (approvers, exception approvers) comes from. */
  baseManifest?: Manifest
  /** Digests of the dataset files the checked models name by `path`, keyed by repository path. */
  datasets?: ReadonlyMap<string, DatasetDigest>
  /** Facts about other repository paths the checked models name, keyed by repository path. */
  files?: ReadonlyMap<string, FileFact>
}

export function emptyEvidence(): Evidence {
  return { fineTuning: { detected: false, signals: [] } }
}
