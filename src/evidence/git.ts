// The local git adapter: evidence read from a clone. git runs as a child process with argument arrays
// only (never a shell), with prompts off and a fixed locale, and every failure becomes a GitError whose
// message a user can act on.
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { promisify } from 'node:util'
import { repoPathProblem } from '../shared/repo-path.js'

const execFileAsync = promisify(execFile)

/** A git failure, worded for the user; the CLI prints the message and exits 2. */
export class GitError extends Error {
  override name = 'GitError'
}

export type FileAtRef =
  | { kind: 'file'; bytes: Uint8Array }
  | { kind: 'missing'; reason?: string }
  | { kind: 'too-large'; size: number }
  /** Listed at the commit, but its object is not in the clone (a partial clone) or is corrupt. */
  | { kind: 'unavailable'; reason: string }

export type ChangeStatus = 'added' | 'modified' | 'removed' | 'renamed'

export interface ChangedFile {
  path: string
  status: ChangeStatus
  /** The path before a rename. */
  previousPath?: string
}

const LIST_MAX_BUFFER = 64 * 1024 * 1024

// Variables a calling git hook may have set would point git at another repository or index than `root`.
const { GIT_DIR: _dir, GIT_WORK_TREE: _tree, GIT_INDEX_FILE: _index, ...inheritedEnv } = process.env
/** The environment every git child process runs with (here and in repo-files.ts). */
export const GIT_ENV: NodeJS.ProcessEnv = {
  ...inheritedEnv,
  GIT_TERMINAL_PROMPT: '0',
  LC_ALL: 'C',
  // Read-only: never take the index lock a concurrent git in the same clone may need.
  GIT_OPTIONAL_LOCKS: '0',
  // Paths are data: "*" or ":(glob)" in a file name never act as pathspec magic.
  GIT_LITERAL_PATHSPECS: '1'
}

interface GitRun {
  exitCode: number
  stdout: Buffer
  stderr: string
}

async function git(root: string, args: string[], maxBuffer = 4 * 1024 * 1024): Promise<GitRun> {
  try {
    const { stdout, stderr } = await execFileAsync('git', args, {
      cwd: root,
      env: GIT_ENV,
      maxBuffer,
      encoding: 'buffer'
    })
    return { exitCode: 0, stdout, stderr: stderr.toString('utf8') }
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { code?: unknown; stdout?: Buffer; stderr?: Buffer }
    if (e.code === 'ENOENT') {
      // spawn says ENOENT both for a missing git and for a missing working directory.
      if (!existsSync(root))
        throw new GitError(`${root} does not exist; pass --repo with the path of a clone.`)
      throw new GitError('git is not installed or not on PATH; install git, or run where it is available.')
    }
    if (e.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') {
      throw new GitError(
        `git ${args[0]} printed more than ${maxBuffer} bytes in ${root}; the change is too large to read.`
      )
    }
    if (typeof e.code !== 'number') throw new GitError(`git ${args[0]} failed in ${root}: ${e.message}`)
    return { exitCode: e.code, stdout: e.stdout ?? Buffer.alloc(0), stderr: e.stderr?.toString('utf8') ?? '' }
  }
}

function failure(what: string, run: GitRun): GitError {
  const detail = run.stderr.trim().split('\n')[0] ?? ''
  return new GitError(
    `${what}: ${detail.replace(/^(fatal|error): /, '') || `git exited with ${run.exitCode}`}.`
  )
}

// A ref or sha goes to git as one argument: one starting with "-" would be read as an option.
function checkRef(ref: string): void {
  if (ref === '' || ref.startsWith('-') || ref.includes('\0'))
    throw new GitError(`"${ref}" is not a valid git ref.`)
}

