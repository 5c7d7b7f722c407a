// The change read from a clone: which files differ between the base and the head (or the working tree),
// and the lines each one adds, numbered as in the head file. The file list comes from git.ts's
// `changedFiles` (NUL-separated, so any path is exact); the added lines come from one streamed
// `git diff --unified=0`, parsed hunk by hunk. git runs with argument arrays only (never a shell) and
// with git.ts's environment; user configuration that would change the output's shape (prefixes, colour,
// external diff tools, textconv, relative paths, context) is overridden on the command line.
import { spawn } from 'node:child_process'
import { lstat, open, readlink } from 'node:fs/promises'
import { join } from 'node:path'
import type { Change, ChangedFile } from '../../engine/evidence.js'
import { changedFiles, GIT_ENV, GitError } from '../git.js'

export type AddedLine = { line: number; text: string }

export interface ChangeLimits {
  /** Bytes of added text kept per file; past it the file stays listed with addedLines undefined. */
  maxAddedBytesPerFile?: number
  /** Bytes of added text kept for the whole change; files past it get addedLines undefined. */
  maxAddedBytesTotal?: number
}

export const MAX_ADDED_BYTES_PER_FILE = 1024 * 1024
export const MAX_ADDED_BYTES_TOTAL = 64 * 1024 * 1024

// git's own binary heuristic: a NUL byte in the first 8000 bytes.
const BINARY_SNIFF_BYTES = 8000

/** A hunk header's numbers: `@@ -a[,b] +c[,d] @@` (a missing count is 1). */
export interface HunkHeader {
  oldStart: number
  oldCount: number
  newStart: number
  newCount: number
}

const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/

export function parseHunkHeader(line: string): HunkHeader | undefined {
  const match = HUNK_HEADER.exec(line)
  if (!match) return undefined
  const [, oldStart = '0', oldCount, newStart = '0', newCount] = match
  return {
    oldStart: Number(oldStart),
    oldCount: oldCount === undefined ? 1 : Number(oldCount),
    newStart: Number(newStart),
    newCount: newCount === undefined ? 1 : Number(newCount)
  }
}

/** A line's text without the carriage return of a CRLF line ending. */
export function withoutCr(text: string): string {
  return text.endsWith('\r') ? text.slice(0, -1) : text
}

/**
 * The diff of one file as read so far: its added lines, or why they are unknown. Sections for the same
 * path merge (a type change prints a deletion and an addition).
 */
interface FileDiff {
  /** Binary, or a section whose path could not be read for sure: the added lines are unknown. */
  unknown: boolean
  overflow: boolean
  bytes: number
  lines: AddedLine[]
}

/**
 * The change between `base` and `head`, or between `base` and the working tree (untracked files count
 * as added, every line added) when `head` is undefined. Pass the merge base as `base`. A git failure (a
 * ref or object missing from the clone, git absent) is returned as an unavailable change with git's
 * reason, never thrown, so that the caller can fail closed.
 */
export async function changeFromGit(
  root: string,
  base: string,
  head: string | undefined,
  limits: ChangeLimits = {}
): Promise<Change> {
  const perFile = limits.maxAddedBytesPerFile ?? MAX_ADDED_BYTES_PER_FILE
  const budget = { left: limits.maxAddedBytesTotal ?? MAX_ADDED_BYTES_TOTAL }
  try {
    // First: it validates the refs, and its -z listing is the authority on paths and statuses.
    const listed = await changedFiles(root, base, head)
    const diffs = await diffAddedLines(root, base, head, perFile, budget)
    const files: ChangedFile[] = []
    for (const file of listed) {
      const entry: ChangedFile = { path: file.path, status: file.status }
      if (file.previousPath !== undefined) entry.previousPath = file.previousPath
      const addedLines =
        file.status === 'removed'
          ? []
          : diffs.has(file.path)
            ? linesOf(diffs.get(file.path))
            : head === undefined
              ? // Not in the diff: an untracked file (ls-files lists it; git diff does not).
                await untrackedLines(root, file.path, perFile, budget)
              : // Listed but not found in the patch (a path the parser could not read): unknown.
                undefined
      if (addedLines !== undefined) entry.addedLines = addedLines
      files.push(entry)
    }
    return { available: true, source: 'git', files }
  } catch (error) {
    if (error instanceof GitError) return { available: false, reason: error.message }
    throw error
  }
}

