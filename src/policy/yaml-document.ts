// Turns a policy file's bytes into a YAML document with positions, or into diagnostics. Every hazard a
// hostile or broken file can carry (too big, binary, not UTF-8, bad syntax, duplicate keys, alias
// bombs, not a mapping) becomes a plain diagnostic with a line and column: loading never throws.
import { type Document, isAlias, isMap, isSeq, LineCounter, type Node, parseDocument, visit } from 'yaml'

export interface PositionedMessage {
  /** One plain sentence: what is wrong and what to do. */
  message: string
  line: number
  column: number
}

export interface LoadedYaml {
  doc: Document.Parsed
  lineCounter: LineCounter
  /** The document as plain data. */
  value: Record<string, unknown>
}

export const POLICY_MAX_BYTES = 1024 * 1024
// A policy is short and hand-written: a few anchors are plausible, hundreds are an expansion attack.
export const MAX_ALIASES = 20

const at = (message: string, line = 1, column = 1): PositionedMessage => ({ message, line, column })

export function loadYamlMapping(input: string | Uint8Array): {
  loaded?: LoadedYaml
  diagnostics: PositionedMessage[]
} {
  const decoded = decode(input)
  if ('problem' in decoded) return { diagnostics: [decoded.problem] }
  const text = decoded.text.startsWith('\uFEFF') ? decoded.text.slice(1) : decoded.text

  const lineCounter = new LineCounter()
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    stringKeys: true,
    strict: true
  })
  const position = (offset: number) => lineCounter.linePos(offset)
  const diagnostics: PositionedMessage[] = [...doc.errors, ...doc.warnings].map((e) => {
    const { line, col } = position(e.pos[0])
    return at(yamlMessage(e.code, e.message, tokenAt(text, e.pos[0])), line, col)
  })

  let aliases = 0
  let firstExcessAlias: Node | undefined
  visit(doc, {
    Alias(_key, node) {
      aliases += 1
      if (aliases === MAX_ALIASES + 1) firstExcessAlias = node
    }
  })
  if (firstExcessAlias) {
    const { line, col } = position(firstExcessAlias.range?.[0] ?? 0)
    diagnostics.push(
      at(
        `The file uses more than ${MAX_ALIASES} YAML aliases (*name); write the values out instead.`,
        line,
        col
      )
    )
  }
  if (diagnostics.length > 0) return { diagnostics }

  const root = doc.contents
  if (root === null) {
    return { diagnostics: [at('The file is empty; it must be a mapping that starts with "version: 1".')] }
  }
  if (!isMap(root)) {
    const found = isSeq(root) ? 'a list' : isAlias(root) ? 'an alias' : 'a single value'
    const { line, col } = position(root.range?.[0] ?? 0)
    return {
      diagnostics: [
        at(`The file must be a mapping of keys (version: 1, mode: ...), found ${found}.`, line, col)
      ]
    }
  }
  try {
    const value = doc.toJS({ maxAliasCount: MAX_ALIASES }) as Record<string, unknown>
    return { loaded: { doc, lineCounter, value }, diagnostics: [] }
  } catch (error) {
    // toJS throws on alias expansion beyond maxAliasCount (aliases of aliases) and on circular anchors.
    const reason = error instanceof Error ? error.message : String(error)
    return { diagnostics: [at(`The YAML could not be expanded (${reason}); write the values out instead.`)] }
  }
}

function decode(input: string | Uint8Array): { text: string } | { problem: PositionedMessage } {
  const size = typeof input === 'string' ? new TextEncoder().encode(input).byteLength : input.byteLength
  if (size > POLICY_MAX_BYTES) {
    return { problem: at(`The file is ${size} bytes, above the 1 MiB limit; a policy is a few dozen lines.`) }
  }
  if (typeof input === 'string') {
    const nul = input.indexOf('\u0000')
    return nul >= 0 ? { problem: binaryProblem(input, nul) } : { text: input }
  }
  const nul = input.indexOf(0)
  if (nul >= 0) {
    const before = new TextDecoder().decode(input.subarray(0, nul))
    return { problem: binaryProblem(before, before.length) }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(input) }
  } catch {
    // Decode again leniently to point at the first replaced character.
    const lenient = new TextDecoder('utf-8').decode(input)
    const { line, column } = lineColumn(lenient, lenient.indexOf('\uFFFD'))
    return { problem: at('The file is not valid UTF-8; save it as UTF-8 text.', line, column) }
  }
}

function binaryProblem(text: string, nulIndex: number): PositionedMessage {
  const { line, column } = lineColumn(text, nulIndex)
  return at('The file contains a NUL byte: it looks binary, not YAML text.', line, column)
}

function lineColumn(text: string, index: number): { line: number; column: number } {
  if (index < 0) return { line: 1, column: 1 }
  const before = text.slice(0, index)
  const lastBreak = before.lastIndexOf('\n')
  return { line: before.split('\n').length, column: index - lastBreak }
}

/** The key or tag starting at `offset`: the rest of its line, up to a ": " or a space. */
function tokenAt(text: string, offset: number): string {
  const rest = text.slice(offset, offset + 200).split('\n')[0] ?? ''
  return rest.replace(/:(?:\s.*)?$/, '').replace(/\s.*$/, '')
}

function yamlMessage(code: string, message: string, snippet: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return `The key "${snippet}" appears twice in the same mapping; keep one, since which value wins would be ambiguous.`
    case 'MULTIPLE_DOCS':
      return 'The file holds more than one YAML document (---); keep a single one.'
    case 'TAG_RESOLVE_FAILED':
      return `The YAML tag ${snippet} is not supported; write a plain value.`
    default:
      return `YAML syntax error: ${message.replace(/\s+/g, ' ').trim()}`
  }
}
