// The one way the evidence adapters read repository content: the working tree (workspaceFiles) or the
// files of a commit (gitRefFiles). Paths come from a manifest a pull request controls, so each is
// checked before anything is opened: a hostile path (absolute, `..`, control characters) is refused,
// a symbolic link anywhere on the path is refused and never followed (even one that points inside the
// repository: the file hashed must be the file named), and only regular files are read. Content is
// streamed in chunks, so a multi-gigabyte dataset costs no more memory than a small one.
import { spawn } from 'node:child_process'
import { constants, type Stats } from 'node:fs'
import { lstat, open as openFile, realpath } from 'node:fs/promises'
import { join, sep } from 'node:path'
import type { FileFact } from '../engine/evidence.js'
import { repoPathProblem } from '../shared/repo-path.js'
import { GIT_ENV, resolveRef, treeEntry } from './git.js'

/**
 * Bytes read per chunk when streaming a working-tree file. 1 MiB measured fastest with node:crypto's
 * SHA-256 (smaller chunks pay per-call overhead, larger ones only add memory). bench/hash.mjs uses
 * the same value: keep the two in sync.
 */
export const READ_CHUNK_BYTES = 1024 * 1024

/** A path that is missing or refused, as a value a caller can turn into evidence. */
export class RepoFileError extends Error {
  override name = 'RepoFileError'
  constructor(readonly fact: Exclude<FileFact, { kind: 'file' }>) {
    super(fact.kind === 'missing' ? 'the file does not exist' : fact.reason)
  }
}

export interface OpenOptions {
  /**
   * Let the reader fill one buffer over and over: each chunk is then valid only until the next one
   * is requested, so a consumer must copy what it keeps. For consumers that only fold the bytes in
   * (a hash): it keeps memory flat without garbage and hashes about a third faster here.
   */
  reuseBuffer?: boolean
}

/**
 * Repository content by repository-relative path. `stat` returns missing and refused paths, and a file
 * whose git object is missing from the clone (unavailable), as values; `open` and `head` reject with
 * a RepoFileError for those, and with any other error when the bytes cannot be read (an I/O error,
 * git failing). `open` streams; each chunk is a fresh array unless
 * `reuseBuffer` is set.
 */
export interface RepoFiles {
  /** Where the files come from, for messages: "the working tree", or the git ref they are read at. */
  readonly label: string
  stat(path: string): Promise<FileFact>
  open(path: string, options?: OpenOptions): Promise<AsyncIterable<Uint8Array>>
  /** The first `maxBytes` bytes of the file (fewer when it is shorter). */
  head(path: string, maxBytes: number): Promise<Uint8Array>
}

/** An I/O or git error in words, without the absolute paths Node puts in its messages. */
export function describeError(error: unknown): string {
  if (error instanceof RepoFileError) return error.message
  const e = error as NodeJS.ErrnoException | undefined
  if (typeof e?.code === 'string' && typeof e.syscall === 'string') {
    // "EACCES: permission denied, open '/abs/path'" -> "EACCES (permission denied)"
    const what = e.message.replace(/^[A-Z0-9_]+: /, '').replace(/, \w+ '.*'$/s, '')
    return `${e.code} (${what})`
  }
  return error instanceof Error ? error.message : String(error)
}

/** The path's segments, without `.` and empty segments; or why it is refused. */
export function segmentsOf(path: string): string[] | { refused: string } {
  const problem = repoPathProblem(path)
  if (problem) return { refused: `the path ${problem}` }
  const segments = path.split('/').filter((segment) => segment !== '' && segment !== '.')
  if (segments.length === 0) return { refused: 'the path names the repository root, not a file' }
  if (segments.some((segment) => segment.toLowerCase() === '.git'))
    return { refused: "it is inside git's own .git directory, not a repository file" }
  return segments
}

export async function collectHead(chunks: AsyncIterable<Uint8Array>, maxBytes: number): Promise<Uint8Array> {
  const limit = Math.max(0, Math.floor(maxBytes))
  const out = new Uint8Array(limit)
  let filled = 0
  if (limit === 0) return out
  for await (const chunk of chunks) {
    const take = Math.min(chunk.byteLength, limit - filled)
    out.set(chunk.subarray(0, take), filled)
    filled += take
    // Leaving the loop returns the iterator, which closes the file or stops git.
    if (filled >= limit) break
  }
  return out.subarray(0, filled)
}

