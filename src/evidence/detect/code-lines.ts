// Strips comments from source lines so that code rules never fire on a commented-out training call.
// One linear pass over the characters; strings are tracked so that `#` or `//` inside a string (a URL,
// a model id) is kept. Python triple-quoted strings are dropped too: docstrings are documentation.

/** Comment syntax: `#` (shell, YAML, Makefile), Python, `//` and block comments (JS/TS...), HCL (both). */
export type Syntax = 'hash' | 'python' | 'slash' | 'hcl' | 'none'

export interface NumberedLine {
  line: number
  text: string
}

type State = 'code' | 'block' | 'triple-double' | 'triple-single' | 'template'

const WORD = /[A-Za-z0-9_]/
const PY_PREFIX = /[rRbBfFuU]/

/** The lines with comments removed (an emptied line stays, with empty text). */
export function stripComments(lines: readonly NumberedLine[], syntax: Syntax): NumberedLine[] {
  if (syntax === 'none') return lines.slice()
  let state: State = 'code'
  const out: NumberedLine[] = []
  for (const { line, text } of lines) {
    const kept: string[] = []
    let i = 0
    let from = 0 // start of the current kept segment
    const n = text.length
    while (i < n) {
      if (state === 'block' || state === 'triple-double' || state === 'triple-single') {
        const close = state === 'block' ? '*/' : state === 'triple-double' ? '"""' : "'''"
        const end = text.indexOf(close, i)
        if (end < 0) {
          i = from = n
          break
        }
        i = from = end + close.length
        state = 'code'
        continue
      }
      if (state === 'template') {
        i = closingQuote(text, i, '`')
        if (i < n) state = 'code'
        i++
        continue
      }
      const c = text[i] as string
      if (syntax === 'python' && (c === '"' || c === "'") && text.startsWith(c + c + c, i)) {
        kept.push(text.slice(from, i))
        state = c === '"' ? 'triple-double' : 'triple-single'
        i += 3
        from = i
        continue
      }
      if ((c === '"' || c === "'") && opensString(text, i, syntax)) {
        i = closingQuote(text, i + 1, c) + 1
        continue
      }
      if (c === '`' && syntax === 'slash') {
        state = 'template'
        i++
        continue
      }
      if (
        c === '#' &&
        syntax !== 'slash' &&
        (syntax === 'python' || i === 0 || /\s/.test(text[i - 1] ?? ''))
      ) {
        break
      }
      if (c === '/' && (syntax === 'slash' || syntax === 'hcl')) {
        const next = text[i + 1]
        if (next === '/') break
        if (next === '*') {
          kept.push(text.slice(from, i))
          state = 'block'
          i += 2
          from = i
          continue
        }
      }
      i++
    }
    kept.push(text.slice(from, Math.min(i, n)))
    out.push({ line, text: kept.join('') })
  }
  return out
}

/** Whether a quote at `i` opens a string (an apostrophe inside a word does not). */
function opensString(text: string, i: number, syntax: Syntax): boolean {
  let j = i - 1
  if (syntax === 'python') {
    // String prefixes: r"", b"", f"", rb"", fr"" ...
    let prefix = 0
    while (prefix < 2 && j >= 0 && PY_PREFIX.test(text[j] as string)) {
      j--
      prefix++
    }
    if (prefix > 0 && (j < 0 || !WORD.test(text[j] as string))) return true
    j = i - 1
  }
  return j < 0 || !WORD.test(text[j] as string)
}

/** The index of the quote that closes a string starting at `from`, or the line's length when none does. */
function closingQuote(text: string, from: number, quote: string): number {
  let i = from
  while (i < text.length) {
    const c = text[i]
    if (c === '\\') i += 2
    else if (c === quote) return i
    else i++
  }
  return text.length
}
