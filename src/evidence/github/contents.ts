// A file's bytes at a commit, through the contents API (used when the checkout lacks the commit).
import type { GitHubClient } from './client.js'
import { isStatus } from './http-error.js'

export type RepoFileRef = {
  owner: string
  repo: string
  path: string
  ref: string
}

/** The file's bytes, or undefined when it does not exist at that ref. Other failures throw. */
export async function readContentAtRef(
  client: GitHubClient,
  ref: RepoFileRef
): Promise<Uint8Array | undefined> {
  try {
    // The JSON form carries base64 bytes, so invalid UTF-8 still reaches the loader as it is.
    const { data } = await client.rest.repos.getContent(ref)
    if (Array.isArray(data) || data.type !== 'file')
      throw new Error(`${ref.path} at ${ref.ref} is not a file`)
    if (!('content' in data) || data.encoding !== 'base64') {
      throw new Error(`${ref.path} at ${ref.ref} is too large for the contents API (over 1 MB)`)
    }
    return new Uint8Array(Buffer.from(data.content, 'base64'))
  } catch (error) {
    if (isStatus(error, 404)) return undefined
    throw error
  }
}
