// Whole statements from code lines: shell commands joined across trailing backslashes, Python calls
// across open brackets, so that a command or a call written over several lines is read as one.
import type { CodeLine } from './view.js'

/** Lines joined across trailing backslashes; added when any part is added; numbered by the first part. */
export function continued(code: readonly CodeLine[]): CodeLine[] {
  const out: CodeLine[] = []
  let current: CodeLine | undefined
  for (const l of code) {
    const text = l.text.trimEnd()
    const continues = text.endsWith('\\')
    const part = continues ? text.slice(0, -1) : text
    if (current) {
      current.text += ` ${part}`
      current.added ||= l.added
    } else current = { line: l.line, text: part, added: l.added }
    if (!continues) {
      out.push(current)
      current = undefined
    }
  }
  if (current) out.push(current)
  return out
}

/** Python statements: lines joined while a bracket is open (at most 80 lines), and across backslashes. */
export function bracketed(code: readonly CodeLine[]): CodeLine[] {
  const out: CodeLine[] = []
  let current: CodeLine | undefined
  let depth = 0
  let parts = 0
  for (const l of code) {
    const text = l.text.trimEnd()
    if (current) {
      current.text += ` ${text}`
      current.added ||= l.added
      parts++
    } else {
      current = { line: l.line, text, added: l.added }
      parts = 1
    }
    depth = Math.max(0, depth + openBrackets(text))
    if ((depth === 0 && !text.endsWith('\\')) || parts >= 80) {
      out.push(current)
      current = undefined
      depth = 0
    }
  }
  if (current) out.push(current)
  return out
}

/** Opening minus closing brackets outside strings (comments are already gone). */
function openBrackets(text: string): number {
  let n = 0
  let quote: string | undefined
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string
    if (quote) {
      if (c === '\\') i++
      else if (c === quote) quote = undefined
    } else if (c === '"' || c === "'") quote = c
    else if (c === '(' || c === '[' || c === '{') n++
    else if (c === ')' || c === ']' || c === '}') n--
  }
  return n
}
