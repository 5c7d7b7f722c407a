// Evidence is gathered once, up front, by the adapters (git, GitHub API, file system, eval readers,
// dataset scanner) into plain values. A piece that could not be obtained is itself a value, so rules
// can fail closed instead of waiting on the network or silently passing.
import type { Manifest } from '../manifest/types.js'
import type { Signal } from './types.js'

export type Unavailable = { available: false; reason: string }

export interface Evidence {
  /** Fine-tuning detection; empty until change awareness gathers it. */
  fineTuning: { detected: boolean; signals: Signal[] }
  /** Ids of the models the change touches; undefined means every model is in scope. */
  touchedModels?: ReadonlySet<string>
  /** The manifest on the base branch: where authority (approvers, exception approvers) comes from. */
  baseManifest?: Manifest
}

export function emptyEvidence(): Evidence {
  return { fineTuning: { detected: false, signals: [] } }
}
