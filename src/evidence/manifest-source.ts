// Loading the manifest from where the change lives: the working tree (the action's checkout, the
// CLI's default), a commit (the CLI's --head), or the API at a commit (pull_request_target). The bytes go to the pure loader as they are.
import type { FileFact } from '../engine/evidence.js'
import { parseManifest } from '../manifest/parse.js'
import type { ParsedManifest } from '../manifest/types.js'
import { readFileAtRef } from './git.js'
import { describeError, RepoFileError, type RepoFiles, workspaceFiles } from './repo-files.js'

export const MANIFEST_MAX_BYTES = 1024 * 1024

/** A manifest that could not be read at all is still a finding (MG002), at its first line. */
function unreadable(file: string, message: string): ParsedManifest {
  const location = { file, line: 1, column: 1 }
  return { file, manifest: undefined, diagnostics: [{ message, location }], locate: () => location }
}

/**
 * The working-tree manifest's first MANIFEST_MAX_BYTES + 1 bytes (one over the limit is enough for the
 * parser to refuse an oversized manifest without reading it whole), or why there are none.
 */
async function firstBytes(
  files: RepoFiles,
  file: string
): Promise<Uint8Array | Exclude<FileFact, { kind: 'file' }>> {
  try {
    const fact = await files.stat(file)
    return fact.kind === 'file' ? await files.head(file, MANIFEST_MAX_BYTES + 1) : fact
  } catch (error) {
    // Gone or swapped for something else between the check and the read, or an I/O error.
    return error instanceof RepoFileError ? error.fact : { kind: 'unavailable', reason: describeError(error) }
  }
}

export async function loadManifestFromWorkspace(
  root: string,
  file: string,
  now: Date
): Promise<ParsedManifest | undefined> {
  return loadManifestFromFiles(workspaceFiles(root), file, now)
}

/** The manifest from any file source: the working tree, a commit, or the GitHub API at a commit. */
export async function loadManifestFromFiles(
  files: RepoFiles,
  file: string,
  now: Date
): Promise<ParsedManifest | undefined> {
  const read = await firstBytes(files, file)
  if (!('kind' in read)) return parseManifest(read, file, { now, maxBytes: MANIFEST_MAX_BYTES })
  switch (read.kind) {
    case 'missing':
      return undefined
    case 'refused':
      return unreadable(file, `The manifest ${file} was not read: ${read.reason}.`)
    case 'unavailable':
      return unreadable(file, `The manifest ${file} could not be read: ${read.reason}.`)
  }
}

export async function loadManifestAtRef(
  root: string,
  ref: string,
  file: string,
  now: Date
): Promise<ParsedManifest | undefined> {
  const read = await readFileAtRef(root, ref, file, { maxBytes: MANIFEST_MAX_BYTES })
  switch (read.kind) {
    case 'missing':
      return undefined
    case 'too-large':
      return unreadable(
        file,
        `The manifest ${file} is ${read.size} bytes, over the ${MANIFEST_MAX_BYTES}-byte limit; split it or remove bulk content.`
      )
    case 'unavailable':
      return unreadable(
        file,
        `The manifest ${file} could not be read: ${read.reason}; fetch the full history (actions/checkout with fetch-depth: 0, or git fetch --unshallow) and run again.`
      )
    case 'file':
      return parseManifest(read.bytes, file, { now, maxBytes: MANIFEST_MAX_BYTES })
  }
}
