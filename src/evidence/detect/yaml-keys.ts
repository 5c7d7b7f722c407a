// A line-based scan of YAML mapping keys with their dotted paths, lines and inline values. Training
// configs are often templated or slightly invalid, so a tolerant scan beats a strict parse here; block
// scalars (`run: |`) are skipped so that a script's text never reads as keys. Linear in the input.
import type { NumberedLine } from './code-lines.js'

export interface YamlKey {
  /** Dotted path of mapping keys, list levels omitted: `datasets.path`, `model._component_`. */
  path: string
  line: number
  /** The inline value without quotes or a trailing comment; '' when the value is nested or empty. */
  value: string
}

const KEY_LINE = /^( *)(- +)?([A-Za-z_$][\w.$/-]*|"[^"]*"|'[^']*') *:(?: +(.*))?$/
const BLOCK_SCALAR = /^[|>][-+0-9]*$/

export class YamlKeys {
  readonly keys: YamlKey[] = []
  private readonly byPath = new Map<string, YamlKey>()

  constructor(lines: readonly NumberedLine[]) {
    const stack: { indent: number; key: string }[] = []
    let blockIndent = -1 // lines indented deeper than this belong to a block scalar
    for (const { line, text } of lines) {
      const trimmed = text.trimStart()
      if (trimmed === '' || trimmed.startsWith('#')) continue
      const indent = text.length - trimmed.length
      if (blockIndent >= 0) {
        if (indent > blockIndent) continue
        blockIndent = -1
      }
      if (trimmed.startsWith('---') || trimmed.startsWith('...')) {
        stack.length = 0
        continue
      }
      const m = KEY_LINE.exec(text.replace(/\t/g, ' '))
      if (!m) continue
      const keyIndent = (m[1] ?? '').length + (m[2] ?? '').length
      const key = unquote(m[3] ?? '')
      while (stack.length > 0 && (stack[stack.length - 1] as { indent: number }).indent >= keyIndent)
        stack.pop()
      const path = [...stack.map((s) => s.key), key].join('.')
      const value = scalar(m[4] ?? '')
      if (BLOCK_SCALAR.test(value)) blockIndent = keyIndent
      const entry = { path, line, value: BLOCK_SCALAR.test(value) ? '' : value }
      this.keys.push(entry)
      if (!this.byPath.has(path)) this.byPath.set(path, entry)
      stack.push({ indent: keyIndent, key })
    }
  }

  /** The first key at this dotted path. */
  get(path: string): YamlKey | undefined {
    return this.byPath.get(path)
  }

  has(path: string): boolean {
    return this.byPath.has(path)
  }

  /** The first of `paths` present, in the order given. */
  first(...paths: string[]): YamlKey | undefined {
    for (const p of paths) {
      const k = this.byPath.get(p)
      if (k) return k
    }
    return undefined
  }

  /** Whether the key's value is YAML true. */
  isTrue(path: string): boolean {
    return /^(true|True|TRUE|yes|on)$/.test(this.byPath.get(path)?.value ?? '')
  }
}

/** An inline value without a trailing comment and without surrounding quotes. */
function scalar(raw: string): string {
  let v = raw.trim()
  const quote = v[0]
  if (quote === '"' || quote === "'") {
    const end = v.indexOf(quote, 1)
    return end > 0 ? v.slice(1, end) : v.slice(1)
  }
  const hash = v.search(/\s#/)
  if (hash >= 0) v = v.slice(0, hash).trim()
  return v
}

function unquote(key: string): string {
  return key.startsWith('"') || key.startsWith("'") ? key.slice(1, -1) : key
}