// ---------------------------------------------------------------------------------------------------
// The working tree

interface Checked {
  full: string
  size: number
  dev: number
  ino: number
}

/** The working tree under `root`. */
export function workspaceFiles(root: string): RepoFiles {
  let realRoot: Promise<string> | undefined
  const rootOf = (): Promise<string> => (realRoot ??= realpath(root))

  /** The checked file, or the fact that it is missing or refused; I/O errors reject. */
  const check = async (path: string): Promise<Checked | Exclude<FileFact, { kind: 'file' }>> => {
    const segments = segmentsOf(path)
    if (!Array.isArray(segments)) return { kind: 'refused', reason: segments.refused }
    const base = await rootOf()
    // Walk the path one component at a time with lstat, which never follows a link: a link anywhere,
    // even one pointing inside the repository, is refused rather than followed.
    let current = base
    let info: Stats | undefined
    for (const [i, segment] of segments.entries()) {
      current = join(current, segment)
      try {
        info = await lstat(current)
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code
        if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing' }
        throw error
      }
      if (info.isSymbolicLink()) {
        const link = segments.slice(0, i + 1).join('/')
        let target: string | undefined
        try {
          target = await realpath(current)
        } catch {
          target = undefined // a dangling link: refused all the same
        }
        const outside = target !== undefined && target !== base && !target.startsWith(base + sep)
        const last = i === segments.length - 1
        return {
          kind: 'refused',
          reason: outside
            ? last
              ? 'it is a symbolic link to a file outside the repository'
              : `it resolves outside the repository through the symbolic link ${link}`
            : last
              ? 'it is a symbolic link; links are not followed'
              : `it goes through the symbolic link ${link}; links are not followed`
        }
      }
      if (i < segments.length - 1 && !info.isDirectory()) return { kind: 'missing' }
    }
    if (!info) return { kind: 'missing' }
    if (info.isDirectory()) return { kind: 'refused', reason: 'it is a directory, not a file' }
    if (!info.isFile())
      return { kind: 'refused', reason: 'it is not a regular file (a device, socket or pipe)' }
    // Belt and braces: with no link on the way, the real path is the path itself.
    const real = await realpath(current)
    if (real !== current) {
      return real.startsWith(base + sep)
        ? { kind: 'refused', reason: 'its name on disk differs from the path (paths are case-sensitive)' }
        : { kind: 'refused', reason: 'it resolves outside the repository' }
    }
    return { full: current, size: info.size, dev: info.dev, ino: info.ino }
  }

  const checked = async (path: string): Promise<Checked> => {
    const result = await check(path)
    if ('kind' in result) throw new RepoFileError(result)
    return result
  }

  async function* stream(file: Checked, options: OpenOptions = {}): AsyncGenerator<Uint8Array> {
    // O_NOFOLLOW and the inode comparison close the gap between the check and the open: a file
    // swapped for a link or another file meanwhile is refused, not read.
    const handle = await openFile(file.full, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK)
    try {
      const opened = await handle.stat()
      if (!opened.isFile() || opened.dev !== file.dev || opened.ino !== file.ino) {
        throw new RepoFileError({ kind: 'refused', reason: 'it changed while the gate was reading it' })
      }
      const shared = options.reuseBuffer ? Buffer.allocUnsafe(READ_CHUNK_BYTES) : undefined
      for (let position = 0; ;) {
        const buffer = shared ?? Buffer.allocUnsafe(READ_CHUNK_BYTES)
        const { bytesRead } = await handle.read(buffer, 0, READ_CHUNK_BYTES, position)
        if (bytesRead === 0) return
        position += bytesRead
        yield buffer.subarray(0, bytesRead)
      }
    } finally {
      await handle.close()
    }
  }

  return {
    label: 'the working tree',
    async stat(path) {
      const result = await check(path)
      return 'kind' in result ? result : { kind: 'file', size: result.size }
    },
    async open(path, options) {
      return stream(await checked(path), options)
    },
    async head(path, maxBytes) {
      return collectHead(stream(await checked(path), { reuseBuffer: true }), maxBytes)
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// The files of a commit

const STDERR_LIMIT = 4096

function gitSpawnError(error: Error): Error {
  return (error as NodeJS.ErrnoException).code === 'ENOENT'
    ? new Error('git is not installed or not on PATH')
    : error
}

function gitFailure(what: string, code: number | null, stderr: string): Error {
  const detail = (stderr.trim().split('\n')[0] ?? '').replace(/^(fatal|error): /, '')
  return new Error(`${what}: ${detail || `git exited with ${code ?? 'a signal'}`}`)
}

/** A regular file of the commit: its blob and size. */
interface Blob {
  oid: string
  size: number
}

// ls-tree modes: 100644/100755 regular files, 120000 symlinks, 040000 trees, 160000 submodules.
const LINK_MODE = '120000'
const TREE_MODE = '040000'
const SUBMODULE_MODE = '160000'

/** The files of the commit `ref` names in the clone at `root`, read through git; the working tree is never touched. */
export function gitRefFiles(root: string, ref: string): RepoFiles {
  let commit: Promise<string> | undefined
  const commitOf = (): Promise<string> =>
    (commit ??= resolveRef(root, ref).then((sha) => {
      if (sha === undefined) throw new Error(`${ref} does not name a commit in ${root}`)
      return sha
    }))

  const check = async (path: string): Promise<Blob | Exclude<FileFact, { kind: 'file' }>> => {
    const segments = segmentsOf(path)
    if (!Array.isArray(segments)) return { kind: 'refused', reason: segments.refused }
    const sha = await commitOf()
    const wanted = segments.join('/')
    const entry = await treeEntry(root, sha, wanted)
    if (!entry) {
      // Not there: say why when a symlink or submodule stands where a directory of the path should be.
      for (let i = 1; i < segments.length; i++) {
        const prefix = segments.slice(0, i).join('/')
        const dir = await treeEntry(root, sha, prefix)
        if (dir?.mode === LINK_MODE)
          return {
            kind: 'refused',
            reason: `it goes through the symbolic link ${prefix}; links are not followed`
          }
        if (dir?.mode === SUBMODULE_MODE)
          return { kind: 'refused', reason: `it lies inside the submodule ${prefix}, which is not read` }
        if (dir?.mode !== TREE_MODE) break
      }
      return { kind: 'missing' }
    }
    if (entry.mode === LINK_MODE)
      return { kind: 'refused', reason: 'it is a symbolic link; links are not followed' }
    if (entry.mode === TREE_MODE) return { kind: 'refused', reason: 'it is a directory, not a file' }
    if (entry.mode === SUBMODULE_MODE) return { kind: 'refused', reason: 'it is a submodule, not a file' }
    if (entry.size === 'missing-object') {
      return {
        kind: 'unavailable',
        reason: `git cannot read the object of ${wanted} at ${ref} (it is missing or corrupt)`
      }
    }
    if (entry.size === undefined || !Number.isSafeInteger(entry.size))
      return { kind: 'refused', reason: 'it is not a regular file' }
    return { oid: entry.oid, size: entry.size }
  }

  const checked = async (path: string): Promise<Blob> => {
    const result = await check(path)
    if ('kind' in result) throw new RepoFileError(result)
    return result
  }

  async function* stream(entry: Blob): AsyncGenerator<Uint8Array> {
    const child = spawn('git', ['cat-file', 'blob', entry.oid], {
      cwd: root,
      env: GIT_ENV,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    const exited = new Promise<number | null>((resolve, reject) => {
      child.once('error', (error) => reject(gitSpawnError(error)))
      child.once('close', (code) => resolve(code))
    })
    exited.catch(() => undefined) // observed below; never an unhandled rejection
    let stderr = ''
    child.stderr.setEncoding('utf8')
    child.stderr.on('data', (text: string) => {
      if (stderr.length < STDERR_LIMIT) stderr += text
    })
    let done = false
    try {
      let total = 0
      for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
        total += chunk.length
        yield chunk
      }
      const code = await exited
      if (code !== 0) throw gitFailure(`git cannot read blob ${entry.oid.slice(0, 12)}`, code, stderr)
      if (total !== entry.size)
        throw new Error(`git returned ${total} bytes where ${entry.size} were expected`)
      done = true
    } finally {
      // The reader stopped early (head) or failed: stop git rather than let it write into a closed pipe.
      if (!done && child.exitCode === null) child.kill()
    }
  }

  return {
    label: ref,
    async stat(path) {
      const result = await check(path)
      return 'kind' in result ? result : { kind: 'file', size: result.size }
    },
    async open(path) {
      return stream(await checked(path))
    },
    async head(path, maxBytes) {
      return collectHead(stream(await checked(path)), maxBytes)
    }
  }
}