export async function repoRoot(dir: string): Promise<string> {
  if (!existsSync(dir)) throw new GitError(`${dir} does not exist; pass --repo with the path of a clone.`)
  const run = await git(dir, ['rev-parse', '--show-toplevel'])
  if (run.exitCode === 0) return run.stdout.toString('utf8').trim()
  if (/not a git repository/i.test(run.stderr)) {
    throw new GitError(`${dir} is not inside a git repository; run from a clone, or pass --repo.`)
  }
  if (/dubious ownership/i.test(run.stderr)) {
    throw new GitError(
      `git refuses to read ${dir} because another user owns it; run: git config --global --add safe.directory ${dir}`
    )
  }
  throw failure(`git cannot read the repository at ${dir}`, run)
}

export async function hasCommit(root: string, sha: string): Promise<boolean> {
  checkRef(sha)
  return (await git(root, ['cat-file', '-e', `${sha}^{commit}`])).exitCode === 0
}

/** The full sha of the commit `ref` names, or undefined when it names none. */
export async function resolveRef(root: string, ref: string): Promise<string | undefined> {
  checkRef(ref)
  const run = await git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])
  if (run.exitCode === 0) return run.stdout.toString('utf8').trim()
  if (run.exitCode === 1) return undefined
  throw failure(`git cannot resolve ${ref}`, run)
}

