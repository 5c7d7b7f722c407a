// Looks inside a zod schema along a path into a governance file, to name the keys an object allows (for
// "did you mean") and the description of a field (to say what a missing field holds).
import { closest, distance } from 'fastest-levenshtein'
import type { z } from 'zod'
import type { NodePath } from './types.js'

// The parts of zod's internal definition this walk reads. zod v4 keeps them under `_zod.def`.
interface SchemaDef {
  type: string
  innerType?: unknown
  in?: unknown
  element?: unknown
  shape?: Record<string, unknown>
}
interface Inspectable {
  _zod: { def: SchemaDef }
  description?: string
}

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'nonoptional', 'readonly', 'catch'])

function inspect(schema: unknown): Inspectable | undefined {
  const candidate = schema as Partial<Inspectable> | undefined
  return candidate?._zod?.def ? (candidate as Inspectable) : undefined
}

/** Strips optional/default/pipe wrappers down to the schema that decides the shape. */
function unwrap(schema: unknown): Inspectable | undefined {
  let current = inspect(schema)
  for (let guard = 0; current !== undefined && guard < 20; guard++) {
    const def = current._zod.def
    if (WRAPPERS.has(def.type)) current = inspect(def.innerType)
    else if (def.type === 'pipe') current = inspect(def.in)
    else break
  }
  return current
}

/** The schema at `path` (array indices step into the element), or undefined when the path leaves it. */
export function schemaAt(root: z.ZodType, path: NodePath): Inspectable | undefined {
  let current: Inspectable | undefined = inspect(root)
  for (const segment of path) {
    const def = unwrap(current)?._zod.def
    if (def?.type === 'object' && typeof segment === 'string') current = inspect(def.shape?.[segment])
    else if (def?.type === 'array' && typeof segment === 'number') current = inspect(def.element)
    else return undefined
  }
  return current
}

/** The keys the object at `path` allows. */
export function allowedKeys(root: z.ZodType, path: NodePath): string[] {
  const def = unwrap(schemaAt(root, path))?._zod.def
  return def?.type === 'object' ? Object.keys(def.shape ?? {}) : []
}

/** The description of the field at `path`, looking through its wrappers. */
export function descriptionAt(root: z.ZodType, path: NodePath): string | undefined {
  let current = schemaAt(root, path)
  for (let guard = 0; current !== undefined && guard < 20; guard++) {
    if (current.description !== undefined) return current.description
    const def = current._zod.def
    current = inspect(WRAPPERS.has(def.type) ? def.innerType : def.type === 'pipe' ? def.in : undefined)
  }
  return undefined
}

/** The candidate closest to `input` when it is close enough to be a likely typo; case does not count. */
export function suggest(input: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0 || input.length === 0) return undefined
  const lowered = input.toLowerCase()
  const loweredCandidates = candidates.map((candidate) => candidate.toLowerCase())
  const best = closest(lowered, loweredCandidates)
  if (distance(lowered, best) <= Math.max(2, Math.floor(input.length / 3)))
    return candidates[loweredCandidates.indexOf(best)]
  // A shortened word (`train` for `training`) is far by edit distance but an obvious intent.
  if (lowered.length < 3) return undefined
  return candidates[loweredCandidates.findIndex((candidate) => candidate.startsWith(lowered))]
}
