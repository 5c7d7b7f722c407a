// A loopback fake of the GitHub REST API for end-to-end tests: `dist/index.js` runs as a child process
// with GITHUB_API_URL pointing here, and talks plain HTTP to it. Responses follow GitHub's real shapes
// (the OpenAPI descriptions in @octokit/openapi-types, and what api.github.com sends): JSON with
// `content-type: application/json; charset=utf-8`, an `x-github-request-id`, rate-limit headers,
// `Link` pagination driven by `per_page` (default 30, at most 100) and `page`, and error bodies
// `{ message, documentation_url, status }` where `status` is a string, as GitHub sends it.
//
// Default routes serve the mutable `fixtures` (and `POST /graphql` answers the one GraphQL query the
// action sends, `viewer { login }`); any route can be replaced (setRoute) or given a handler that
// answers 403/404/500, or falls through (returns undefined) to the next matching route.
import { createHash, randomBytes } from 'node:crypto'
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export const DEFAULT_API_URL = 'https://api.github.com'
const DOCS = 'https://docs.github.com/rest'

// ---------------------------------------------------------------------------------------------------
// Fixture builders (GitHub's REST shapes)
// ---------------------------------------------------------------------------------------------------

export type AuthorAssociation =
  | 'COLLABORATOR'
  | 'CONTRIBUTOR'
  | 'FIRST_TIMER'
  | 'FIRST_TIME_CONTRIBUTOR'
  | 'MANNEQUIN'
  | 'MEMBER'
  | 'NONE'
  | 'OWNER'

export interface GitHubUser {
  login: string
  id: number
  node_id: string
  avatar_url: string
  gravatar_id: string
  url: string
  html_url: string
  followers_url: string
  following_url: string
  gists_url: string
  starred_url: string
  subscriptions_url: string
  organizations_url: string
  repos_url: string
  events_url: string
  received_events_url: string
  type: 'User' | 'Bot' | 'Organization'
  user_view_type: 'public'
  site_admin: boolean
}

/** A stable numeric id for a name, so the same login always gets the same id. */
export function stableId(name: string, min = 1_000_000): number {
  const n = createHash('sha256').update(name).digest().readUInt32BE(0)
  return min + (n % 900_000_000)
}

function nodeId(prefix: string, id: number): string {
  return `${prefix}_${Buffer.from(`0:${id}`).toString('base64url')}`
}

/** A `simple-user`. Logins ending in `[bot]` are bots; `github-actions[bot]` has its real id. */
export function user(
  login: string,
  options: { id?: number; type?: GitHubUser['type']; site_admin?: boolean; apiUrl?: string } = {}
): GitHubUser {
  const api = options.apiUrl ?? DEFAULT_API_URL
  const type = options.type ?? (login.endsWith('[bot]') ? 'Bot' : 'User')
  const id = options.id ?? (login === 'github-actions[bot]' ? 41898282 : stableId(`user:${login}`))
  const u = `${api}/users/${encodeURIComponent(login)}`
  return {
    login,
    id,
    node_id: nodeId(type === 'Bot' ? 'BOT' : type === 'Organization' ? 'O' : 'U', id),
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: '',
    url: u,
    html_url:
      type === 'Bot'
        ? `https://github.com/apps/${login.replace(/\[bot\]$/, '')}`
        : `https://github.com/${login}`,
    followers_url: `${u}/followers`,
    following_url: `${u}/following{/other_user}`,
    gists_url: `${u}/gists{/gist_id}`,
    starred_url: `${u}/starred{/owner}{/repo}`,
    subscriptions_url: `${u}/subscriptions`,
    organizations_url: `${u}/orgs`,
    repos_url: `${u}/repos`,
    events_url: `${u}/events{/privacy}`,
    received_events_url: `${u}/received_events`,
    type,
    user_view_type: 'public',
    site_admin: options.site_admin ?? false
  }
}

type UserLike = string | GitHubUser
const asUser = (u: UserLike, apiUrl?: string): GitHubUser =>
  typeof u === 'string' ? user(u, apiUrl ? { apiUrl } : {}) : u

export interface GitHubLabel {
  id: number
  node_id: string
  url: string
  name: string
  description: string | null
  color: string
  default: boolean
}

export function label(
  name: string,
  options: { owner?: string; repo?: string; apiUrl?: string } = {}
): GitHubLabel {
  const id = stableId(`label:${name}`)
  const repoUrl = `${options.apiUrl ?? DEFAULT_API_URL}/repos/${options.owner ?? 'o'}/${options.repo ?? 'r'}`
  return {
    id,
    node_id: nodeId('LA', id),
    url: `${repoUrl}/labels/${encodeURIComponent(name)}`,
    name,
    description: null,
    color: createHash('sha256').update(name).digest('hex').slice(0, 6),
    default: false
  }
}