function linesOf(diff: FileDiff | undefined): AddedLine[] | undefined {
  if (diff === undefined || diff.unknown || diff.overflow) return undefined
  return diff.lines
}

/** Runs the unified diff and collects each file's added lines, keyed by its head path. */
async function diffAddedLines(
  root: string,
  base: string,
  head: string | undefined,
  perFile: number,
  budget: { left: number }
): Promise<Map<string, FileDiff>> {
  const args = [
    // Non-ASCII and special bytes in header paths come octal-escaped and quoted: the header is ASCII.
    '-c',
    'core.quotePath=true',
    'diff',
    '--unified=0',
    '--inter-hunk-context=0',
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    '--no-relative',
    '--src-prefix=a/',
    '--dst-prefix=b/',
    '-M',
    base,
    ...(head === undefined ? [] : [head]),
    '--'
  ]
  const parser = new DiffParser(perFile, budget)
  await streamGit(root, args, (line, truncated) => parser.line(line, truncated), {
    // A line longer than this is an added line over the per-file cap anyway.
    maxLine: perFile + 16,
    what: `git cannot compare ${base} with ${head ?? 'the working tree'}`
  })
  return parser.files
}

/** Parses `git diff --unified=0` output line by line. */
class DiffParser {
  readonly files = new Map<string, FileDiff>()
  private current: FileDiff | undefined
  // Header state of the current section.
  private headerPath: string | undefined
  private pendingUnknown = false
  // Hunk state: how many old and new lines of the current hunk are still to come.
  private oldLeft = 0
  private newLeft = 0
  private nextLine = 0

  constructor(
    private readonly perFile: number,
    private readonly budget: { left: number }
  ) {}

  line(bytes: Buffer, truncated: boolean): void {
    if (this.oldLeft > 0 || this.newLeft > 0) return this.body(bytes, truncated)
    const text = bytes.toString('latin1')
    if (text.startsWith('diff --git ')) {
      this.current = undefined
      this.pendingUnknown = false
      this.headerPath = samePathFromHeader(text.slice('diff --git '.length))
      // A section may hold no hunk at all (an empty new file, a mode change): it is still known.
      this.section()
      return
    }
    if (text.startsWith('rename to ')) return this.setPath(unquote(text.slice('rename to '.length)))
    if (text.startsWith('copy to ')) return this.setPath(unquote(text.slice('copy to '.length)))
    if (text.startsWith('+++ ')) {
      // git ends an unquoted name that holds a space with a tab (for GNU patch); a quoted name never.
      const raw = text.slice(4)
      // A deletion's new side.
      if (raw === '/dev/null') return
      const target = unquote(raw.startsWith('"') ? raw : raw.replace(/\t$/, ''))
      const path = target?.startsWith('b/') ? target.slice(2) : undefined
      if (this.headerPath === undefined) return this.setPath(path)
      // Two readings of the path disagree: the lines cannot be attributed, so the file is unknown.
      if (path !== this.headerPath) {
        this.pendingUnknown = true
        this.section()
      }
      return
    }
    if (text.startsWith('Binary files ') || text === 'GIT binary patch') {
      this.pendingUnknown = true
      this.section()
      return
    }
    const hunk = parseHunkHeader(text)
    if (hunk) {
      this.section()
      this.oldLeft = hunk.oldCount
      this.newLeft = hunk.newCount
      this.nextLine = hunk.newStart
    }
  }

  private setPath(path: string | undefined): void {
    if (path !== undefined) this.headerPath = path
    this.section()
  }

  /** The diff of the current section's path, created (or merged into) once the path is known. */
  private section(): FileDiff | undefined {
    if (this.headerPath === undefined) return undefined
    let diff = this.files.get(this.headerPath)
    if (!diff) {
      diff = { unknown: false, overflow: false, bytes: 0, lines: [] }
      this.files.set(this.headerPath, diff)
    }
    if (this.pendingUnknown) diff.unknown = true
    this.current = diff
    return diff
  }

