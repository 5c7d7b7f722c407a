import { unzipSync } from 'fflate'
import { Collector, decodeText, finish, isFiniteNumber, isObject, parseJson } from './json.js'
import type { EvalRead } from './types.js'

export const MAX_HEADER_BYTES = 16 * 1024 * 1024
/** Deflate cannot do better than about 1032:1; a header claiming more is a crafted archive. */
const MAX_RATIO = 1000

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
}

/**
 * The `header.json` entry of an inspect `.eval` zip, and nothing else: its declared size must be
 * at most 16 MiB and its compression ratio plausible; inflation writes into a buffer of the
 * declared size, so a lying entry cannot make it larger.
 */
export function readInspectHeader(
  bytes: Uint8Array
): { ok: true; bytes: Uint8Array } | { ok: false; reason: string } {
  let refused: string | undefined
  let files: Record<string, Uint8Array>
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (file.name !== 'header.json') return false
        if (file.originalSize > MAX_HEADER_BYTES) {
          refused = `header.json in the .eval zip is ${file.originalSize} bytes uncompressed, over the ${MAX_HEADER_BYTES} byte limit`
        } else if (file.compression !== 0 && file.originalSize > MAX_RATIO * Math.max(file.size, 1)) {
          refused = `header.json in the .eval zip claims a ${Math.round(file.originalSize / Math.max(file.size, 1))}:1 compression ratio (a zip bomb)`
        } else if (file.compression !== 0 && file.compression !== 8) {
          refused = `header.json in the .eval zip uses unsupported compression method ${file.compression}`
        }
        return refused === undefined
      }
    })
  } catch (error) {
    return { ok: false, reason: `the .eval file is not a readable zip: ${(error as Error).message}` }
  }
  if (refused !== undefined) return { ok: false, reason: refused }
  const header = files['header.json']
  if (header === undefined) return { ok: false, reason: 'the .eval zip has no header.json' }
  return { ok: true, bytes: header }
}

/**
 * An inspect_ai log (`--log-format=json`, or `header.json` of a `.eval` zip, already parsed).
 * Only `status: "success"` counts. Each `results.scores[i]` is a group named by `name`; each key
 * of its `metrics` is a metric with value `metrics[key].value`. Samples: `completed_samples`.
 */
export function readInspect(data: unknown): EvalRead {
  if (!isObject(data) || !('status' in data)) {
    return { ok: false, reason: 'an inspect log has a "status" and "results.scores"' }
  }
  if (data.status !== 'success') {
    const status = typeof data.status === 'string' ? data.status : JSON.stringify(data.status)
    return { ok: false, reason: `the inspect log status is ${status}` }
  }
  const results = data.results
  if (!isObject(results) || !Array.isArray(results.scores)) {
    return { ok: false, reason: 'the inspect log has no results.scores' }
  }
  const out = new Collector('inspect')
  const total = results.total_samples
  const completed = results.completed_samples
  if (isFiniteNumber(total) && isFiniteNumber(completed) && completed < total) {
    out.warnings.push(`the inspect log completed ${completed} of ${total} samples`)
  }
  for (const score of results.scores) {
    if (!isObject(score) || typeof score.name !== 'string' || !isObject(score.metrics)) continue
    for (const [key, metric] of Object.entries(score.metrics)) {
      out.add({ group: score.name, metric: key }, isObject(metric) ? metric.value : metric, {
        ...(isFiniteNumber(completed) ? { samples: completed } : {})
      })
    }
  }
  return finish(out, 'the inspect log')
}

/** Bytes of an inspect log: a `.eval` zip (header.json only) or a JSON log. */
export function readInspectBytes(bytes: Uint8Array): EvalRead {
  let json = bytes
  if (isZip(bytes)) {
    const header = readInspectHeader(bytes)
    if (!header.ok) return header
    json = header.bytes
  }
  const parsed = parseJson(decodeText(json))
  if (!parsed.ok) return { ok: false, reason: isZip(bytes) ? `header.json: ${parsed.reason}` : parsed.reason }
  return readInspect(parsed.value)
}
