// Turns zod's issues about a policy file into plain sentences at the line and column of the node they
// concern, with a "did you mean" where a near miss is likely a typo.
import { closest, distance } from 'fastest-levenshtein'
import { type Document, isAlias, isMap, isPair, isScalar, isSeq, type LineCounter, type Node } from 'yaml'
import { z } from 'zod'
import type { PositionedMessage } from './yaml-document.js'

type Path = readonly PropertyKey[]

export function issueToDiagnostic(
  issue: z.core.$ZodIssue,
  schema: z.ZodType,
  doc: Document.Parsed,
  lineCounter: LineCounter,
  value: unknown
): PositionedMessage[] {
  const path = issue.path
  const where = pathText(path)
  const found = valueAt(value, path)
  const atNode = (message: string, node = nodeAt(doc, path)): PositionedMessage => {
    // A missing node points at its nearest ancestor, or at the top of the file.
    const { line, col } = lineCounter.linePos(node?.range?.[0] ?? 0)
    return { message, line, column: col }
  }

  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const known = knownKeys(schema, path)
        const hint = didYouMean(key, known)
        const message =
          where === 'rules'
            ? `"${key}" is not a known rule id.${hint || ' Rule ids look like MG403; docs/rules lists them.'}`
            : `Unknown key "${key}" ${where ? `in ${where}` : 'at the top level'}.${hint || ` Known keys: ${known.join(', ')}.`}`
        return atNode(message, keyNodeAt(doc, path, key) ?? nodeAt(doc, path))
      })
    case 'invalid_value': {
      if (found === undefined) return [atNode(missingMessage(where))]
      // A message of our own (MG002 may not be off) says more than the generic one.
      if (issue.message && !issue.message.startsWith('Invalid')) return [atNode(issue.message)]
      const options = issue.values.map((v) => String(v))
      if (options.includes(String(found))) {
        return [atNode(`${where} is ${show(found)}, a string; write ${String(found)} without quotes.`)]
      }
      const hint = typeof found === 'string' ? didYouMean(found, options) : ''
      return [atNode(`${where} is ${show(found)}; expected ${choices(options)}.${hint}`)]
    }
    case 'invalid_type':
      if (found === undefined) return [atNode(missingMessage(where))]
      return [atNode(`${where} must be ${expectedText(issue.expected)}, found ${show(found)}.`)]
    case 'too_small':
      return [
        atNode(
          `${where} ${issue.origin === 'number' ? `must be at least ${issue.minimum}` : 'must not be empty'}.`
        )
      ]
    case 'too_big':
      return [atNode(`${where} must be at most ${issue.maximum}.`)]
    default:
      return [atNode(`${where || 'The policy'} ${show(found)}: ${issue.message}.`)]
  }
}

function choices(options: string[]): string {
  return options.length <= 2 ? options.join(' or ') : `one of ${options.join(', ')}`
}

function missingMessage(where: string): string {
  return where === 'version'
    ? 'version is required; start the file with "version: 1".'
    : `${where} is required.`
}

const EXPECTED: Record<string, string> = {
  object: 'a mapping (key: value lines)',
  array: 'a list',
  boolean: 'true or false',
  number: 'a number',
  int: 'a whole number',
  string: 'a string'
}

function expectedText(expected: string): string {
  return EXPECTED[expected] ?? expected
}

function show(value: unknown): string {
  if (value === undefined) return 'missing'
  if (value === null) return 'empty'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a mapping'
  return JSON.stringify(value)
}

export function didYouMean(word: string, candidates: readonly string[]): string {
  if (candidates.length === 0) return ''
  const best = closest(word, candidates as string[])
  // Beyond a third of the word's length a suggestion is more likely noise than the intended key.
  const limit = Math.max(2, Math.floor(word.length / 3))
  return distance(word.toLowerCase(), best.toLowerCase()) <= limit ? ` Did you mean "${best}"?` : ''
}

export function pathText(path: Path): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('')
}

function valueAt(value: unknown, path: Path): unknown {
  let current = value
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<PropertyKey, unknown>)[part]
  }
  return current
}

/** The keys a strict object of `schema` accepts at `path`, unwrapping optionals, arrays and records. */
function knownKeys(schema: z.ZodType, path: Path): string[] {
  let current: unknown = schema
  for (const part of [...path, undefined]) {
    while (current instanceof z.ZodOptional || current instanceof z.ZodDefault) current = current.unwrap()
    if (part === undefined) break
    if (current instanceof z.ZodObject) current = (current.shape as Record<string, unknown>)[String(part)]
    else if (current instanceof z.ZodArray) current = current.element
    else return []
  }
  return current instanceof z.ZodObject ? Object.keys(current.shape) : []
}

function childNode(doc: Document.Parsed, node: unknown, part: PropertyKey): Node | undefined {
  if (isAlias(node)) return childNode(doc, node.resolve(doc), part)
  if (isMap(node)) {
    const pair = node.items.find(
      (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === part
    )
    return (pair?.value ?? undefined) as Node | undefined
  }
  if (isSeq(node) && typeof part === 'number') return node.items[part] as Node | undefined
  return undefined
}

/** The node at `path`, or the deepest one that exists along it: where a missing field should have been. */
function nodeAt(doc: Document.Parsed, path: Path): Node | undefined {
  let node: Node | undefined = doc.contents ?? undefined
  for (const part of path) {
    const next = childNode(doc, node, part)
    if (!next) return node
    node = next
  }
  return node
}

function keyNodeAt(doc: Document.Parsed, path: Path, key: string): Node | undefined {
  const found = nodeAt(doc, path)
  const map = isAlias(found) ? found.resolve(doc) : found
  if (!isMap(map)) return undefined
  const pair = map.items.find((item) => isScalar(item.key) && String(item.key.value) === key)
  return (pair?.key ?? undefined) as Node | undefined
}
