// Loads `model-governance.yml`: bytes in, a validated manifest or diagnostics out, never a throw.
// Each stage refuses what it must before the next runs: size, binary and encoding on the bytes;
// syntax, tags and alias bombs on the YAML; shape on the data; then dates that cannot be true yet.
import { loadYamlFile } from '../yaml/load.js'
import { YamlLocator } from '../yaml/locate.js'
import { byPosition } from '../yaml/types.js'
import { validate } from '../yaml/zod-issues.js'
import { futureDateDiagnostics } from './future-dates.js'
import { ManifestSchema } from './schema.js'
import { MANIFEST_KIND, type ParsedManifest } from './types.js'

export interface ParseManifestOptions {
  /** Today, for dates that must not lie in the future; without it those dates are not checked. */
  now?: Date
  /** Larger files are refused unread. Default 1 MiB. */
  maxBytes?: number
  /** More YAML aliases than this are refused before any expansion. Default 20. */
  maxAliases?: number
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
    const locate = YamlLocator.unparsed(file).locate
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
  const loaded = loadYamlFile(input, file, MANIFEST_KIND, options)
  const { locator } = loaded
  if (loaded.diagnostics.length > 0) {
    return {
      file,
      manifest: undefined,
      diagnostics: loaded.diagnostics.sort(byPosition),
      locate: locator.locate
    }
  }

  const { data, diagnostics } = validate(ManifestSchema, loaded.value, locator, MANIFEST_KIND)
  if (options.now !== undefined)
    diagnostics.push(...futureDateDiagnostics(loaded.value, options.now, locator))
  diagnostics.sort(byPosition)

  return {
    file,
    manifest: diagnostics.length === 0 ? data : undefined,
    diagnostics,
    locate: locator.locate
  }
}