/** A minimal but real-shaped `repository` (the full object has ~80 fields; clients read these). */
export function repository(options: {
  owner?: string
  name?: string
  defaultBranch?: string
  private?: boolean
  apiUrl?: string
}) {
  const owner = options.owner ?? 'o'
  const name = options.name ?? 'r'
  const api = options.apiUrl ?? DEFAULT_API_URL
  const id = stableId(`repo:${owner}/${name}`)
  const url = `${api}/repos/${owner}/${name}`
  return {
    id,
    node_id: nodeId('R', id),
    name,
    full_name: `${owner}/${name}`,
    private: options.private ?? false,
    owner: user(owner, { type: 'Organization', apiUrl: api }),
    html_url: `https://github.com/${owner}/${name}`,
    description: null,
    fork: false,
    url,
    pulls_url: `${url}/pulls{/number}`,
    issues_url: `${url}/issues{/number}`,
    contents_url: `${url}/contents/{+path}`,
    git_url: `git://github.com/${owner}/${name}.git`,
    clone_url: `https://github.com/${owner}/${name}.git`,
    default_branch: options.defaultBranch ?? 'main',
    visibility: options.private ? 'private' : 'public',
    archived: false,
    disabled: false
  }
}

export interface PullRequestInit {
  number: number
  headSha: string
  baseSha: string
  user?: UserLike
  labels?: (string | GitHubLabel)[]
  changed_files?: number
  title?: string
  body?: string | null
  headRef?: string
  baseRef?: string
  state?: 'open' | 'closed'
  draft?: boolean
  merged?: boolean
  merge_commit_sha?: string | null
  additions?: number
  deletions?: number
  commits?: number
  author_association?: AuthorAssociation
  owner?: string
  repo?: string
  /** The head repository when the PR comes from a fork ("fork-owner/name"). */
  headRepo?: string
  apiUrl?: string
}

/** A `pull-request` object as `GET /repos/{o}/{r}/pulls/{n}` (and the event payload) give it. */
export function pullRequest(init: PullRequestInit) {
  const api = init.apiUrl ?? DEFAULT_API_URL
  const owner = init.owner ?? 'o'
  const name = init.repo ?? 'r'
  const author = asUser(init.user ?? 'contributor', api)
  const id = stableId(`pr:${owner}/${name}#${init.number}`)
  const url = `${api}/repos/${owner}/${name}/pulls/${init.number}`
  const issueUrl = `${api}/repos/${owner}/${name}/issues/${init.number}`
  const html = `https://github.com/${owner}/${name}/pull/${init.number}`
  const baseRepo = repository({ owner, name, apiUrl: api })
  const [headOwner, headName] = (init.headRepo ?? `${owner}/${name}`).split('/') as [string, string]
  const headRepo = init.headRepo
    ? { ...repository({ owner: headOwner, name: headName, apiUrl: api }), fork: true }
    : baseRepo
  const headRef = init.headRef ?? `feature/pr-${init.number}`
  const baseRef = init.baseRef ?? 'main'
  const merged = init.merged ?? false
  const created = '2026-01-15T09:00:00Z'
  return {
    url,
    id,
    node_id: nodeId('PR', id),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: issueUrl,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    review_comment_url: `${api}/repos/${owner}/${name}/pulls/comments{/number}`,
    comments_url: `${issueUrl}/comments`,
    statuses_url: `${api}/repos/${owner}/${name}/statuses/${init.headSha}`,
    number: init.number,
    state: init.state ?? (merged ? 'closed' : 'open'),
    locked: false,
    title: init.title ?? `Pull request #${init.number}`,
    user: author,
    body: init.body === undefined ? null : init.body,
    labels: (init.labels ?? []).map((l) =>
      typeof l === 'string' ? label(l, { owner, repo: name, apiUrl: api }) : l
    ),
    milestone: null,
    active_lock_reason: null,
    created_at: created,
    updated_at: created,
    closed_at: merged || init.state === 'closed' ? created : null,
    merged_at: merged ? created : null,
    merge_commit_sha: init.merge_commit_sha === undefined ? null : init.merge_commit_sha,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: {
      label: `${headOwner}:${headRef}`,
      ref: headRef,
      sha: init.headSha,
      user: headRepo.owner,
      repo: headRepo
    },
    base: {
      label: `${owner}:${baseRef}`,
      ref: baseRef,
      sha: init.baseSha,
      user: baseRepo.owner,
      repo: baseRepo
    },
    _links: {
      self: { href: url },
      html: { href: html },
      issue: { href: issueUrl },
      comments: { href: `${issueUrl}/comments` },
      review_comments: { href: `${url}/comments` },
      review_comment: { href: `${api}/repos/${owner}/${name}/pulls/comments{/number}` },
      commits: { href: `${url}/commits` },
      statuses: { href: `${api}/repos/${owner}/${name}/statuses/${init.headSha}` }
    },
    author_association: init.author_association ?? 'CONTRIBUTOR',
    auto_merge: null,
    draft: init.draft ?? false,
    merged,
    mergeable: true,
    rebaseable: true,
    mergeable_state: 'clean',
    merged_by: null,
    comments: 0,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: init.commits ?? 1,
    additions: init.additions ?? 0,
    deletions: init.deletions ?? 0,
    changed_files: init.changed_files ?? 0
  }
}
export type PullRequest = ReturnType<typeof pullRequest>

export type ReviewState = 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING'

