// The pull request's reviews, and the approver teams' membership of the people who approved, read
// through the REST API (the client retries 5xx and waits out rate limits). Everything that can go
// wrong becomes a value with the reason and the fix, so MG203 can fail closed and say why.
import { approvedOnHead } from '../../engine/approvals.js'
import type { ApprovalEvidence, ReviewFact, TeamFact } from '../../engine/evidence.js'
import type { GitHubClient } from './client.js'
import { httpSummary, isStatus } from './http-error.js'

export interface ApprovalSource {
  client: GitHubClient | undefined
  /** Reads team membership; the main client when no separate token was given. */
  teamClient?: GitHubClient | undefined
  repository: { owner: string; repo: string } | undefined
  pullNumber: number | undefined
  /** The commit under review, when the event names it; else the pull request's current head. */
  headSha?: string | undefined
  /** The pull request's author, when the event names it. */
  author?: string | undefined
  /** Team handles ("@org/team") any approver list names: resolved for the reviewers who could count. */
  teams: readonly string[]
  /** Says in words which event lacks a pull request, for the "no pull request" reason. */
  eventName?: string
}

const REVIEW_STATES = new Set<ReviewFact['state']>([
  'APPROVED',
  'CHANGES_REQUESTED',
  'COMMENTED',
  'DISMISSED',
  'PENDING'
])

export async function gatherApprovals(source: ApprovalSource): Promise<ApprovalEvidence> {
  const { client, repository, pullNumber } = source
  if (pullNumber === undefined) {
    return {
      kind: 'unverifiable',
      reason: `no pull request: ${source.eventName ? `the ${source.eventName} event` : 'this run'} names none, so there are no reviews to read`
    }
  }
  if (!client || !repository) {
    return {
      kind: 'unverifiable',
      reason:
        'no token was given, so the reviews cannot be read; set the `token` input (the default github.token works with `pull-requests: read`)'
    }
  }
  const where = `${repository.owner}/${repository.repo}#${pullNumber}`
  try {
    let { headSha, author } = source
    if (headSha === undefined || author === undefined) {
      const { data: pr } = await client.rest.pulls.get({ ...repository, pull_number: pullNumber })
      headSha ??= pr.head.sha
      author ??= pr.user?.login ?? ''
    }
    const reviews: ReviewFact[] = []
    for await (const page of client.paginate.iterator(client.rest.pulls.listReviews, {
      ...repository,
      pull_number: pullNumber,
      per_page: 100
    })) {
      for (const review of page.data) reviews.push(reviewFact(review))
    }
    const authorKey = author.toLowerCase()
    const candidates = approvedOnHead(reviews, headSha, authorKey)
    const teams = await resolveTeams(source.teamClient ?? client, source.teams, candidates)
    return { kind: 'pull-request', number: pullNumber, author: authorKey, headSha, reviews, teams }
  } catch (error) {
    return {
      kind: 'unverifiable',
      reason: `the reviews of ${where} could not be read (${apiFailure(error)})`
    }
  }
}

function reviewFact(review: {
  id: number
  user: { login: string } | null
  state: string
  commit_id: string | null
  submitted_at?: string
}): ReviewFact {
  // REST sends upper case; webhook payloads lower case. Anything unknown is treated as a comment.
  const state = review.state.toUpperCase() as ReviewFact['state']
  return {
    id: review.id,
    login: review.user?.login ?? null,
    state: REVIEW_STATES.has(state) ? state : 'COMMENTED',
    commitId: review.commit_id ?? null,
    ...(review.submitted_at !== undefined && { submittedAt: review.submitted_at })
  }
}

/** Each team's active members among the candidates, or why the team could not be read. */
async function resolveTeams(
  client: GitHubClient,
  handles: readonly string[],
  candidates: readonly string[]
): Promise<Map<string, TeamFact>> {
  const teams = new Map<string, TeamFact>()
  if (candidates.length === 0) return teams
  for (const handle of new Set(handles.map((h) => h.toLowerCase()))) {
    const [org = '', team_slug = ''] = handle.replace(/^@/, '').split('/')
    try {
      // A hidden team and a non-member both answer 404 on the membership endpoint, so the team itself
      // is read first: only then does a 404 mean "not a member".
      await client.rest.teams.getByName({ org, team_slug })
    } catch (error) {
      teams.set(handle, { kind: 'unreadable', reason: teamFailure(error) })
      continue
    }
    const members = new Set<string>()
    let failure: string | undefined
    for (const username of candidates) {
      try {
        const { data } = await client.rest.teams.getMembershipForUserInOrg({ org, team_slug, username })
        if (data.state === 'active') members.add(username)
      } catch (error) {
        if (isStatus(error, 404)) continue
        failure = teamFailure(error)
        break
      }
    }
    teams.set(handle, failure ? { kind: 'unreadable', reason: failure } : { kind: 'members', members })
  }
  return teams
}

export function teamFailure(error: unknown): string {
  if (isStatus(error, 404) || isStatus(error, 403))
    return `the token cannot see the team (${httpSummary(error)}); the default GITHUB_TOKEN has no organization members permission`
  return httpSummary(error)
}

/** httpSummary, with what to do about the statuses a user can fix. */
export function apiFailure(error: unknown): string {
  const hint = isStatus(error, 401)
    ? '; the token is invalid or expired'
    : isStatus(error, 403)
      ? '; the token lacks pull-requests: read, or hit a rate limit'
      : isStatus(error, 404)
        ? '; check the pull request number and that the token can read this repository'
        : ''
  return httpSummary(error) + hint
}
