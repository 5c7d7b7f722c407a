// Loading the manifest from where the change lives: the working tree (the action's checkout, the
// CLI's default) or a commit (the CLI's --head). The bytes go to the pure loader as they are.
import { parseManifest } from '../manifest/parse.js'
import type { ParsedManifest } from '../manifest/types.js'
import { readRepoFile } from './files.js'
import { readFileAtRef } from './git.js'

export const MANIFEST_MAX_BYTES = 1024 * 1024

/** A manifest that could not be read at all is still a finding (MG002), at its first line. */
function unreadable(file: string, message: string): ParsedManifest {
  const location = { file, line: 1, column: 1 }
  return { file, manifest: undefined, diagnostics: [{ message, location }], locate: () => location }
}

export async function loadManifestFromWorkspace(
  root: string,
  file: string,
  now: Date
): Promise<ParsedManifest | undefined> {
  const read = await readRepoFile(root, file, MANIFEST_MAX_BYTES)
  if (read.kind === 'missing') return undefined
  if (read.kind === 'refused') return unreadable(file, `The manifest ${file} was not read: ${read.reason}.`)
  return parseManifest(read.bytes, file, { now, maxBytes: MANIFEST_MAX_BYTES })
}

export async function loadManifestAtRef(
  root: string,
  ref: string,
  file: string,
  now: Date
): Promise<ParsedManifest | undefined> {
  const read = await readFileAtRef(root, ref, file, { maxBytes: MANIFEST_MAX_BYTES })
  if (read.kind === 'missing') return undefined
  if (read.kind === 'too-large') {
    return unreadable(
      file,
      `The manifest ${file} is ${read.size} bytes, over the ${MANIFEST_MAX_BYTES}-byte limit; split it or remove bulk content.`
    )
  }
  return parseManifest(read.bytes, file, { now, maxBytes: MANIFEST_MAX_BYTES })
}
