// Parses a governance file's text as one YAML document and turns it into plain data, refusing what such
// a file has no use for and an attacker could abuse: several documents, tags, alias bombs. Every
// problem becomes one diagnostic at its line and column; nothing is thrown.
import { isMap, isScalar, LineCounter, parseDocument, type Document, type Node } from 'yaml'
import { decodeYaml, DEFAULT_MAX_BYTES } from './decode.js'
import { YamlLocator } from './locate.js'
import { scanDocument, tooDeepMessage } from './scan.js'
import type { FileKind, YamlDiagnostic } from './types.js'

export const DEFAULT_MAX_ALIASES = 20

export interface LoadOptions {
  /** Larger files are refused unread. Default 1 MiB. */
  maxBytes?: number
  /** More YAML aliases than this are refused before any expansion. Default 20. */
  maxAliases?: number
}

export interface LoadedYaml {
  /** The parsed document; undefined when the bytes were refused before parsing. */
  doc: Document | undefined
  locator: YamlLocator
  /** The plain value; undefined when there are diagnostics. */
  value: unknown
  diagnostics: YamlDiagnostic[]
}

function yamlErrorMessage(
  code: string,
  message: string,
  text: string,
  offset: number,
  file: string,
  kind: FileKind
): string {
  // The parser catches its own stack overflow on absurd nesting and reports it as an error.
  if (/call stack/i.test(message)) return tooDeepMessage(file, kind)
  const where = message.replace(/ at line \d+, column \d+:[\s\S]*$/, '').replace(/\.$/, '')
  switch (code) {
    case 'TAB_AS_INDENT':
      return 'YAML does not allow tabs for indentation; replace the tab with spaces.'
    case 'MULTIPLE_DOCS':
      return `${file} holds more than one YAML document; keep a single document and remove the --- separator.`
    case 'BAD_SCALAR_START': {
      const first = text[offset] ?? ''
      if (first === '@')
        return 'A value that starts with @ must be quoted in YAML; write it as "@org/team" in quotes.'
      return `A plain YAML value cannot start with ${first}; put the value in quotes.`
    }
    default:
      return `${file} is not valid YAML: ${where}; fix the syntax here.`
  }
}

/** Bytes or text in, a plain value or diagnostics out: `decodeYaml`, then `loadYaml`. */
export function loadYamlFile(
  input: string | Uint8Array,
  file: string,
  kind: FileKind,
  options: LoadOptions = {}
): LoadedYaml {
  const decoded = decodeYaml(input, file, kind, options.maxBytes ?? DEFAULT_MAX_BYTES)
  if (!decoded.ok) {
    const location = { file, line: decoded.line, column: decoded.column }
    return {
      doc: undefined,
      locator: YamlLocator.unparsed(file),
      value: undefined,
      diagnostics: [{ message: decoded.message, location }]
    }
  }
  return loadYaml(decoded.text, file, kind, options.maxAliases ?? DEFAULT_MAX_ALIASES)
}

export function loadYaml(
  text: string,
  file: string,
  kind: FileKind,
  maxAliases: number = DEFAULT_MAX_ALIASES
): LoadedYaml {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, {
    lineCounter,
    // Pin YAML 1.2 core: a `%YAML 1.1` directive must not bring back timestamps, merge keys or yes/no booleans.
    version: '1.2',
    schema: 'core',
    merge: false,
    // Duplicate keys are found by scanDocument, in linear time.
    uniqueKeys: false,
    prettyErrors: false
  })
  const locator = new YamlLocator(doc, lineCounter, file)
  const fail = (diagnostics: YamlDiagnostic[]): LoadedYaml => ({
    doc,
    locator,
    value: undefined,
    diagnostics
  })
  const at = (offset: number, message: string, end?: number): YamlDiagnostic => ({
    message,
    location: locator.at(offset, end)
  })

  // A syntax error is reported alone: what follows it is often noise.
  const [syntax] = doc.errors
  if (syntax !== undefined) {
    const offset = syntax.pos[0]
    return fail([at(offset, yamlErrorMessage(syntax.code, syntax.message, text, offset, file, kind))])
  }

  const contents = doc.contents as Node | null
  if (contents === null || (isScalar(contents) && contents.value === null && contents.tag === undefined)) {
    return fail([at(0, `${file} is empty; ${kind.whenEmpty}.`)])
  }

  const { problems, aliases } = scanDocument(doc, text, file, kind, at)
  if (problems.length > 0) return fail(problems)

  const over = aliases[maxAliases]
  if (over?.range) {
    return fail([
      at(
        over.range[0],
        `${file} uses ${aliases.length} YAML aliases, more than the limit of ${maxAliases}; write the values out instead of repeating *aliases.`
      )
    ])
  }
  for (const alias of aliases) {
    if (alias.range && alias.resolve(doc) === undefined) {
      return fail([
        at(
          alias.range[0],
          `The alias *${alias.source} has no anchor &${alias.source} before it; define the anchor first or write the value out.`
        )
      ])
    }
  }

  if (!isMap(contents)) {
    const found = isScalar(contents) ? 'a single value' : 'a list'
    return fail([
      at(
        contents.range?.[0] ?? 0,
        `${file} must be a mapping at the top level (${kind.shape}), not ${found}.`
      )
    ])
  }

  try {
    return { doc, locator, value: doc.toJS({ maxAliasCount: maxAliases }), diagnostics: [] }
  } catch {
    // Only alias expansion can throw here: everything else was checked above.
    return fail([
      at(0, `${file} expands its YAML aliases too far; write the values out instead of nesting *aliases.`)
    ])
  }
}