  private body(bytes: Buffer, truncated: boolean): void {
    const marker = bytes[0]
    // "\ No newline at end of file" belongs to the line before it and counts for neither side.
    if (marker === 0x5c) return
    if (marker === 0x2d) {
      this.oldLeft -= 1
      return
    }
    if (marker === 0x2b) {
      this.newLeft -= 1
      const line = this.nextLine++
      this.added(line, bytes, truncated)
      return
    }
    // A context line (none with --unified=0 and --inter-hunk-context=0, but read one correctly).
    this.oldLeft -= 1
    this.newLeft -= 1
    this.nextLine += 1
  }

  private added(line: number, bytes: Buffer, truncated: boolean): void {
    const diff = this.current
    if (!diff || diff.overflow || diff.unknown) return
    const size = bytes.length - 1
    if (truncated || diff.bytes + size > this.perFile || size > this.budget.left) {
      this.budget.left += diff.bytes
      diff.overflow = true
      diff.bytes = 0
      diff.lines = []
      return
    }
    diff.bytes += size
    this.budget.left -= size
    diff.lines.push({ line, text: withoutCr(bytes.toString('utf8', 1)) })
  }
}

/**
 * The path of `diff --git a/X b/X` when both names are the same (every section but a rename or copy,
 * whose path comes from `rename to` / `copy to` instead). Undefined when the names differ.
 */
function samePathFromHeader(rest: string): string | undefined {
  if (rest.startsWith('"')) {
    const first = readQuoted(rest, 0)
    if (!first || rest[first.end] !== ' ') return undefined
    const second = rest.slice(first.end + 1)
    const b = second.startsWith('"') ? readQuoted(second, 0) : { value: second, end: second.length }
    if (!b || b.end !== second.length) return undefined
    if (!first.value.startsWith('a/') || !b.value.startsWith('b/')) return undefined
    return first.value.slice(2) === b.value.slice(2) ? b.value.slice(2) : undefined
  }
  // Unquoted: "a/" + X + " b/" + X, so X is (length - 5) / 2 characters long.
  if ((rest.length - 5) % 2 !== 0) return undefined
  const n = (rest.length - 5) / 2
  const a = rest.slice(0, 2 + n)
  const b = rest.slice(2 + n + 1)
  if (!a.startsWith('a/') || !b.startsWith('b/') || rest[2 + n] !== ' ') return undefined
  return a.slice(2) === b.slice(2) ? decodeAscii(b.slice(2)) : undefined
}

/** A header path: C-quoted ("...") with octal escapes for bytes, or plain. */
function unquote(value: string): string | undefined {
  if (!value.startsWith('"')) return decodeAscii(value)
  const quoted = readQuoted(value, 0)
  return quoted && quoted.end === value.length ? quoted.value : undefined
}

// Header lines are read as latin1 (one char per byte); with core.quotePath they are ASCII.
function decodeAscii(value: string): string {
  return Buffer.from(value, 'latin1').toString('utf8')
}

const ESCAPES: Record<string, number> = {
  a: 7,
  b: 8,
  t: 9,
  n: 10,
  v: 11,
  f: 12,
  r: 13,
  '"': 34,
  '\\': 92
}

/** Reads a C-quoted string starting at `start` (the opening quote); its value and the index after it. */
function readQuoted(text: string, start: number): { value: string; end: number } | undefined {
  const bytes: number[] = []
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 34) return { value: Buffer.from(bytes).toString('utf8'), end: i + 1 }
    if (c !== 92) {
      bytes.push(c & 0xff)
      continue
    }
    const next = text[i + 1] ?? ''
    const octal = /^[0-7]{3}/.exec(text.slice(i + 1, i + 4))
    if (octal) {
      bytes.push(parseInt(octal[0], 8) & 0xff)
      i += 3
    } else if (ESCAPES[next] !== undefined) {
      bytes.push(ESCAPES[next])
      i += 1
    } else {
      return undefined
    }
  }
  return undefined
}

