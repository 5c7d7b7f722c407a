// Escaping for untrusted text (messages, file names, model ids come from a pull request) placed in
// GitHub-flavoured Markdown: no HTML, no links or images, no code spans, no table breaks, no
// @mentions that would notify people, one line only.
import { oneLine, truncate } from './wording.js'

const MAX_CELL = 2000
const ZERO_WIDTH_JOINER = '\u200d'

/** Untrusted text as inline Markdown, safe inside a table cell or a list item. */
export function escapeMarkdown(text: string, max = MAX_CELL): string {
  return truncate(oneLine(text), max)
    .replace(/[\\`|[\]*_~]/g, (char) => `\\${char}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@(?=[\p{L}\p{N}_-])/gu, `@${ZERO_WIDTH_JOINER}`)
}

/**
 * Untrusted text as a code span (file paths, ids): literal text, so only backticks matter, and pipes
 * inside a table (GFM unescapes `\|` there, even in code spans).
 */
export function codeSpan(text: string, opts: { inTable?: boolean; max?: number } = {}): string {
  const literal = truncate(oneLine(text), opts.max ?? MAX_CELL).replace(/`/g, "'")
  const body = opts.inTable === false ? literal : literal.replace(/\|/g, '\\|')
  return body ? `\`${body}\`` : ''
}