/** The default branch: what origin/HEAD points at, else main, else master; undefined when none exists. */
export async function defaultBranch(root: string): Promise<string | undefined> {
  const symbolic = await git(root, ['symbolic-ref', '--quiet', 'refs/remotes/origin/HEAD'])
  if (symbolic.exitCode === 0) {
    const target = symbolic.stdout
      .toString('utf8')
      .trim()
      .replace(/^refs\/remotes\//, '')
    if (await resolveRef(root, target)) return target
  }
  for (const name of ['main', 'master']) {
    if (await resolveRef(root, `refs/heads/${name}`)) return name
    if (await resolveRef(root, `refs/remotes/origin/${name}`)) return `origin/${name}`
  }
  return undefined
}

/** The best common ancestor of two commits, or undefined when they share none (unrelated or shallow). */
export async function mergeBase(root: string, a: string, b: string): Promise<string | undefined> {
  checkRef(a)
  checkRef(b)
  const run = await git(root, ['merge-base', a, b])
  if (run.exitCode === 0) return run.stdout.toString('utf8').trim()
  if (run.exitCode === 1) return undefined
  throw failure(`git cannot find the merge base of ${a} and ${b}`, run)
}

/** One entry of a commit's tree, as `git ls-tree -l` lists it. */
export interface TreeEntry {
  /** 100644/100755 regular files, 120000 symlinks, 040000 trees, 160000 submodules. */
  mode: string
  oid: string
  /**
   * The blob's size in bytes; undefined for a tree or submodule (ls-tree prints "-"), and
   * 'missing-object' when the blob is listed but its object is missing from the clone or corrupt
   * (ls-tree prints "BAD").
   */
  size: number | 'missing-object' | undefined
}

/**
 * The entry at exactly `path` (repository-relative, normalised) in the tree of the commit `ref`, or
 * undefined when there is none. Pathspecs are literal, so the listing holds that entry alone.
 */
export async function treeEntry(root: string, ref: string, path: string): Promise<TreeEntry | undefined> {
  checkRef(ref)
  // ls-tree -l reports the mode, object id and size in one call, so the size is known before any read.
  const listing = await git(root, ['ls-tree', '-l', '-z', '--full-tree', ref, '--', path])
  if (listing.exitCode !== 0) throw failure(`git cannot read ${ref} in ${root}`, listing)
  for (const line of listing.stdout.toString('utf8').split('\0')) {
    const match = /^(\d{6}) \w+ ([0-9a-f]+) +(\S+)\t(.*)$/s.exec(line)
    if (match?.[4] !== path) continue
    const [, mode = '', oid = '', size = ''] = match
    return {
      mode,
      oid,
      size: /^\d+$/.test(size) ? Number(size) : size === '-' ? undefined : 'missing-object'
    }
  }
  return undefined
}

// ls-tree modes of entries that are not regular files.
const NOT_A_FILE: Record<string, string> = {
  '120000': 'is a symbolic link; links are not followed',
  '040000': 'is a directory, not a file',
  '160000': 'is a submodule, not a file'
}

/**
 * A file's bytes at a commit, without touching the working tree. A symlink is never followed: its
 * target could lie outside the repository or be another file than the one named. A file whose object
 * the clone lacks is 'unavailable', never 'missing': it exists at that commit.
 */
export async function readFileAtRef(
  root: string,
  ref: string,
  path: string,
  options: { maxBytes: number }
): Promise<FileAtRef> {
  const problem = repoPathProblem(path)
  if (problem) throw new GitError(`The path "${path}" is refused: it ${problem}.`)
  const wanted = path.replace(/^(?:\.\/)+/, '')
  const entry = await treeEntry(root, ref, wanted)
  if (!entry) return { kind: 'missing' }
  const notFile = NOT_A_FILE[entry.mode]
  if (notFile) return { kind: 'missing', reason: `${wanted} at ${ref} ${notFile}` }
  if (entry.size === 'missing-object') {
    return {
      kind: 'unavailable',
      reason: `the object of ${wanted} at ${ref} is missing from the clone (or corrupt)`
    }
  }
  if (entry.size === undefined)
    return { kind: 'missing', reason: `${wanted} at ${ref} is not a regular file` }
  if (entry.size > options.maxBytes) return { kind: 'too-large', size: entry.size }
  const blob = await git(root, ['cat-file', 'blob', entry.oid], entry.size + 1024)
  if (blob.exitCode !== 0) throw failure(`git cannot read ${wanted} at ${ref}`, blob)
  return {
    kind: 'file',
    bytes: new Uint8Array(blob.stdout.buffer, blob.stdout.byteOffset, blob.stdout.byteLength)
  }
}

/**
 * The files that differ between `base` and `head`, or between `base` and the working tree (untracked
 * files included) when `head` is undefined. `base` is used as given: pass the merge base.
 */
export async function changedFiles(root: string, base: string, head?: string): Promise<ChangedFile[]> {
  checkRef(base)
  if (head !== undefined) checkRef(head)
  const diffArgs = ['diff', '--name-status', '-z', '-M', '--no-color', '--no-ext-diff', '--no-relative', base]
  const diff = await git(root, [...diffArgs, ...(head === undefined ? [] : [head]), '--'], LIST_MAX_BUFFER)
  if (diff.exitCode !== 0)
    throw failure(`git cannot compare ${base} with ${head ?? 'the working tree'}`, diff)
  const changes = parseNameStatus(diff.stdout.toString('utf8'))

  if (head === undefined) {
    const untracked = await git(root, ['ls-files', '--others', '--exclude-standard', '-z'], LIST_MAX_BUFFER)
    if (untracked.exitCode !== 0) throw failure(`git cannot list untracked files in ${root}`, untracked)
    for (const path of untracked.stdout.toString('utf8').split('\0')) {
      if (path !== '') changes.push({ path, status: 'added' })
    }
  }
  return changes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}

// `--name-status -z` output: a status token, then one path (two for renames and copies), NUL-separated.
function parseNameStatus(output: string): ChangedFile[] {
  const tokens = output.split('\0')
  const changes: ChangedFile[] = []
  for (let i = 0; i < tokens.length;) {
    const status = tokens[i++] ?? ''
    if (status === '') continue
    const letter = status[0]
    if (letter === 'R' || letter === 'C') {
      const from = tokens[i++] ?? ''
      const to = tokens[i++] ?? ''
      // A copy leaves its source untouched: only the new file is a change.
      changes.push(
        letter === 'R' ? { path: to, status: 'renamed', previousPath: from } : { path: to, status: 'added' }
      )
      continue
    }
    const path = tokens[i++] ?? ''
    const kind: ChangeStatus = letter === 'A' ? 'added' : letter === 'D' ? 'removed' : 'modified'
    changes.push({ path, status: kind })
  }
  return changes
}

/** The URL of the `origin` remote, or undefined when there is none. */
export async function originUrl(root: string): Promise<string | undefined> {
  const run = await git(root, ['remote', 'get-url', 'origin'])
  return run.exitCode === 0 ? run.stdout.toString('utf8').trim() || undefined : undefined
}