/** Every line of an untracked file, read from the working tree (a symlink's target, never followed). */
async function untrackedLines(
  root: string,
  path: string,
  perFile: number,
  budget: { left: number }
): Promise<AddedLine[] | undefined> {
  const full = join(root, path)
  let bytes: Buffer
  try {
    const stat = await lstat(full)
    if (stat.isSymbolicLink()) {
      // git records a link as its target, and diffs it as one line.
      bytes = Buffer.from(await readlink(full, { encoding: 'buffer' }))
    } else if (!stat.isFile() || stat.size > perFile) {
      return undefined
    } else {
      bytes = await readCapped(full, perFile)
    }
  } catch {
    // Gone or unreadable since git listed it: unknown.
    return undefined
  }
  if (bytes.length > perFile || bytes.length > budget.left) return undefined
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) return undefined
  budget.left -= bytes.length
  return linesOfText(bytes.toString('utf8'))
}

async function readCapped(full: string, max: number): Promise<Buffer> {
  const handle = await open(full, 'r')
  try {
    const buffer = Buffer.alloc(max + 1)
    let read = 0
    while (read < buffer.length) {
      const { bytesRead } = await handle.read(buffer, read, buffer.length - read, read)
      if (bytesRead === 0) break
      read += bytesRead
    }
    return buffer.subarray(0, read)
  } finally {
    await handle.close()
  }
}

/** A whole file's lines as added lines, numbered from 1 (a final newline opens no extra line). */
export function linesOfText(text: string): AddedLine[] {
  if (text === '') return []
  const parts = text.split('\n')
  if (parts[parts.length - 1] === '') parts.pop()
  return parts.map((part, i) => ({ line: i + 1, text: withoutCr(part) }))
}

/**
 * Runs git and hands each stdout line (without its "\n") to `onLine` as it arrives, so that memory
 * stays bounded by `maxLine` whatever the diff's size; a longer line arrives cut, flagged `truncated`.
 */
function streamGit(
  root: string,
  args: string[],
  onLine: (line: Buffer, truncated: boolean) => void,
  options: { maxLine: number; what: string }
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { cwd: root, env: GIT_ENV, stdio: ['ignore', 'pipe', 'pipe'] })
    let parts: Buffer[] = []
    let length = 0
    let truncated = false
    let failed: unknown
    const append = (part: Buffer) => {
      if (length + part.length > options.maxLine) {
        const room = options.maxLine - length
        if (room > 0) parts.push(part.subarray(0, room))
        length = options.maxLine
        truncated = true
      } else {
        parts.push(part)
        length += part.length
      }
    }
    const emit = () => {
      const line = parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts, length)
      parts = []
      length = 0
      const cut = truncated
      truncated = false
      onLine(line, cut)
    }
    child.stdout.on('data', (chunk: Buffer) => {
      if (failed !== undefined) return
      try {
        let start = 0
        for (;;) {
          const newline = chunk.indexOf(0x0a, start)
          if (newline < 0) {
            if (start < chunk.length) append(chunk.subarray(start))
            break
          }
          append(chunk.subarray(start, newline))
          emit()
          start = newline + 1
        }
      } catch (error) {
        failed = error
        child.kill()
      }
    })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 4096) stderr += chunk.toString('utf8')
    })
    child.once('error', (error: NodeJS.ErrnoException) => {
      failed ??=
        error.code === 'ENOENT'
          ? new GitError('git is not installed or not on PATH; install git, or run where it is available.')
          : new GitError(`${options.what}: ${error.message}.`)
    })
    child.once('close', (code) => {
      if (failed !== undefined) return reject(failed instanceof Error ? failed : new Error(String(failed)))
      if (code !== 0) {
        const detail = (stderr.trim().split('\n')[0] ?? '').replace(/^(fatal|error): /, '')
        return reject(new GitError(`${options.what}: ${detail || `git exited with ${code}`}.`))
      }
      try {
        if (length > 0 || parts.length > 0) emit()
        resolve()
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)))
      }
    })
  })
}