export interface ReviewInit {
  id: number
  user: UserLike | null
  state: ReviewState
  commit_id: string | null
  /** Absent for PENDING reviews, as on GitHub; defaults to a fixed time otherwise. */
  submitted_at?: string
  author_association?: AuthorAssociation
  body?: string
  pull_number?: number
  owner?: string
  repo?: string
  apiUrl?: string
}

/** A `pull-request-review` as `GET /repos/{o}/{r}/pulls/{n}/reviews` lists it. */
export function review(init: ReviewInit) {
  const api = init.apiUrl ?? DEFAULT_API_URL
  const owner = init.owner ?? 'o'
  const name = init.repo ?? 'r'
  const n = init.pull_number ?? 1
  const html = `https://github.com/${owner}/${name}/pull/${n}#pullrequestreview-${init.id}`
  const prUrl = `${api}/repos/${owner}/${name}/pulls/${n}`
  return {
    id: init.id,
    node_id: nodeId('PRR', init.id),
    user: init.user === null ? null : asUser(init.user, api),
    body: init.body ?? '',
    state: init.state,
    html_url: html,
    pull_request_url: prUrl,
    author_association: init.author_association ?? 'MEMBER',
    _links: { html: { href: html }, pull_request: { href: prUrl } },
    ...(init.state !== 'PENDING' && { submitted_at: init.submitted_at ?? '2026-01-15T12:00:00Z' }),
    commit_id: init.commit_id
  }
}
export type Review = ReturnType<typeof review>

export type FileStatus = 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged'

export interface PrFileInit {
  filename: string
  status?: FileStatus
  additions?: number
  deletions?: number
  /** Omit for binary files and very large diffs, as GitHub does. */
  patch?: string
  previous_filename?: string
  sha?: string
  headSha?: string
  owner?: string
  repo?: string
  apiUrl?: string
}

/** A `diff-entry` as `GET /repos/{o}/{r}/pulls/{n}/files` lists it. */
export function prFile(init: PrFileInit) {
  const api = init.apiUrl ?? DEFAULT_API_URL
  const owner = init.owner ?? 'o'
  const name = init.repo ?? 'r'
  const ref = init.headSha ?? 'HEAD'
  const additions = init.additions ?? 0
  const deletions = init.deletions ?? 0
  const encoded = init.filename.split('/').map(encodeURIComponent).join('/')
  return {
    sha: init.sha ?? gitBlobSha(init.filename),
    filename: init.filename,
    status: init.status ?? 'modified',
    additions,
    deletions,
    changes: additions + deletions,
    blob_url: `https://github.com/${owner}/${name}/blob/${ref}/${encoded}`,
    raw_url: `https://github.com/${owner}/${name}/raw/${ref}/${encoded}`,
    contents_url: `${api}/repos/${owner}/${name}/contents/${encoded}?ref=${ref}`,
    ...(init.patch !== undefined && { patch: init.patch }),
    ...(init.previous_filename !== undefined && { previous_filename: init.previous_filename })
  }
}
export type PrFile = ReturnType<typeof prFile>

export interface IssueCommentInit {
  id: number
  body: string
  user?: UserLike
  issue_number?: number
  author_association?: AuthorAssociation
  created_at?: string
  updated_at?: string
  owner?: string
  repo?: string
  apiUrl?: string
}

/** An `issue-comment` (PR conversation comments are issue comments). */
export function issueComment(init: IssueCommentInit) {
  const api = init.apiUrl ?? DEFAULT_API_URL
  const owner = init.owner ?? 'o'
  const name = init.repo ?? 'r'
  const n = init.issue_number ?? 1
  const url = `${api}/repos/${owner}/${name}/issues/comments/${init.id}`
  const created = init.created_at ?? '2026-01-15T10:00:00Z'
  return {
    id: init.id,
    node_id: nodeId('IC', init.id),
    url,
    html_url: `https://github.com/${owner}/${name}/pull/${n}#issuecomment-${init.id}`,
    body: init.body,
    user: asUser(init.user ?? 'github-actions[bot]', api),
    created_at: created,
    updated_at: init.updated_at ?? created,
    issue_url: `${api}/repos/${owner}/${name}/issues/${n}`,
    author_association: init.author_association ?? 'NONE',
    performed_via_github_app: null,
    reactions: {
      url: `${url}/reactions`,
      total_count: 0,
      '+1': 0,
      '-1': 0,
      laugh: 0,
      hooray: 0,
      confused: 0,
      heart: 0,
      rocket: 0,
      eyes: 0
    }
  }
}
export type IssueComment = ReturnType<typeof issueComment>

/** Git's blob id of some content: sha1("blob <size>\0" + content). */
export function gitBlobSha(content: string | Uint8Array): string {
  const bytes = typeof content === 'string' ? Buffer.from(content) : Buffer.from(content)
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex')
}

/** Base64 in 60-character lines joined by "\n", as the contents API sends it. */
export function githubBase64(content: string | Uint8Array): string {
  const b64 = Buffer.from(content).toString('base64')
  return (b64.match(/.{1,60}/g) ?? ['']).join('\n') + (b64.length > 0 ? '\n' : '')
}

const ONE_MB = 1024 * 1024

export interface ContentFileInit {
  path: string
  /** The raw content; the response carries it base64-encoded (unless over 1 MB, as on GitHub). */
  content: string | Uint8Array
  sha?: string
  ref?: string
  owner?: string
  repo?: string
  apiUrl?: string
}

