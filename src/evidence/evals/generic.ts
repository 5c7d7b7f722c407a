import { Collector, finish, isObject } from './json.js'
import type { EvalRead } from './types.js'

const MAX_DEPTH = 32

/**
 * A flat map of metric to number, or the map under `metrics`. Nested objects are flattened to
 * dotted paths (`safety.refusal_rate`); lists are skipped (not addressable by name). Any other
 * non-number leaf (string, boolean, null) is an invalid entry.
 */
export function readGeneric(data: unknown): EvalRead {
  if (!isObject(data)) return { ok: false, reason: 'a generic results file must be a JSON object' }
  const map = isObject(data.metrics) ? data.metrics : data
  const out = new Collector('generic')
  const walk = (obj: Record<string, unknown>, prefix: string, depth: number): void => {
    for (const [key, value] of Object.entries(obj)) {
      const name = prefix + key
      if (isObject(value)) {
        if (depth < MAX_DEPTH) walk(value, `${name}.`, depth + 1)
      } else if (!Array.isArray(value)) out.add({ metric: name }, value)
    }
  }
  walk(map, '', 0)
  return finish(out, 'the generic results file')
}
