// Turns zod issues into diagnostics a user can act on: the field's dotted path as they would write it
// (models[0].datasets[1].sha256), what is wrong, what to do, and the exact line and column. Schemas
// keep their own messages for what only they know; every other issue gets a generic sentence here.
import type { z } from 'zod'
import type { YamlLocator } from './locate.js'
import { clip } from './scan.js'
import { allowedKeys, descriptionAt, suggest } from './schema-walk.js'
import { byPosition, type FileKind, type NodePath, type YamlDiagnostic } from './types.js'

/** What the per-parse error map returns, so that issues without a schema-specific message are recognised. */
export const GENERIC_MESSAGE = '\u0000generic'

type Issue = z.core.$ZodIssue

/** `models[0].datasets[1].sha256`; the empty path is the top level, "the manifest". */
export function dottedPath(path: NodePath, kind: FileKind): string {
  if (path.length === 0) return `the ${kind.what}`
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('')
}

function describeInput(input: unknown): string {
  if (input === null) return 'empty'
  if (Array.isArray(input)) return 'a list'
  if (typeof input === 'string') return 'text'
  if (typeof input === 'boolean') return 'true or false'
  if (typeof input === 'number') return 'a number'
  if (typeof input === 'object') return 'a mapping'
  return typeof input
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping of keys to values'
}

function asClause(description: string | undefined): string {
  if (description === undefined) return ''
  const trimmed = description.replace(/\.$/, '')
  const lowered = /^[A-Z][a-z]/.test(trimmed) ? trimmed[0]!.toLowerCase() + trimmed.slice(1) : trimmed
  return ` (${lowered})`
}

/** The fragment that follows the dotted path for an issue that carries no schema-specific message. */
function genericFragment(issue: Issue, schema: z.ZodType): string {
  const input = (issue as { input?: unknown }).input
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined)
        return `is required; add it${asClause(descriptionAt(schema, issue.path as NodePath))}`
      if (input === null) return 'is empty; fill it in or remove the key'
      // YAML 1.2 reads yes/no/on/off as text, unlike YAML 1.1.
      if (issue.expected === 'boolean' && typeof input === 'string' && /^(yes|no|on|off|y|n)$/i.test(input)) {
        return 'must be true or false; YAML 1.2 reads yes, no, on and off as text'
      }
      return `must be ${EXPECTED[issue.expected] ?? issue.expected}, not ${describeInput(input)}`
    case 'invalid_value': {
      // A missing literal or enum field (`version`) is reported as a wrong value by zod.
      if (input === undefined)
        return `is required; add it${asClause(descriptionAt(schema, issue.path as NodePath))}`
      const values = issue.values.map(String)
      if (values.length === 1) return `must be ${values[0]}`
      const hint = typeof input === 'string' ? suggest(input, values) : undefined
      return `must be one of ${values.join(', ')}${hint === undefined ? '' : `; did you mean \`${hint}\`?`}`
    }
    case 'too_small':
      if (issue.origin === 'array')
        return `must list at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}`
      if (issue.origin === 'string') return 'must not be empty'
      return `must be ${issue.inclusive ? 'at least' : 'more than'} ${String(issue.minimum)}`
    case 'too_big':
      if (issue.origin === 'array') return `must list at most ${String(issue.maximum)} items`
      if (issue.origin === 'string') return `must be at most ${String(issue.maximum)} characters long`
      return `must be ${issue.inclusive ? 'at most' : 'less than'} ${String(issue.maximum)}`
    default:
      return 'is not valid here; check it against the schema'
  }
}

function sentence(path: NodePath, fragment: string, kind: FileKind): string {
  const text = `${dottedPath(path, kind)} ${fragment}`
  const capitalised = path.length === 0 ? `T${text.slice(1)}` : text
  return /[.?!]$/.test(capitalised) ? capitalised : `${capitalised}.`
}

function unknownKeys(
  issue: Issue & { keys: string[] },
  schema: z.ZodType,
  locator: YamlLocator,
  kind: FileKind
): YamlDiagnostic[] {
  const parent = issue.path as NodePath
  const allowed = allowedKeys(schema, parent)
  return issue.keys.map((key) => {
    const hint = suggest(key, allowed)
    const advice =
      hint !== undefined ? `did you mean \`${hint}\`?` : `remove it, or use one of: ${allowed.join(', ')}`
    const path = [...parent, key]
    return {
      message: sentence(parent, `has an unknown key \`${clip(key)}\`; ${advice}`, kind),
      location: locator.locateKey(path),
      path
    }
  })
}

export function issuesToDiagnostics(
  issues: readonly Issue[],
  schema: z.ZodType,
  locator: YamlLocator,
  kind: FileKind
): YamlDiagnostic[] {
  return issues.flatMap((issue): YamlDiagnostic[] => {
    if (issue.code === 'unrecognized_keys') return unknownKeys(issue, schema, locator, kind)
    const path = issue.path as NodePath
    const fragment = issue.message === GENERIC_MESSAGE ? genericFragment(issue, schema) : issue.message
    // A missing field has no node of its own: point at the entry that should hold it.
    const missing =
      (issue.code === 'invalid_type' || issue.code === 'invalid_value') &&
      (issue as { input?: unknown }).input === undefined
    const location = locator.locate(missing ? path.slice(0, -1) : path)
    return [{ message: sentence(path, fragment, kind), location, path }]
  })
}

export interface Validated<T> {
  /** The validated data; undefined when there is any diagnostic. */
  data: T | undefined
  /** One per problem, in the order they stand in the file. */
  diagnostics: YamlDiagnostic[]
}

/** Validates a loaded value against `schema`, with the messages and locations above. */
export function validate<T extends z.ZodType>(
  schema: T,
  value: unknown,
  locator: YamlLocator,
  kind: FileKind
): Validated<z.output<T>> {
  const result = schema.safeParse(value, { reportInput: true, error: () => GENERIC_MESSAGE })
  if (result.success) return { data: result.data, diagnostics: [] }
  return {
    data: undefined,
    diagnostics: issuesToDiagnostics(result.error.issues, schema, locator, kind).sort(byPosition)
  }
}