/** A `content-file` as `GET /repos/{o}/{r}/contents/{path}?ref=` returns it for a file. */
export function contentFile(init: ContentFileInit) {
  const api = init.apiUrl ?? DEFAULT_API_URL
  const owner = init.owner ?? 'o'
  const name = init.repo ?? 'r'
  const ref = init.ref ?? 'main'
  const bytes = Buffer.from(init.content)
  const sha = init.sha ?? gitBlobSha(bytes)
  const encoded = init.path.split('/').map(encodeURIComponent).join('/')
  const self = `${api}/repos/${owner}/${name}/contents/${encoded}?ref=${encodeURIComponent(ref)}`
  const git = `${api}/repos/${owner}/${name}/git/blobs/${sha}`
  const html = `https://github.com/${owner}/${name}/blob/${ref}/${encoded}`
  // Files of 1-100 MB come back with an empty content and encoding "none" (GitHub's documented rule).
  const tooLarge = bytes.length > ONE_MB
  return {
    type: 'file' as const,
    encoding: tooLarge ? 'none' : 'base64',
    size: bytes.length,
    name: init.path.split('/').pop() ?? init.path,
    path: init.path,
    content: tooLarge ? '' : githubBase64(bytes),
    sha,
    url: self,
    git_url: git,
    html_url: html,
    download_url: `https://raw.githubusercontent.com/${owner}/${name}/${ref}/${encoded}`,
    _links: { self, git, html }
  }
}

/** A `team-membership`, as `GET /orgs/{org}/teams/{team}/memberships/{user}` returns it. */
export function teamMembership(options: {
  org: string
  team: string
  login: string
  role?: 'member' | 'maintainer'
  state?: 'active' | 'pending'
  apiUrl?: string
}) {
  const teamId = stableId(`team:${options.org}/${options.team}`)
  return {
    url: `${options.apiUrl ?? DEFAULT_API_URL}/organizations/${stableId(`org:${options.org}`)}/team/${teamId}/memberships/${options.login}`,
    role: options.role ?? 'member',
    state: options.state ?? 'active'
  }
}

/** A `team-full`, as `GET /orgs/{org}/teams/{team_slug}` returns it (the fields clients read). */
export function teamObject(options: { org: string; team: string; apiUrl?: string }) {
  const api = options.apiUrl ?? DEFAULT_API_URL
  const id = stableId(`team:${options.org}/${options.team}`)
  const orgId = stableId(`org:${options.org}`)
  return {
    id,
    node_id: nodeId('T', id),
    url: `${api}/organizations/${orgId}/team/${id}`,
    html_url: `https://github.com/orgs/${options.org}/teams/${options.team}`,
    name: options.team,
    slug: options.team,
    description: null,
    privacy: 'closed',
    notification_setting: 'notifications_enabled',
    permission: 'pull',
    members_url: `${api}/organizations/${orgId}/team/${id}/members{/member}`,
    repositories_url: `${api}/organizations/${orgId}/team/${id}/repos`,
    parent: null,
    members_count: 0,
    repos_count: 0,
    created_at: '2025-03-01T10:00:00Z',
    updated_at: '2025-03-01T10:00:00Z',
    organization: {
      login: options.org,
      id: orgId,
      node_id: nodeId('O', orgId),
      url: `${api}/orgs/${options.org}`
    }
  }
}

/** A `pull_request` event payload (what GITHUB_EVENT_PATH holds under `on: pull_request`). */
export function pullRequestEvent(pr: PullRequest, action = 'synchronize', sender?: UserLike) {
  return {
    action,
    number: pr.number,
    pull_request: pr,
    repository: pr.base.repo,
    sender: sender === undefined ? pr.user : asUser(sender)
  }
}

// ---------------------------------------------------------------------------------------------------
// The server
// ---------------------------------------------------------------------------------------------------

export interface RecordedRequest {
  method: string
  /** The path without the query string, URL-decoded, e.g. /repos/o/r/contents/.github/policy.yml. */
  path: string
  /** The path as sent (octokit sends a contents path's slashes as %2F). */
  rawPath: string
  query: Record<string, string>
  /** Lower-cased header names, as node gives them (authorization included). */
  headers: Record<string, string>
  /** Parsed JSON when the body is JSON, the raw text otherwise, undefined when empty. */
  body: unknown
}

export interface TeamMember {
  role?: 'member' | 'maintainer'
  state?: 'active' | 'pending'
}

/** What the default routes serve. Mutable: tests change it between runs. */
export interface Fixtures {
  owner: string
  repo: string
  defaultBranch: string
  pulls: Record<number, PullRequest>
  files: Record<number, PrFile[]>
  reviews: Record<number, Review[]>
  comments: Record<number, IssueComment[]>
  /** File contents by ref (branch name or sha), then by path. */
  contents: Record<string, Record<string, string | Uint8Array>>
  /** Team members by "org/team-slug": logins, or logins with their role and state. */
  teams: Record<string, string[] | Record<string, TeamMember>>
  /** The token owner for GET /user; null answers 403 as a GITHUB_TOKEN (an installation token) gets. */
  viewer: GitHubUser | null
  /**
   * The login `POST /graphql` answers for `query { viewer { login } }`. Unset: the viewer's login, or
   * `github-actions[bot]` (what a GITHUB_TOKEN gets) when the viewer is null. null: a GraphQL error.
   */
  graphqlViewer?: string | null
  /** When set, requests whose token is not listed get 401 "Bad credentials". */
  tokens?: string[]
  /** x-ratelimit-limit; x-ratelimit-remaining counts down from it. */
  rateLimit: number
}

