import { readGeneric } from './generic.js'
import { readInspect, readInspectBytes, isZip } from './inspect.js'
import { decodeText, isObject, parseJson } from './json.js'
import { readLmEval } from './lm-eval.js'
import { frontMatter, readModelIndex } from './model-index.js'
import { readPromptfoo } from './promptfoo.js'
import type { EvalFormat, EvalRead } from './types.js'

export const MAX_RESULTS_BYTES = 32 * 1024 * 1024

/** The format a parsed JSON document's shape says, or undefined when it fits none. */
export function detectJsonFormat(data: unknown): EvalFormat | undefined {
  if (!isObject(data)) return undefined
  if (typeof data.status === 'string' && isObject(data.eval)) return 'inspect'
  const results = data.results
  if (isObject(results)) {
    if (isObject(results.stats) || Array.isArray(results.results)) return 'promptfoo'
    const tasks = Object.values(results)
    if (tasks.length > 0 && tasks.every(isObject)) return 'lm-eval'
  }
  if (Array.isArray(data['model-index'])) return 'model-index'
  return 'generic'
}

const READERS: Record<Exclude<EvalFormat, 'inspect' | 'model-index'>, (data: unknown) => EvalRead> = {
  generic: readGeneric,
  'lm-eval': readLmEval,
  promptfoo: readPromptfoo
}

/**
 * Reads a results file into normalised records. Pure: bytes in, records out.
 * `auto` picks the format from the shape: a zip (`PK\x03\x04`) is an inspect `.eval` log; text
 * with `---` front matter, or a `.md`/`.yml`/`.yaml` file, is a model card; JSON is told apart by
 * its keys. A file that fits no format, or fits another format than the one named, is a failure.
 */
export function readEvalResults(bytes: Uint8Array, fileName: string, format: 'auto' | EvalFormat): EvalRead {
  if (bytes.length > MAX_RESULTS_BYTES) {
    return {
      ok: false,
      reason: `${fileName} is ${bytes.length} bytes, over the ${MAX_RESULTS_BYTES} byte limit`
    }
  }
  if (isZip(bytes)) {
    if (format !== 'auto' && format !== 'inspect') {
      return { ok: false, reason: `${fileName} is a zip archive; only inspect .eval logs are read from zips` }
    }
    return readInspectBytes(bytes)
  }
  const text = decodeText(bytes)
  const lower = fileName.toLowerCase()
  const looksLikeCard =
    frontMatter(text) !== undefined || ['.md', '.markdown', '.yml', '.yaml'].some((e) => lower.endsWith(e))
  if (format === 'model-index' || (format === 'auto' && looksLikeCard)) return readModelIndex(text)
  if (text.trim() === '') return { ok: false, reason: `${fileName} is empty` }
  const parsed = parseJson(text)
  if (!parsed.ok) return { ok: false, reason: `${fileName}: ${parsed.reason}` }
  const detected = detectJsonFormat(parsed.value)
  if (detected === undefined) {
    return {
      ok: false,
      reason: `${fileName} fits no results format (a JSON object is expected: generic, lm-eval, promptfoo or inspect)`
    }
  }
  if (format !== 'auto' && format !== detected && detected !== 'generic') {
    return { ok: false, reason: `${fileName} looks like ${detected} results, not ${format}` }
  }
  const chosen = format === 'auto' ? detected : format
  if (chosen === 'inspect') return readInspect(parsed.value)
  if (chosen === 'model-index') return readModelIndex(text) // YAML reads JSON too
  return READERS[chosen](parsed.value)
}
