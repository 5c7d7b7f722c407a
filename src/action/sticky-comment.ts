// The sticky pull request comment: one comment per pull request, updated in place on every run. The
// gate finds its own comment by the hidden marker AND by its author (the token's owner), so a marker
// planted by someone else is never edited. API failures never throw: a read-only token (fork PRs,
// Dependabot) or a missing permission turns into a 'skipped' outcome with a reason the user can act on.
import { COMMENT_MARKER } from '../report/comment.js'
import type { GitHubClient } from '../evidence/github/client.js'

export type CommentOutcome =
  | { action: 'created' | 'updated' | 'unchanged'; id: number; url: string }
  | { action: 'skipped'; reason: string }

export interface StickyCommentTarget {
  owner: string
  repo: string
  issueNumber: number
  /** The comment body; it should hold COMMENT_MARKER (it is put first when missing). */
  body: string
}

interface CommentAuthor {
  login: string
  type?: string
}

interface ExistingComment {
  id: number
  body?: string
  html_url: string
  created_at: string
  user: CommentAuthor | null
}

export async function upsertStickyComment(
  client: GitHubClient,
  target: StickyCommentTarget
): Promise<CommentOutcome> {
  const body = target.body.includes(COMMENT_MARKER) ? target.body : `${COMMENT_MARKER}\n${target.body}`
  const where = `pull request #${target.issueNumber} in ${target.owner}/${target.repo}`
  const tokenOwner = await findTokenOwner(client)
  if ('failures' in tokenOwner) {
    return {
      action: 'skipped',
      reason:
        `No comment was posted on ${where}: the token's owner could not be identified ` +
        `(${tokenOwner.failures.join('; ')}), so the gate could not tell its own comment from others. ` +
        'Check that the token input holds a valid token: the workflow GITHUB_TOKEN, a GitHub App ' +
        'installation token or a personal access token.'
    }
  }

  let step = 'listing the comments of'
  try {
    const existing = await findOwnComment(client, target, tokenOwner.login)
    if (existing) {
      if (existing.body === body) return { action: 'unchanged', id: existing.id, url: existing.html_url }
      step = `updating comment ${existing.id} on`
      const updated = await updateComment(client, target, existing.id, body)
      if (updated) return { action: 'updated', id: updated.id, url: updated.html_url }
      // Deleted since it was listed: post a fresh one.
    }
    step = 'creating a comment on'
    const { data } = await client.rest.issues.createComment({
      owner: target.owner,
      repo: target.repo,
      issue_number: target.issueNumber,
      body
    })
    return { action: 'created', id: data.id, url: data.html_url }
  } catch (error) {
    return { action: 'skipped', reason: explainFailure(error, `${step} ${where}`, where) }
  }
}

/** The login that owns the token: GraphQL `viewer` first (all token kinds), then REST GET /user (PATs). */
async function findTokenOwner(client: GitHubClient): Promise<{ login: string } | { failures: string[] }> {
  const failures: string[] = []
  try {
    const answer = await client.graphql<{ viewer?: { login?: unknown } }>('query { viewer { login } }')
    const login = answer.viewer?.login
    if (typeof login === 'string' && login !== '') return { login }
    failures.push('GraphQL viewer: no login in the answer')
  } catch (error) {
    failures.push(`GraphQL viewer: ${describeApiError(error)}`)
  }
  try {
    const { data } = await client.rest.users.getAuthenticated()
    if (data.login) return { login: data.login }
    failures.push('GET /user: no login in the answer')
  } catch (error) {
    failures.push(`GET /user: ${describeApiError(error)}`)
  }
  return { failures }
}

/** The newest comment holding the marker whose author is the token's owner, if any. */
async function findOwnComment(
  client: GitHubClient,
  target: StickyCommentTarget,
  tokenOwner: string
): Promise<ExistingComment | undefined> {
  let newest: ExistingComment | undefined
  const pages = client.paginate.iterator(client.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100
  })
  for await (const { data } of pages) {
    for (const comment of data) {
      if (!comment.body?.includes(COMMENT_MARKER)) continue
      if (!comment.user || !isTokenOwner(comment.user, tokenOwner)) continue
      if (!newest || isNewer(comment, newest)) newest = comment
    }
  }
  return newest
}

/**
 * Logins compare case-insensitively. A `[bot]` suffix on one side only is tolerated (GraphQL may name
 * an app `my-app` while REST names its comments `my-app[bot]`), but only for a bot author, so a user
 * who took the app's name cannot pass for it.
 */
export function isTokenOwner(author: CommentAuthor, tokenOwner: string): boolean {
  const login = author.login.toLowerCase()
  const owner = tokenOwner.toLowerCase()
  if (login === owner) return true
  const isBot = author.type === 'Bot' || login.endsWith('[bot]')
  return isBot && withoutBotSuffix(login) === withoutBotSuffix(owner)
}

function withoutBotSuffix(login: string): string {
  return login.endsWith('[bot]') ? login.slice(0, -'[bot]'.length) : login
}

function isNewer(a: ExistingComment, b: ExistingComment): boolean {
  if (a.created_at !== b.created_at) return a.created_at > b.created_at
  return a.id > b.id
}

/** The updated comment, or undefined when it no longer exists (404). */
async function updateComment(client: GitHubClient, target: StickyCommentTarget, id: number, body: string) {
  try {
    const { data } = await client.rest.issues.updateComment({
      owner: target.owner,
      repo: target.repo,
      comment_id: id,
      body
    })
    return data
  } catch (error) {
    if (statusOf(error) === 404) return undefined
    throw error
  }
}

function explainFailure(error: unknown, doing: string, where: string): string {
  const status = statusOf(error)
  const message = messageOf(error)
  if (status === 403 && /rate limit/i.test(message)) {
    return `No comment was posted: GitHub's API rate limit was reached while ${doing} (403: ${message}). The next run will update the comment.`
  }
  if (status === 403) {
    return (
      `No comment was posted: GitHub refused ${doing} (403: ${message}). ` +
      "The token needs the `pull-requests: write` permission: add it to the job's `permissions:`. " +
      'Pull requests from forks (and Dependabot) always get a read-only token under `pull_request`; to ' +
      'comment on them, run the gate on `pull_request_target`, which is safe here because the gate only ' +
      "reads the pull request's files as data and never runs them."
    )
  }
  if (status === 404) {
    return `No comment was posted: GitHub answered 404 while ${doing}. Check that ${where} exists and that the token can read the repository.`
  }
  const code = status === undefined ? '' : `${status}: `
  return `No comment was posted: ${doing} failed (${code}${message}). The report is still in the job summary.`
}

function describeApiError(error: unknown): string {
  const status = statusOf(error)
  return status === undefined ? messageOf(error) : `${status} ${messageOf(error)}`
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status
  return typeof status === 'number' ? status : undefined
}

/** The API's own message (a RequestError's message may carry the documentation URL after " - "). */
function messageOf(error: unknown): string {
  const fromBody = (error as { response?: { data?: { message?: unknown } } } | null)?.response?.data?.message
  if (typeof fromBody === 'string' && fromBody !== '') return fromBody
  const errors = (error as { errors?: { message?: unknown }[] } | null)?.errors
  const first = Array.isArray(errors) ? errors[0]?.message : undefined
  if (typeof first === 'string') return first
  return error instanceof Error ? error.message : String(error)
}