export interface HandlerRequest extends RecordedRequest {
  /** Values of the pattern's `:name` and `*name` parts, URL-decoded. */
  params: Record<string, string>
  fixtures: Fixtures
  /** The server's base URL (http://127.0.0.1:<port>), for Link and url fields. */
  baseUrl: string
}

export interface HandlerResponse {
  status?: number
  headers?: Record<string, string>
  /** Serialised as JSON unless it is a string or bytes; undefined sends no body. */
  body?: unknown
}

/** A number answers that status with GitHub's error body; undefined falls through to the next route. */
export type HandlerResult = HandlerResponse | number | undefined
export type Handler = (req: HandlerRequest) => HandlerResult | Promise<HandlerResult>

/** Routes keyed "METHOD /pattern", e.g. "GET /repos/:owner/:repo/pulls/:n". */
export type RouteTable = Record<string, Handler>

interface Route {
  method: string
  pattern: string
  regex: RegExp
  names: string[]
  handler: Handler
}

export interface GitHubServer {
  url: string
  requests: RecordedRequest[]
  fixtures: Fixtures
  /** Adds or replaces the route for this method and pattern; it takes precedence over the defaults. */
  setRoute(method: string, pathPattern: string, handler: Handler): void
  /** The recorded requests for a method and a path (string: exact; RegExp: test). */
  requestsTo(method: string, path: string | RegExp): RecordedRequest[]
  close(): Promise<void>
}

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Bad credentials',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  422: 'Validation Failed',
  500: 'Internal Server Error',
  502: 'Server Error',
  503: 'Service Unavailable'
}

/** GitHub's error body: `{ message, documentation_url, status }` (status as a string). */
export function errorBody(status: number, message?: string, documentationUrl = DOCS) {
  return {
    message: message ?? REASONS[status] ?? 'Error',
    documentation_url: documentationUrl,
    status: String(status)
  }
}

/** A handler result with GitHub's error body. */
export function errorResponse(
  status: number,
  message?: string,
  options: { documentationUrl?: string; headers?: Record<string, string> } = {}
): HandlerResponse {
  return {
    status,
    body: errorBody(status, message, options.documentationUrl),
    ...(options.headers && { headers: options.headers })
  }
}

/** 403 as a GITHUB_TOKEN gets it for an endpoint outside its permissions. */
export function integrationForbidden(documentationUrl = DOCS): HandlerResponse {
  return errorResponse(403, 'Resource not accessible by integration', { documentationUrl })
}

/** 403 with x-ratelimit-remaining 0: the primary rate limit is exhausted. */
export function rateLimited(resetInSeconds = 1): HandlerResponse {
  return errorResponse(403, 'API rate limit exceeded for installation.', {
    documentationUrl: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
    headers: {
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + resetInSeconds)
    }
  })
}

/** 403 with retry-after: a secondary rate limit. */
export function secondaryRateLimited(retryAfterSeconds = 1): HandlerResponse {
  return errorResponse(
    403,
    'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
    {
      documentationUrl:
        'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
      headers: { 'retry-after': String(retryAfterSeconds) }
    }
  )
}

/** A handler that answers `status` the first `times` calls, then falls through to the next route. */
export function failTimes(times: number, status = 500): Handler {
  let left = times
  return () => {
    if (left <= 0) return undefined
    left -= 1
    return status
  }
}

/**
 * One page of `items`, as GitHub pages a list: `per_page` (default 30, at most 100) and `page`
 * (from 1), and a `Link` header with rel="prev", "next", "last" and "first" as they apply. `cap`
 * limits the list first (GET /pulls/{n}/files lists at most 3000 files).
 */
export function paginate(req: HandlerRequest, items: readonly unknown[], options: { cap?: number } = {}) {
  const list = options.cap !== undefined ? items.slice(0, options.cap) : items
  const perPage = Math.min(100, Math.max(1, parseIntOr(req.query.per_page, 30)))
  const page = Math.max(1, parseIntOr(req.query.page, 1))
  const last = Math.max(1, Math.ceil(list.length / perPage))
  const body = list.slice((page - 1) * perPage, page * perPage)
  const link = (p: number, rel: string) => {
    const q = new URLSearchParams(req.query)
    q.set('per_page', String(perPage))
    q.set('page', String(p))
    return `<${req.baseUrl}${req.rawPath}?${q.toString()}>; rel="${rel}"`
  }
  const links: string[] = []
  if (page > 1) links.push(link(Math.min(page - 1, last), 'prev'))
  if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'))
  if (page > 1) links.push(link(1, 'first'))
  return { status: 200, body, ...(links.length > 0 && { headers: { link: links.join(', ') } }) }
}

