// The change under review: from local git when the checkout holds the base and head commits
// (fetch-depth: 0), else from the pull request files API. Unavailable is a value: MG001 fails closed.
import type { Change } from '../engine/evidence.js'
import { changeFromPullRequest } from '../evidence/change/api-change.js'
import { changeFromGit } from '../evidence/change/git-change.js'
import { hasCommit } from '../evidence/git.js'
import type { GitHubClient } from '../evidence/github/client.js'
import type { EventRefs } from '../evidence/github/event.js'

export interface ActionChangeOptions {
  root: string
  refs: EventRefs
  client: GitHubClient | undefined
  repository: { owner: string; repo: string } | undefined
  /** The pull request's `changed_files` from the payload, to tell when the files API was cut short. */
  changedFiles: number | undefined
}

export async function loadActionChange(options: ActionChangeOptions): Promise<Change | undefined> {
  const { root, refs, client, repository } = options
  const { base, head } = refs
  if (refs.kind === 'audit' || base === undefined || head === undefined || base === head) return undefined
  const local =
    (await hasCommit(root, base).catch(() => false)) && (await hasCommit(root, head).catch(() => false))
  if (local) return changeFromGit(root, base, head)
  if (refs.pullNumber !== undefined && client && repository) {
    return changeFromPullRequest(client, {
      ...repository,
      pullNumber: refs.pullNumber,
      ...(options.changedFiles !== undefined && { changedFiles: options.changedFiles })
    })
  }
  return {
    available: false,
    reason: `the checkout lacks commits ${base.slice(0, 12)} and ${head.slice(0, 12)}, and ${
      refs.pullNumber === undefined ? 'this event names no pull request' : 'no token was given'
    }; use actions/checkout with fetch-depth: 0`
  }
}
