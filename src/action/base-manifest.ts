// The base branch's manifest: where authority (approvers, exception approvers) comes from. Read from
// the checkout when it holds the base commit, else through the contents API at the base sha.
import { httpSummary } from '../evidence/github/http-error.js'
import type { GitHubClient } from '../evidence/github/client.js'
import { readContentAtRef } from '../evidence/github/contents.js'
import { hasCommit } from '../evidence/git.js'
import { loadManifestAtRef } from '../evidence/manifest-source.js'
import { parseManifest } from '../manifest/parse.js'
import type { Manifest, ParsedManifest } from '../manifest/types.js'

export interface BaseManifest {
  manifest?: Manifest
  parsed?: ParsedManifest
  /** For the summary: why there is no usable base manifest. */
  note?: string
  /** Set when the base manifest could not be read at all (as opposed to absent or invalid). */
  unreadable?: string
}

export interface BaseManifestOptions {
  root: string
  base: string | undefined
  file: string
  client: GitHubClient | undefined
  repository: { owner: string; repo: string } | undefined
  now: Date
}

export async function loadBaseManifest(options: BaseManifestOptions): Promise<BaseManifest> {
  const { root, base, file, client, repository, now } = options
  const unavailable = (why: string) => ({
    note: `The base branch's manifest ${why}, so only the policy's governance approvers can approve exceptions.`
  })
  // A read that failed is not an absent file: approvals, which come from it, cannot be verified.
  const unreadable = (why: string) => ({ ...unavailable(why), unreadable: why })
  if (base === undefined) return unavailable('is unknown (the event names no base commit)')
  let parsed: ParsedManifest | undefined
  if (await hasCommit(root, base).catch(() => false)) {
    parsed = await loadManifestAtRef(root, base, file, now)
  } else if (client && repository) {
    let bytes: Uint8Array | undefined
    try {
      bytes = await readContentAtRef(client, { ...repository, path: file, ref: base })
    } catch (error) {
      return unreadable(`could not be read through the API (${httpSummary(error)})`)
    }
    parsed = bytes === undefined ? undefined : parseManifest(bytes, file, { now })
  } else {
    return unreadable('could not be read (the checkout lacks the base commit and there is no token)')
  }
  if (parsed === undefined) return unavailable(`does not exist at ${base.slice(0, 12)}`)
  if (parsed.manifest === undefined) {
    const why = parsed.diagnostics[0]?.message ?? 'it is invalid'
    return unavailable(`at ${base.slice(0, 12)} cannot be used (${why})`)
  }
  return { manifest: parsed.manifest, parsed }
}
