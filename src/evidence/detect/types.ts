// The shapes of the built-in fine-tuning signal catalogue. Detection is pure: a detector sees one changed
// file (its status, the lines the change adds, its head content) and returns explained signals.
import type { ChangedFile } from '../../engine/evidence.js'
import type { Signal } from '../../engine/types.js'

export type Strength = Signal['strength']

/** One changed file as detection sees it. */
export interface DetectInput {
  file: ChangedFile
  /** The head content as text; undefined for binaries or when it could not be read; may be truncated. */
  content?: string
}

/** A signal the catalogue knows: what it means and how much it weighs on its own. */
export interface SignalDef {
  readonly id: string
  readonly strength: Strength
  readonly ecosystem: string
  /** One line, e.g. "axolotl training config". A hit may append a detail ("`adapter: lora`"). */
  readonly reason: string
}

/** The detector of one ecosystem; it can emit any of its `signals`, each with the file and a line. */
export interface SignalDetector {
  readonly ecosystem: string
  readonly signals: readonly SignalDef[]
  /**
   * A framework-agnostic detector (training code, hyperparameters, generic job calls): it reads a file
   * only when no ecosystem's own detector found a strong signal there, which names it more precisely.
   */
  readonly fallback?: boolean
  detect(input: DetectInput): Signal[]
}

/** Declares a detector's signals with the ecosystem filled in, keyed by id for use in `detect`. */
export function defineSignals<K extends string>(
  ecosystem: string,
  defs: Record<K, { strength: Strength; reason: string }>
): Record<K, SignalDef> {
  const out = {} as Record<K, SignalDef>
  for (const id of Object.keys(defs) as K[]) out[id] = { id, ecosystem, ...defs[id] }
  return out
}

/** A detector from its signal table and its `detect` function. */
export function defineDetector(
  ecosystem: string,
  signals: Record<string, SignalDef>,
  detect: (input: DetectInput) => Signal[],
  options: { fallback?: boolean } = {}
): SignalDetector {
  return { ecosystem, signals: Object.values(signals), detect, ...(options.fallback && { fallback: true }) }
}

/** A signal for `def` in `file`, with an optional one-line detail appended to the reason. */
export function hit(def: SignalDef, file: string, line: number | undefined, detail?: string): Signal {
  const reason = detail === undefined ? def.reason : `${def.reason}: ${oneLine(detail)}`
  return { id: def.id, strength: def.strength, file, ...(line !== undefined && { line }), reason }
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > 80 ? `${flat.slice(0, 77)}...` : flat
}
