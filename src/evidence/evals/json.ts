import { qualifiedName, type EvalFormat, type EvalRead, type EvalRecord, type InvalidEntry } from './types.js'

export type Parsed = { ok: true; value: unknown } | { ok: false; reason: string }

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** UTF-8 text without a byte order mark. */
export function decodeText(bytes: Uint8Array): string {
  const text = new TextDecoder('utf-8').decode(bytes)
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

/** How a non-number value reads in a message. Strings are never numbers, even "0.91". */
export function describeValue(value: unknown): string {
  if (typeof value === 'number') return String(value)
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}...` : value
    return `the string ${JSON.stringify(shown)}`
  }
  if (typeof value === 'boolean') return `the boolean ${String(value)}`
  if (value === null) return 'null'
  if (value === undefined) return 'missing'
  return Array.isArray(value) ? 'a list' : 'an object'
}

export function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value)
}

/** Collects records and invalid entries for one reader. */
export class Collector {
  readonly records: EvalRecord[] = []
  readonly invalid: InvalidEntry[] = []
  readonly warnings: string[] = []

  constructor(readonly source: EvalFormat) {}

  add(
    name: { group?: string; metric: string; filter?: string },
    value: unknown,
    extra: Pick<EvalRecord, 'stderr' | 'samples' | 'higherIsBetter'> = {}
  ): void {
    const base = {
      source: this.source,
      ...(name.group === undefined ? {} : { group: name.group }),
      metric: name.metric,
      ...(name.filter === undefined ? {} : { filter: name.filter })
    }
    if (isFiniteNumber(value)) {
      const record: EvalRecord = { ...base, value }
      if (isFiniteNumber(extra.stderr)) record.stderr = extra.stderr
      if (isFiniteNumber(extra.samples)) record.samples = extra.samples
      if (typeof extra.higherIsBetter === 'boolean') record.higherIsBetter = extra.higherIsBetter
      this.records.push(record)
    } else {
      this.invalid.push({ ...base, found: describeValue(value) })
    }
  }
}

// Python's json.dumps writes NaN, Infinity and -Infinity, which JSON.parse refuses. They are
// swapped for sentinel strings outside string literals and revived as numbers, so a NaN metric
// reads as "is not a finite number" instead of failing the whole file.
const SENTINELS: Record<string, number> = {
  '\u0000mg:NaN': Number.NaN,
  '\u0000mg:Infinity': Number.POSITIVE_INFINITY,
  '\u0000mg:-Infinity': Number.NEGATIVE_INFINITY
}

function replacePythonNonFinite(text: string): string | undefined {
  let out = ''
  let last = 0
  let changed = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++
      continue
    }
    for (const word of ['-Infinity', 'Infinity', 'NaN']) {
      if (text.startsWith(word, i)) {
        out += text.slice(last, i) + JSON.stringify(`\u0000mg:${word}`)
        i += word.length - 1
        last = i + 1
        changed = true
        break
      }
    }
  }
  return changed ? out + text.slice(last) : undefined
}

export function parseJson(text: string): Parsed {
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch {
    const replaced = replacePythonNonFinite(text)
    if (replaced !== undefined) {
      try {
        const value = JSON.parse(replaced, (_key, v: unknown) =>
          typeof v === 'string' && Object.hasOwn(SENTINELS, v) ? SENTINELS[v] : v
        ) as unknown
        return { ok: true, value }
      } catch {
        // fall through to locate the error in the original text
      }
    }
    return { ok: false, reason: `invalid JSON: ${locateJsonError(text)}` }
  }
}

/** Where JSON text goes wrong, as "line L, column C (offset N): expected X". Iterative. */
export function locateJsonError(text: string): string {
  let i = 0
  const at = (pos: number, what: string): string => {
    let line = 1
    let column = 1
    for (let k = 0; k < pos && k < text.length; k++) {
      if (text[k] === '\n') {
        line++
        column = 1
      } else column++
    }
    const found = pos >= text.length ? 'the end of the input' : JSON.stringify(text[pos])
    return `line ${line}, column ${column} (offset ${pos}): expected ${what}, found ${found}`
  }
  const ws = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i] ?? '')) i++
  }
  const str = (): string | undefined => {
    if (text[i] !== '"') return at(i, 'a string')
    for (i++; i < text.length; i++) {
      const c = text[i] ?? ''
      if (c === '"') {
        i++
        return undefined
      }
      if (c === '\\') {
        const e = text[i + 1] ?? ''
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return at(i + 2, 'four hex digits')
          i += 5
        } else if ('"\\/bfnrt'.includes(e) && e !== '') i++
        else return at(i + 1, 'an escape character')
      } else if (c < ' ') return at(i, 'a closing quote')
    }
    return at(i, 'a closing quote')
  }
  // stack of open containers: '{' or '['; state says what the next token may be
  const stack: string[] = []
  let state: 'value' | 'afterValue' | 'key' | 'firstKey' | 'firstValue' = 'value'
  for (;;) {
    ws()
    if (state === 'value' || state === 'firstValue') {
      const c = text[i]
      if (state === 'firstValue' && c === ']') {
        stack.pop()
        i++
        state = 'afterValue'
        continue
      }
      if (c === '{') {
        stack.push('{')
        i++
        state = 'firstKey'
        continue
      }
      if (c === '[') {
        stack.push('[')
        i++
        state = 'firstValue'
        continue
      }
      if (c === '"') {
        const e = str()
        if (e) return e
      } else {
        const m = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(
          text.slice(i, i + 400)
        )
        if (!m) return at(i, 'a value')
        i += m[0].length
      }
      state = 'afterValue'
      continue
    }
    if (state === 'key' || state === 'firstKey') {
      if (state === 'firstKey' && text[i] === '}') {
        stack.pop()
        i++
        state = 'afterValue'
        continue
      }
      const e = str()
      if (e) return e
      ws()
      if (text[i] !== ':') return at(i, "':' after a property name")
      i++
      state = 'value'
      continue
    }
    // afterValue
    const top = stack[stack.length - 1]
    if (top === undefined) {
      if (i < text.length) return at(i, 'the end of the input')
      return at(i, 'valid JSON')
    }
    const c = text[i]
    if (c === ',') {
      i++
      state = top === '{' ? 'key' : 'value'
    } else if ((c === '}' && top === '{') || (c === ']' && top === '[')) {
      stack.pop()
      i++
    } else return at(i, top === '{' ? "',' or '}'" : "',' or ']'")
  }
}

/** The read result; no finite number at all is a failure (never a pass), naming what was found. */
export function finish(out: Collector, what: string): EvalRead {
  if (out.records.length === 0) {
    const shown = out.invalid
      .slice(0, 3)
      .map((e) => `${qualifiedName(e)} is ${e.found}`)
      .join('; ')
    return {
      ok: false,
      reason: `${what} has no finite numeric metrics${shown ? ` (${shown}${out.invalid.length > 3 ? '; ...' : ''})` : ''}`
    }
  }
  return { ok: true, format: out.source, records: out.records, invalid: out.invalid, warnings: out.warnings }
}
