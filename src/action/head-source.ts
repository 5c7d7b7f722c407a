// Where the action reads the change's own files (the manifest, datasets, results, procedures).
// Under pull_request_target the checkout holds the base branch, and the pull request's files must
// never be checked out and run: they are read as data, from git when the head commit is in the clone
// (a fetch of the PR ref writes objects, it executes nothing), else through the REST API. Every other
// event reads the checkout, which holds the commit under review.
import { apiFiles } from '../evidence/github/api-files.js'
import type { GitHubClient } from '../evidence/github/client.js'
import type { EventRefs } from '../evidence/github/event.js'
import { hasCommit } from '../evidence/git.js'
import { gitRefFiles, type RepoFiles, workspaceFiles } from '../evidence/repo-files.js'

export interface HeadSource {
  files: RepoFiles
  /** Said in the log and the summary when the files do not come from the checkout. */
  note?: string
}

export async function headSource(options: {
  eventName: string
  root: string
  refs: EventRefs
  client: GitHubClient | undefined
  repository: { owner: string; repo: string } | undefined
}): Promise<HeadSource | { error: string }> {
  const { eventName, root, refs, client, repository } = options
  if (eventName !== 'pull_request_target') return { files: workspaceFiles(root) }
  const head = refs.head
  if (head === undefined) return { error: 'The pull_request_target event names no head commit.' }
  if (await hasCommit(root, head).catch(() => false)) {
    return {
      files: gitRefFiles(root, head),
      note: `pull_request_target: the pull request's files were read from git at ${head.slice(0, 12)}, as data.`
    }
  }
  if (!client || !repository) {
    return {
      error:
        "Under pull_request_target the checkout holds the base branch, and the pull request's files are read through the API, which needs the token input."
    }
  }
  return {
    files: apiFiles(client, repository, head),
    note: `pull_request_target: the pull request's files were read through the GitHub API at ${head.slice(0, 12)}, as data; nothing from the pull request was checked out or run.`
  }
}