function parseIntOr(value: string | undefined, fallback: number): number {
  const n = value === undefined ? NaN : Number.parseInt(value, 10)
  return Number.isFinite(n) ? n : fallback
}

function compile(method: string, pattern: string, handler: Handler): Route {
  const names: string[] = []
  const source = pattern
    .split('/')
    .map((part) => {
      if (part.startsWith(':')) {
        names.push(part.slice(1))
        return '([^/]+)'
      }
      if (part.startsWith('*')) {
        names.push(part.slice(1))
        return '(.+)'
      }
      return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    })
    .join('/')
  return { method: method.toUpperCase(), pattern, regex: new RegExp(`^${source}/?$`), names, handler }
}

function defaultFixtures(): Fixtures {
  return {
    owner: 'o',
    repo: 'r',
    defaultBranch: 'main',
    pulls: {},
    files: {},
    reviews: {},
    comments: {},
    contents: {},
    teams: {},
    viewer: user('gate-token-owner'),
    rateLimit: 5000
  }
}

const REPO = '/repos/:owner/:repo'

function defaultRoutes(state: { nextCommentId: number }): RouteTable {
  const notFound = (docs: string) => errorResponse(404, 'Not Found', { documentationUrl: `${DOCS}/${docs}` })
  const pullNumber = (req: HandlerRequest) => Number(req.params.n)
  return {
    [`GET ${REPO}/pulls/:n`]: (req) => {
      const pr = req.fixtures.pulls[pullNumber(req)]
      return pr ? { body: pr } : notFound('pulls/pulls#get-a-pull-request')
    },
    [`GET ${REPO}/pulls/:n/files`]: (req) => {
      const files = req.fixtures.files[pullNumber(req)]
      if (!files && !req.fixtures.pulls[pullNumber(req)])
        return notFound('pulls/pulls#list-pull-requests-files')
      return paginate(req, files ?? [], { cap: 3000 })
    },
    [`GET ${REPO}/pulls/:n/reviews`]: (req) => {
      const reviews = req.fixtures.reviews[pullNumber(req)]
      if (!reviews && !req.fixtures.pulls[pullNumber(req)])
        return notFound('pulls/reviews#list-reviews-for-a-pull-request')
      return paginate(req, reviews ?? [])
    },
    [`GET ${REPO}/issues/:n/comments`]: (req) => paginate(req, req.fixtures.comments[pullNumber(req)] ?? []),
    [`POST ${REPO}/issues/:n/comments`]: (req) => {
      const body = (req.body as { body?: unknown } | undefined)?.body
      if (typeof body !== 'string') {
        return errorResponse(422, 'Invalid request.\n\n"body" wasn\'t supplied.', {
          documentationUrl: `${DOCS}/issues/comments#create-an-issue-comment`
        })
      }
      const n = pullNumber(req)
      const comment = issueComment({
        id: state.nextCommentId++,
        body,
        issue_number: n,
        user: req.fixtures.viewer ?? user('github-actions[bot]'),
        owner: req.params.owner ?? 'o',
        repo: req.params.repo ?? 'r',
        apiUrl: req.baseUrl,
        created_at: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')
      })
      ;(req.fixtures.comments[n] ??= []).push(comment)
      return { status: 201, headers: { location: comment.url }, body: comment }
    },
    [`PATCH ${REPO}/issues/comments/:id`]: (req) => {
      const id = Number(req.params.id)
      const body = (req.body as { body?: unknown } | undefined)?.body
      for (const list of Object.values(req.fixtures.comments)) {
        const i = list.findIndex((c) => c.id === id)
        const found = list[i]
        if (!found) continue
        if (typeof body !== 'string') {
          return errorResponse(422, 'Invalid request.\n\n"body" wasn\'t supplied.', {
            documentationUrl: `${DOCS}/issues/comments#update-an-issue-comment`
          })
        }
        const updated = { ...found, body, updated_at: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z') }
        list[i] = updated
        return { body: updated }
      }
      return notFound('issues/comments#update-an-issue-comment')
    },
    [`GET ${REPO}/contents/*path`]: (req) => contentsHandler(req),
    [`GET ${REPO}/contents`]: (req) => contentsHandler(req),
    'GET /orgs/:org/teams/:team': (req) => {
      const { org = '', team = '' } = req.params
      if (!req.fixtures.teams[`${org}/${team}`]) return notFound('teams/teams#get-a-team-by-name')
      return { body: teamObject({ org, team, apiUrl: req.baseUrl }) }
    },
    [`GET ${REPO}/git/blobs/:sha`]: (req) => {
      const sha = req.params.sha ?? ''
      for (const tree of Object.values(req.fixtures.contents)) {
        for (const content of Object.values(tree)) {
          const bytes = Buffer.from(content)
          if (gitBlobSha(bytes) !== sha) continue
          const url = `${req.baseUrl}/repos/${req.params.owner}/${req.params.repo}/git/blobs/${sha}`
          return {
            body: {
              sha,
              node_id: nodeId('B', stableId(`blob:${sha}`)),
              size: bytes.length,
              url,
              content: githubBase64(bytes),
              encoding: 'base64'
            }
          }
        }
      }
      return notFound('git/blobs#get-a-blob')
    },
    'GET /orgs/:org/teams/:team/members': (req) => {
      const { org = '', team = '' } = req.params
      const members = req.fixtures.teams[`${org}/${team}`]
      if (!members) return notFound('teams/members#list-team-members')
      const entries: [string, TeamMember][] = Array.isArray(members)
        ? members.map((m) => [m, {}])
        : Object.entries(members)
      // The list holds members only: a pending invitation is not one yet.
      const active = entries
        .filter(([, m]) => m.state !== 'pending')
        .map(([login]) => user(login, { apiUrl: req.baseUrl }))
      return paginate(req, active)
    },
    'GET /orgs/:org/teams/:team/memberships/:user': (req) => {
      const { org = '', team = '', user: login = '' } = req.params
      const members = req.fixtures.teams[`${org}/${team}`]
      const docs = 'teams/members#get-team-membership-for-a-user'
      if (!members) return notFound(docs)
      const entries: [string, TeamMember][] = Array.isArray(members)
        ? members.map((m) => [m, {}])
        : Object.entries(members)
      const hit = entries.find(([m]) => m.toLowerCase() === login.toLowerCase())
      if (!hit) return notFound(docs)
      return {
        body: teamMembership({
          org,
          team,
          login: hit[0],
          apiUrl: req.baseUrl,
          ...(hit[1].role && { role: hit[1].role }),
          ...(hit[1].state && { state: hit[1].state })
        })
      }
    },
    'GET /user': (req) =>
      req.fixtures.viewer
        ? { body: req.fixtures.viewer }
        : integrationForbidden(`${DOCS}/users/users#get-the-authenticated-user`),
    'POST /graphql': (req) => graphqlViewerHandler(req)
  }
}

/**
 * `query { viewer { login } }` over GraphQL, answered as GitHub does: 200 with `{ data }`, or 200 with
 * `{ data: null, errors }` when the viewer cannot be read. Other queries fall through (404).
 */
function graphqlViewerHandler(req: HandlerRequest): HandlerResult {
  const query = (req.body as { query?: unknown } | undefined)?.query
  if (typeof query !== 'string' || !/\bviewer\s*\{\s*login\s*\}/.test(query)) return undefined
  const headers = { 'x-ratelimit-resource': 'graphql' }
  const { graphqlViewer, viewer } = req.fixtures
  const login = graphqlViewer === undefined ? (viewer?.login ?? 'github-actions[bot]') : graphqlViewer
  if (login === null) {
    return {
      headers,
      body: {
        data: null,
        errors: [
          {
            type: 'FORBIDDEN',
            path: ['viewer'],
            locations: [{ line: 1, column: 9 }],
            message: 'Resource not accessible by integration'
          }
        ]
      }
    }
  }
  return { headers, body: { data: { viewer: { login } } } }
}

function contentsHandler(req: HandlerRequest): HandlerResponse {
  const docs = `${DOCS}/repos/contents#get-repository-content`
  const ref = req.query.ref || req.fixtures.defaultBranch
  const tree = req.fixtures.contents[ref]
  const path = (req.params.path ?? '').replace(/^\/+|\/+$/g, '')
  if (!tree) return errorResponse(404, `No commit found for the ref ${ref}`, { documentationUrl: docs })
  const owner = req.params.owner ?? req.fixtures.owner
  const repo = req.params.repo ?? req.fixtures.repo
  const file = Object.hasOwn(tree, path) ? tree[path] : undefined
  if (file !== undefined) {
    const accept = req.headers.accept ?? ''
    if (/\.raw/.test(accept)) {
      return { headers: { 'content-type': 'text/plain; charset=utf-8' }, body: Buffer.from(file) }
    }
    return { body: contentFile({ path, content: file, ref, owner, repo, apiUrl: req.baseUrl }) }
  }
  // A directory: list its direct entries.
  const prefix = path === '' ? '' : `${path}/`
  const entries = new Map<string, 'file' | 'dir'>()
  for (const p of Object.keys(tree)) {
    if (!p.startsWith(prefix)) continue
    const [head, ...rest] = p.slice(prefix.length).split('/')
    if (head) entries.set(head, rest.length > 0 ? 'dir' : (entries.get(head) ?? 'file'))
  }
  if (entries.size === 0) return errorResponse(404, 'Not Found', { documentationUrl: docs })
  const list = [...entries.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, type]) => {
      const full = `${prefix}${name}`
      if (type === 'file') {
        const {
          content: _content,
          encoding: _encoding,
          ...meta
        } = contentFile({
          path: full,
          content: tree[full] ?? '',
          ref,
          owner,
          repo,
          apiUrl: req.baseUrl
        })
        return meta
      }
      const self = `${req.baseUrl}/repos/${owner}/${repo}/contents/${full}?ref=${ref}`
      const sha = gitBlobSha(`tree:${full}`)
      return {
        type: 'dir',
        size: 0,
        name,
        path: full,
        sha,
        url: self,
        git_url: `${req.baseUrl}/repos/${owner}/${repo}/git/trees/${sha}`,
        html_url: `https://github.com/${owner}/${repo}/tree/${ref}/${full}`,
        download_url: null,
        _links: { self, git: `${req.baseUrl}/repos/${owner}/${repo}/git/trees/${sha}`, html: '' }
      }
    })
  return { body: list }
}

