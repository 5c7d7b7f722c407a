// Real git repositories in temp dirs, for integration and end-to-end tests. Git runs with argument
// arrays (never a shell), without the user's global or system config, with a local identity, no
// signing, and fixed, increasing commit dates so that commit ids are the same on every run.
import { execFile } from 'node:child_process'
import { mkdtempSync, realpathSync, rmSync } from 'node:fs'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, isAbsolute, join, relative, resolve } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

export type RepoFiles = Record<string, string | Uint8Array>

export interface CommitOptions {
  /** Paths to delete (git rm) in the same commit. */
  remove?: string[]
  /** The author and committer date (ISO 8601); defaults to the next fixed date. */
  date?: string
  author?: { name: string; email: string }
}

export interface TempRepo {
  /** The repository's absolute (real) path. */
  dir: string
  /** Writes files, removes `remove`, commits everything, and returns the new commit's sha. */
  commit(files: RepoFiles, message: string, options?: CommitOptions): Promise<string>
  /** Creates a branch at HEAD and checks it out (unless `checkout: false`). */
  branch(name: string, options?: { checkout?: boolean }): Promise<void>
  /** Checks out a branch, a tag or a commit (detached). */
  checkout(ref: string): Promise<void>
  /** Writes files into the working tree without committing them. */
  write(files: RepoFiles): Promise<void>
  /** Deletes files from the working tree without committing. */
  remove(paths: string[]): Promise<void>
  /** The full commit sha of a ref (default HEAD). */
  sha(ref?: string): Promise<string>
  /** Runs any git command in the repository and returns its stdout. */
  git(...args: string[]): Promise<string>
  cleanup(): Promise<void>
}

const BASE_DATE = Date.parse('2026-01-01T00:00:00Z')
const live = new Set<string>()
let exitHookInstalled = false

function installExitHook(): void {
  if (exitHookInstalled) return
  exitHookInstalled = true
  process.once('exit', () => {
    for (const dir of live) rmSync(dir, { recursive: true, force: true })
  })
}

/** An environment in which git ignores the host's configuration. */
function gitEnv(home: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: home,
    LANG: 'C',
    LC_ALL: 'C',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_TERMINAL_PROMPT: '0',
    ...extra
  }
}

function safePath(root: string, file: string): string {
  const full = resolve(root, file)
  const rel = relative(root, full)
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel))
    throw new Error(`path escapes the repository: ${file}`)
  return full
}

/**
 * Creates a repository on branch `main` whose first commit ("base") holds `files`. An empty `files`
 * makes an empty base commit.
 */
export async function createRepo(
  files: RepoFiles = {},
  options: { message?: string } = {}
): Promise<TempRepo> {
  installExitHook()
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'mgg-repo-')))
  live.add(root)
  const dir = join(root, 'repo')
  const home = join(root, 'home')
  await mkdir(dir)
  await mkdir(home)
  let commits = 0

  const git = async (args: string[], env: Record<string, string> = {}): Promise<string> => {
    try {
      const { stdout } = await run('git', args, {
        cwd: dir,
        env: gitEnv(home, env),
        maxBuffer: 64 * 1024 * 1024
      })
      return stdout
    } catch (error) {
      const e = error as { stderr?: string; message: string }
      throw new Error(`git ${args.join(' ')} failed: ${e.stderr?.trim() || e.message}`, { cause: error })
    }
  }

  const write = async (files: RepoFiles): Promise<void> => {
    for (const [path, content] of Object.entries(files)) {
      const full = safePath(dir, path)
      await mkdir(dirname(full), { recursive: true })
      await writeFile(full, content)
    }
  }

  const remove = async (paths: string[]): Promise<void> => {
    for (const path of paths) await rm(safePath(dir, path), { recursive: true, force: true })
  }

  const sha = async (ref = 'HEAD'): Promise<string> =>
    (await git(['rev-parse', '--verify', `${ref}^{commit}`])).trim()

  const commit = async (files: RepoFiles, message: string, opts: CommitOptions = {}): Promise<string> => {
    await write(files)
    await remove(opts.remove ?? [])
    await git(['add', '--all'])
    const date = opts.date ?? new Date(BASE_DATE + commits * 60_000).toISOString()
    commits += 1
    const author = opts.author ?? { name: 'Test Author', email: 'author@example.com' }
    await git(['commit', '--quiet', '--allow-empty', '--no-verify', '-m', message], {
      GIT_AUTHOR_NAME: author.name,
      GIT_AUTHOR_EMAIL: author.email,
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date
    })
    return sha('HEAD')
  }

  await git(['init', '--quiet', '-b', 'main'])
  for (const [key, value] of [
    ['user.name', 'Test Author'],
    ['user.email', 'author@example.com'],
    ['commit.gpgsign', 'false'],
    ['tag.gpgsign', 'false'],
    ['core.autocrlf', 'false'],
    ['core.hooksPath', '/dev/null']
  ] as const) {
    await git(['config', '--local', key, value])
  }
  await commit(files, options.message ?? 'base')

  return {
    dir,
    commit,
    write,
    remove,
    sha,
    branch: async (name, opts = {}) => {
      if (opts.checkout === false) await git(['branch', name])
      else await git(['checkout', '--quiet', '-b', name])
    },
    checkout: async (ref) => {
      await git(['checkout', '--quiet', ref])
    },
    git: (...args) => git(args),
    cleanup: async () => {
      live.delete(root)
      await rm(root, { recursive: true, force: true })
    }
  }
}
