// Repository files at a commit, read as data through the REST API: for pull_request_target runs,
// whose checkout holds the base branch while the pull request's files must be judged, and for
// checkouts that lack the head commit. Nothing is executed or written to disk.
//
// The contents API gives a file's metadata (and its bytes up to 1 MB); the git blobs API gives the
// bytes of files up to 100 MB, base64 in JSON, so binary content arrives exactly. Larger files cannot be
// read this way and are unavailable, which fails closed: store big datasets in Git LFS (the pointer is
// read instead), or check out the commits (actions/checkout with fetch-depth: 0) so git reads them.
// The contents API follows a symbolic link to a file and answers with the target's path; that answer
// is refused like any link, so the file hashed is always the file named.
import type { FileFact } from '../../engine/evidence.js'
import { collectHead, READ_CHUNK_BYTES, RepoFileError, segmentsOf, type RepoFiles } from '../repo-files.js'
import type { GitHubClient } from './client.js'
import { httpSummary, isStatus } from './http-error.js'

/** The git blobs API's documented limit. */
export const API_BLOB_MAX_BYTES = 100 * 1024 * 1024

type Entry = { sha: string; size: number; content?: Uint8Array }

export function apiFiles(
  client: GitHubClient,
  repository: { owner: string; repo: string },
  ref: string
): RepoFiles {
  const entries = new Map<string, Promise<Entry | Exclude<FileFact, { kind: 'file' }>>>()

  const lookup = async (path: string): Promise<Entry | Exclude<FileFact, { kind: 'file' }>> => {
    const segments = segmentsOf(path)
    if (!Array.isArray(segments)) return { kind: 'refused', reason: segments.refused }
    const wanted = segments.join('/')
    try {
      const { data } = await client.rest.repos.getContent({ ...repository, path: wanted, ref })
      if (Array.isArray(data)) return { kind: 'refused', reason: 'it is a directory, not a file' }
      if (data.type === 'symlink')
        return { kind: 'refused', reason: 'it is a symbolic link; links are not followed' }
      if (data.type === 'submodule') return { kind: 'refused', reason: 'it is a submodule, not a file' }
      if (data.type !== 'file') return { kind: 'refused', reason: 'it is not a regular file' }
      if (data.path !== wanted)
        return { kind: 'refused', reason: `it is a symbolic link to ${data.path}; links are not followed` }
      const inline =
        'content' in data && data.encoding === 'base64'
          ? new Uint8Array(Buffer.from(data.content, 'base64'))
          : undefined
      return { sha: data.sha, size: data.size, ...(inline && { content: inline }) }
    } catch (error) {
      if (isStatus(error, 404)) return { kind: 'missing' }
      return { kind: 'unavailable', reason: `the GitHub API could not read it (${httpSummary(error)})` }
    }
  }
  const entryOf = (path: string) => {
    let entry = entries.get(path)
    if (!entry) entries.set(path, (entry = lookup(path)))
    return entry
  }

  const bytesOf = async (path: string): Promise<Uint8Array> => {
    const entry = await entryOf(path)
    if ('kind' in entry) throw new RepoFileError(entry)
    if (entry.content && entry.content.byteLength === entry.size) return entry.content
    if (entry.size > API_BLOB_MAX_BYTES) {
      throw new RepoFileError({
        kind: 'unavailable',
        reason: `it is ${entry.size} bytes, over the ${API_BLOB_MAX_BYTES}-byte limit of the GitHub API; store it in Git LFS or check out the commit (fetch-depth: 0)`
      })
    }
    const { data } = await client.rest.git.getBlob({ ...repository, file_sha: entry.sha })
    const bytes = new Uint8Array(Buffer.from(data.content, data.encoding === 'base64' ? 'base64' : 'utf8'))
    if (bytes.byteLength !== entry.size)
      throw new Error(`the GitHub API returned ${bytes.byteLength} bytes where ${entry.size} were expected`)
    return bytes
  }

  async function* chunks(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
    for (let at = 0; at < bytes.byteLength; at += READ_CHUNK_BYTES)
      yield bytes.subarray(at, Math.min(at + READ_CHUNK_BYTES, bytes.byteLength))
  }

  return {
    label: `${ref} (through the GitHub API)`,
    async stat(path) {
      const entry = await entryOf(path)
      return 'kind' in entry ? entry : { kind: 'file', size: entry.size }
    },
    async open(path) {
      return chunks(await bytesOf(path))
    },
    async head(path, maxBytes) {
      return collectHead(chunks(await bytesOf(path)), maxBytes)
    }
  }
}