function requestId(): string {
  const hex = (n: number) => randomBytes(n).toString('hex').toUpperCase()
  return `${hex(2)}:${hex(2)}:${hex(3)}:${hex(4)}:${hex(4)}`
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

function flattenHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(headers))
    if (v !== undefined) out[k] = Array.isArray(v) ? v.join(', ') : v
  return out
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  const text = Buffer.concat(chunks).toString('utf8')
  if (text === '') return undefined
  try {
    return JSON.parse(text) as unknown
  } catch {
    return text
  }
}

/**
 * Starts the fake on 127.0.0.1 with a free port. `routes` add to (and take precedence over) the
 * defaults; `fixtures` seed what the defaults serve.
 */
export async function startGitHubServer(
  routes: RouteTable = {},
  fixtures: Partial<Fixtures> = {}
): Promise<GitHubServer> {
  const state = { nextCommentId: 2_000_000_001, used: 0 }
  const data: Fixtures = { ...defaultFixtures(), ...fixtures }
  const requests: RecordedRequest[] = []
  const custom: Route[] = []
  const defaults: Route[] = Object.entries(defaultRoutes(state)).map(([key, handler]) => {
    const [method = 'GET', pattern = '/'] = key.split(' ')
    return compile(method, pattern, handler)
  })
  const setRoute = (method: string, pathPattern: string, handler: Handler) => {
    const route = compile(method, pathPattern, handler)
    const i = custom.findIndex((r) => r.method === route.method && r.pattern === route.pattern)
    if (i >= 0) custom[i] = route
    else custom.unshift(route)
  }
  for (const [key, handler] of Object.entries(routes)) {
    const [method = 'GET', pattern = '/'] = key.split(' ')
    setRoute(method, pattern, handler)
  }
  let baseUrl = ''

  const send = (res: ServerResponse, result: HandlerResponse) => {
    const status = result.status ?? 200
    state.used += 1
    const headers: Record<string, string> = {
      server: 'github.com',
      date: new Date().toUTCString(),
      'content-type': 'application/json; charset=utf-8',
      'x-github-api-version-selected': '2022-11-28',
      'x-github-media-type': 'github.v3; format=json',
      'x-github-request-id': requestId(),
      'x-ratelimit-limit': String(data.rateLimit),
      'x-ratelimit-remaining': String(Math.max(0, data.rateLimit - state.used)),
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      'x-ratelimit-used': String(state.used),
      'x-ratelimit-resource': 'core',
      'access-control-expose-headers':
        'ETag, Link, Location, Retry-After, X-GitHub-OTP, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Used, X-RateLimit-Resource, X-RateLimit-Reset, X-OAuth-Scopes, X-Accepted-OAuth-Scopes, X-Poll-Interval, X-GitHub-Media-Type, X-GitHub-SSO, X-GitHub-Request-Id, Deprecation, Sunset',
      ...result.headers
    }
    let payload: Buffer | undefined
    if (result.body !== undefined && status !== 204 && status !== 304) {
      payload =
        typeof result.body === 'string'
          ? Buffer.from(result.body)
          : result.body instanceof Uint8Array
            ? Buffer.from(result.body)
            : Buffer.from(JSON.stringify(result.body))
      if (status < 300)
        headers.etag ??= `W/"${createHash('sha256').update(payload).digest('hex').slice(0, 32)}"`
      headers['content-length'] = String(payload.length)
    } else {
      delete headers['content-type']
      headers['content-length'] = '0'
    }
    res.writeHead(status, headers)
    res.end(payload)
  }

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', baseUrl)
      const recorded: RecordedRequest = {
        method: (req.method ?? 'GET').toUpperCase(),
        path: safeDecode(url.pathname),
        rawPath: url.pathname,
        query: Object.fromEntries(url.searchParams.entries()),
        headers: flattenHeaders(req.headers),
        body: await readBody(req)
      }
      requests.push(recorded)
      try {
        if (data.tokens) {
          const token = (recorded.headers.authorization ?? '').replace(/^(token|bearer)\s+/i, '')
          if (!data.tokens.includes(token)) return send(res, errorResponse(401, 'Bad credentials'))
        }
        for (const route of [...custom, ...defaults]) {
          if (route.method !== recorded.method) continue
          const m = route.regex.exec(url.pathname)
          if (!m) continue
          const params: Record<string, string> = {}
          route.names.forEach((name, i) => (params[name] = safeDecode(m[i + 1] ?? '')))
          const result = await route.handler({ ...recorded, params, fixtures: data, baseUrl })
          if (result === undefined) continue
          return send(res, typeof result === 'number' ? errorResponse(result) : result)
        }
        send(res, errorResponse(404, 'Not Found'))
      } catch (error) {
        send(res, errorResponse(500, `fake GitHub handler failed: ${String(error)}`))
      }
    })()
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  return {
    url: baseUrl,
    requests,
    fixtures: data,
    setRoute,
    requestsTo: (method, path) =>
      requests.filter(
        (r) =>
          r.method === method.toUpperCase() &&
          (typeof path === 'string' ? r.path === path : path.test(r.path))
      ),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      })
  }
}
