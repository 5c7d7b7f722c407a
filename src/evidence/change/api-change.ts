// The change read from the GitHub API: the pull request's files (`GET /pulls/{n}/files`, 100 a page),
// with the lines each one adds parsed from its `patch`. The API lists at most 3000 files; a longer list
// is reported as unavailable so that the caller reads the change from git, or fails closed. Nothing
// here throws: an API failure is an unavailable change with the status and GitHub's message.
import type { Change, ChangedFile } from '../../engine/evidence.js'
import type { GitHubClient } from '../github/client.js'
import { MAX_ADDED_BYTES_PER_FILE, parseHunkHeader, withoutCr, type AddedLine } from './git-change.js'

/** The most files `GET /pulls/{n}/files` lists, whatever the pull request's size. */
export const FILES_API_CAP = 3000

export interface PullRequestRef {
  owner: string
  repo: string
  pullNumber: number
  /** `pull_request.changed_files` from the event payload, to tell a cut list from a complete one. */
  changedFiles?: number
}

type Status = ChangedFile['status']

// `copied` and `changed` (a mode change) leave a file at that path that differs from the base.
const STATUSES: Record<string, Status> = {
  added: 'added',
  removed: 'removed',
  modified: 'modified',
  renamed: 'renamed',
  copied: 'modified',
  changed: 'modified',
  unchanged: 'modified'
}

interface DiffEntry {
  filename: string
  status: string
  previous_filename?: string
  patch?: string
}

export async function changeFromPullRequest(client: GitHubClient, pr: PullRequestRef): Promise<Change> {
  let entries: DiffEntry[]
  try {
    entries = await client.paginate(client.rest.pulls.listFiles, {
      owner: pr.owner,
      repo: pr.repo,
      pull_number: pr.pullNumber,
      per_page: 100
    })
  } catch (error) {
    return { available: false, reason: apiFailure(pr, error) }
  }
  const cut = entries.length >= FILES_API_CAP
  if (cut || (pr.changedFiles !== undefined && entries.length < pr.changedFiles)) {
    const count =
      pr.changedFiles !== undefined && pr.changedFiles >= entries.length
        ? String(pr.changedFiles)
        : `at least ${entries.length}`
    return {
      available: false,
      reason: cut
        ? `the pull request changes ${count} files; the files API lists at most ${FILES_API_CAP}, so the change must be read from a clone`
        : `the pull request changes ${count} files but the files API listed only ${entries.length}, so the change must be read from a clone`
    }
  }
  return { available: true, source: 'api', files: entries.map(toChangedFile) }
}

function toChangedFile(entry: DiffEntry): ChangedFile {
  const status = STATUSES[entry.status] ?? 'modified'
  const file: ChangedFile = { path: entry.filename, status }
  if (status === 'renamed' && entry.previous_filename !== undefined)
    file.previousPath = entry.previous_filename
  // A removed file adds nothing; a file without a patch (binary, or a diff too large for the API) is unknown.
  const addedLines =
    status === 'removed' ? [] : entry.patch === undefined ? undefined : addedFromPatch(entry.patch)
  if (addedLines !== undefined) file.addedLines = addedLines
  return file
}

/**
 * The lines a file's unified-diff `patch` adds, numbered as in the head file; undefined when the added
 * text exceeds `maxBytes` (or the patch cannot be read), so that a consumer treats it as unknown.
 */
export function addedFromPatch(
  patch: string,
  maxBytes: number = MAX_ADDED_BYTES_PER_FILE
): AddedLine[] | undefined {
  const added: AddedLine[] = []
  let bytes = 0
  let oldLeft = 0
  let newLeft = 0
  let next = 0
  for (const line of patch.split('\n')) {
    if (oldLeft <= 0 && newLeft <= 0) {
      const hunk = parseHunkHeader(line)
      if (hunk) {
        oldLeft = hunk.oldCount
        newLeft = hunk.newCount
        next = hunk.newStart
      }
      // Anything else between hunks (a trailing empty line) carries no content.
      continue
    }
    const marker = line[0]
    if (marker === '\\') continue
    if (marker === '-') {
      oldLeft -= 1
    } else if (marker === '+') {
      newLeft -= 1
      const text = withoutCr(line.slice(1))
      bytes += Buffer.byteLength(text)
      if (bytes > maxBytes) return undefined
      added.push({ line: next++, text })
    } else {
      // A context line (the API's patches carry three of them around each change).
      oldLeft -= 1
      newLeft -= 1
      next += 1
    }
  }
  // A hunk cut short: the patch is not what its headers say, so its lines are not trusted.
  if (oldLeft > 0 || newLeft > 0) return undefined
  return added
}

function apiFailure(pr: PullRequestRef, error: unknown): string {
  const where = `GET /repos/${pr.owner}/${pr.repo}/pulls/${pr.pullNumber}/files`
  const e = (typeof error === 'object' && error !== null ? error : {}) as {
    status?: unknown
    response?: unknown
    message?: unknown
    cause?: { message?: unknown; cause?: { message?: unknown } }
  }
  // Octokit appends " - <documentation_url>" to GitHub's message.
  const message = String(e.message ?? error).replace(/ - https:\/\/\S+$/, '')
  if (typeof e.status === 'number' && e.response !== undefined)
    return `GitHub answered ${e.status} to ${where}: ${message}`
  // No response: octokit reports a network failure as a 500 without one; the cause says what happened.
  const cause = e.cause?.cause?.message ?? e.cause?.message
  return `GitHub could not be reached for ${where}: ${typeof cause === 'string' && cause !== '' ? cause : message}`
}
