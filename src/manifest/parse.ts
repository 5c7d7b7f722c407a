// Loads `model-governance.yml`: bytes in, a validated manifest or diagnostics out, never a throw.
// Each stage refuses what it must before the next runs: size, binary and encoding on the bytes;
// syntax, tags and alias bombs on the YAML; shape on the data; then dates that cannot be true yet.
import { LineCounter } from 'yaml'
import { decodeManifest, DEFAULT_MAX_BYTES } from './decode.js'
import { futureDateDiagnostics } from './future-dates.js'
import { GENERIC_MESSAGE, issuesToDiagnostics } from './issues.js'
import { DEFAULT_MAX_ALIASES, loadYaml } from './load-yaml.js'
import { ManifestLocator } from './locate.js'
import { ManifestSchema } from './schema.js'
import type { ManifestDiagnostic, ParsedManifest } from './types.js'

export interface ParseManifestOptions {
  /** Today, for dates that must not lie in the future; without it those dates are not checked. */
  now?: Date
  /** Larger files are refused unread. Default 1 MiB. */
  maxBytes?: number
  /** More YAML aliases than this are refused before any expansion. Default 20. */
  maxAliases?: number
}

function byPosition(a: ManifestDiagnostic, b: ManifestDiagnostic): number {
  return a.location.line - b.location.line || a.location.column - b.location.column
}

export function parseManifest(
  input: string | Uint8Array,
  file: string,
  options: ParseManifestOptions = {}
): ParsedManifest {
  try {
    return parseChecked(input, file, options)
  } catch (error) {
    // Every known hazard is a diagnostic above; this keeps an unforeseen one from crashing the gate,
    // which then fails closed on the manifest (MG002) instead of on a stack trace.
    const reason = error instanceof Error ? error.message : String(error)
    const message = `${file} could not be read (${reason}); simplify the file, and report this if it looks valid.`
    const locate = new ManifestLocator(undefined, new LineCounter(), file).locate
    return {
      file,
      manifest: undefined,
      diagnostics: [{ message, location: { file, line: 1, column: 1 } }],
      locate
    }
  }
}

function parseChecked(
  input: string | Uint8Array,
  file: string,
  options: ParseManifestOptions
): ParsedManifest {
  const decoded = decodeManifest(input, file, options.maxBytes ?? DEFAULT_MAX_BYTES)
  if (!decoded.ok) {
    const locator = new ManifestLocator(undefined, new LineCounter(), file)
    const location = { file, line: decoded.line, column: decoded.column }
    return {
      file,
      manifest: undefined,
      diagnostics: [{ message: decoded.message, location }],
      locate: locator.locate
    }
  }

  const loaded = loadYaml(decoded.text, file, options.maxAliases ?? DEFAULT_MAX_ALIASES)
  const { locator } = loaded
  if (loaded.diagnostics.length > 0) {
    return {
      file,
      manifest: undefined,
      diagnostics: loaded.diagnostics.sort(byPosition),
      locate: locator.locate
    }
  }

  const result = ManifestSchema.safeParse(loaded.value, { reportInput: true, error: () => GENERIC_MESSAGE })
  const diagnostics = result.success ? [] : issuesToDiagnostics(result.error.issues, ManifestSchema, locator)
  if (options.now !== undefined)
    diagnostics.push(...futureDateDiagnostics(loaded.value, options.now, locator))
  diagnostics.sort(byPosition)

  return {
    file,
    manifest: result.success && diagnostics.length === 0 ? result.data : undefined,
    diagnostics,
    locate: locator.locate
  }
}
