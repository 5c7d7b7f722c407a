// The bundled example (examples/governed-fine-tune) as files for a temp git repo: the base branch,
// and each proposal laid over it.
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { REPO_ROOT } from '../support/run-dist.js'
import { createRepo, type RepoFiles } from '../support/git-repo.js'
import {
  type GitHubServer,
  pullRequest,
  pullRequestEvent,
  type PullRequest,
  review,
  type Review
} from '../support/github-server.js'

const EXAMPLE = join(REPO_ROOT, 'examples', 'governed-fine-tune')

function filesUnder(dir: string): RepoFiles {
  const files: RepoFiles = {}
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const full = join(entry.parentPath, entry.name)
    files[relative(dir, full)] = readFileSync(full)
  }
  return files
}

export function baseFiles(): RepoFiles {
  return filesUnder(join(EXAMPLE, 'base'))
}

export function proposalFiles(name: string): RepoFiles {
  return filesUnder(join(EXAMPLE, 'proposals', name))
}

export function baseManifest(): string {
  return readFileSync(join(EXAMPLE, 'base', 'model-governance.yml'), 'utf8')
}

/** The example is dated around its drills and expiries; runs pin the clock to this day. */
export const EXAMPLE_DAY = '2026-11-24'

/** The example's approvers: @dave by name, and @erin as a member of @acme/ml-governance. */
export const APPROVER_TEAM = 'acme/ml-governance'
export const TEAM_MEMBERS = ['erin', 'frank']

/** The two approvals the example's model needs, on the pull request's head commit. */
export function validApprovals(pr: PullRequest): Review[] {
  return [
    review({ id: 501, user: 'dave', state: 'APPROVED', commit_id: pr.head.sha, pull_number: pr.number }),
    review({ id: 502, user: 'erin', state: 'APPROVED', commit_id: pr.head.sha, pull_number: pr.number })
  ]
}

/** Puts the pull request, its reviews and the approver team on the fake API. */
export function publishPullRequest(
  server: GitHubServer,
  pr: PullRequest,
  reviews: Review[] = validApprovals(pr)
) {
  server.fixtures.pulls[pr.number] = pr
  server.fixtures.reviews[pr.number] = reviews
  server.fixtures.teams[APPROVER_TEAM] = TEAM_MEMBERS
}

/**
 * A real repository with `base` committed on main and `head` laid over it on a `proposal` branch,
 * checked out at the head, with the pull_request event that names both commits. The pull request is
 * published on the fake API with two valid approvals unless `reviews` says otherwise.
 */
export async function pullRequestRepo(
  server: GitHubServer,
  head: RepoFiles,
  options: { base?: RepoFiles; number?: number; message?: string; reviews?: Review[]; author?: string } = {}
) {
  const repo = await createRepo(options.base ?? baseFiles())
  const baseSha = await repo.sha()
  await repo.branch('proposal')
  const headSha = await repo.commit(head, options.message ?? 'proposal')
  const pr = pullRequest({
    number: options.number ?? 7,
    baseSha,
    headSha,
    apiUrl: server.url,
    ...(options.author !== undefined && { user: options.author })
  })
  publishPullRequest(server, pr, options.reviews)
  return {
    repo,
    base: baseSha,
    head: headSha,
    pr,
    event: { name: 'pull_request', payload: pullRequestEvent(pr) }
  }
}
