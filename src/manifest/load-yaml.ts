// Parses the manifest's text as one YAML document and turns it into plain data, refusing what a
// governance file has no use for and an attacker could abuse: several documents, tags, alias bombs.
// Every problem becomes one diagnostic at its line and column; nothing is thrown.
import { isMap, isScalar, LineCounter, parseDocument, type Document, type Node } from 'yaml'
import { ManifestLocator } from './locate.js'
import { scanDocument } from './scan-yaml.js'
import type { ManifestDiagnostic } from './types.js'

export const DEFAULT_MAX_ALIASES = 20

export interface LoadedYaml {
  doc: Document
  locator: ManifestLocator
  /** The plain value; undefined when there are diagnostics. */
  value: unknown
  diagnostics: ManifestDiagnostic[]
}

function yamlErrorMessage(code: string, message: string, text: string, offset: number, file: string): string {
  // The parser catches its own stack overflow on absurd nesting and reports it as an error.
  if (/call stack/i.test(message))
    return `${file} nests values too deeply; a manifest needs only a few levels.`
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

export function loadYaml(text: string, file: string, maxAliases: number): LoadedYaml {
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
  const locator = new ManifestLocator(doc, lineCounter, file)
  const fail = (diagnostics: ManifestDiagnostic[]): LoadedYaml => ({
    doc,
    locator,
    value: undefined,
    diagnostics
  })
  const at = (offset: number, message: string, end?: number): ManifestDiagnostic => ({
    message,
    location: locator.at(offset, end)
  })

  // A syntax error is reported alone: what follows it is often noise.
  const [syntax] = doc.errors
  if (syntax !== undefined) {
    return fail([at(syntax.pos[0], yamlErrorMessage(syntax.code, syntax.message, text, syntax.pos[0], file))])
  }

  const contents = doc.contents as Node | null
  if (contents === null || (isScalar(contents) && contents.value === null && contents.tag === undefined)) {
    return fail([
      at(
        0,
        `${file} is empty; add "version: 1" and a "models:" list (model-governance init writes a starter).`
      )
    ])
  }

  const { problems, aliases } = scanDocument(doc, text, file, at)
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
    const what = isScalar(contents) ? 'a single value' : 'a list'
    return fail([
      at(
        contents.range?.[0] ?? 0,
        `${file} must be a mapping at the top level (version: 1, models: ...), not ${what}.`
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
