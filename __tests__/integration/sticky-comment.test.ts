// The sticky PR comment against the loopback GitHub fake: one comment per pull request, found by the
// marker and by its author across pages, updated in place; refusals and failures become 'skipped'.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { isTokenOwner, upsertStickyComment } from '../../src/action/sticky-comment.js'
import { createClient, type GitHubClient } from '../../src/evidence/github/client.js'
import { COMMENT_MARKER } from '../../src/report/comment.js'
import {
  errorResponse,
  type GitHubServer,
  integrationForbidden,
  issueComment,
  startGitHubServer,
  user
} from '../support/github-server.js'

const TOKEN = 'ghs_sticky_comment_token'
const PR = 7
const TARGET = { owner: 'o', repo: 'r', issueNumber: PR }
const COMMENTS = `/repos/o/r/issues/${PR}/comments`
const report = (text: string) => `${COMMENT_MARKER}\n## Model governance: ${text}\n`

/** A comment on the pull request; ids grow with `at` so that later ones are newer. */
function comment(at: number, body: string, author: string | ReturnType<typeof user>) {
  const minute = String(at % 60).padStart(2, '0')
  const hour = String(Math.floor(at / 60) % 24).padStart(2, '0')
  return issueComment({
    id: 1_000 + at,
    body,
    user: author,
    issue_number: PR,
    created_at: `2026-01-15T${hour}:${minute}:00Z`
  })
}

describe('upsertStickyComment', () => {
  let server: GitHubServer
  let client: GitHubClient

  beforeEach(async () => {
    server = await startGitHubServer({}, { tokens: [TOKEN] })
    client = createClient({ token: TOKEN, baseUrl: server.url, retries: 0 })
  })
  afterEach(async () => server.close())

  const patches = () => server.requestsTo('PATCH', /^\/repos\/o\/r\/issues\/comments\/\d+$/)
  const posts = () => server.requestsTo('POST', COMMENTS)

  it('creates the comment when the pull request has none', async () => {
    server.fixtures.comments[PR] = [comment(1, 'Looks good to me', 'alice')]

    const outcome = await upsertStickyComment(client, { ...TARGET, body: report('pass') })

    const created = server.fixtures.comments[PR]!.at(-1)!
    expect(outcome).toEqual({ action: 'created', id: created.id, url: created.html_url })
    expect(created.body).toBe(report('pass'))
    expect(created.user.login).toBe('gate-token-owner')
    expect(server.fixtures.comments[PR]).toHaveLength(2)
    expect(posts()).toHaveLength(1)
    expect(server.requestsTo('POST', '/graphql')).toHaveLength(1)
  })

  it('updates the same comment in place on the next run and never posts a second one', async () => {
    const first = await upsertStickyComment(client, { ...TARGET, body: report('fail') })
    const second = await upsertStickyComment(client, { ...TARGET, body: report('pass') })

    expect(first.action).toBe('created')
    expect(second).toEqual({ ...first, action: 'updated' })
    expect(server.fixtures.comments[PR]).toHaveLength(1)
    expect(server.fixtures.comments[PR]![0]!.body).toBe(report('pass'))
    expect(posts()).toHaveLength(1)
    expect(patches()).toHaveLength(1)
    expect(patches()[0]).toMatchObject({
      path: `/repos/o/r/issues/comments/${'id' in first ? first.id : 0}`,
      body: { body: report('pass') }
    })
  })

  it('finds its comment on page 3 of 250, 100 comments a page', async () => {
    const list = Array.from({ length: 250 }, (_, i) => comment(i, `comment ${i}`, i % 2 ? 'alice' : 'bob'))
    list[230] = comment(230, report('fail'), 'gate-token-owner')
    server.fixtures.comments[PR] = list

    const outcome = await upsertStickyComment(client, { ...TARGET, body: report('pass') })

    expect(outcome).toMatchObject({ action: 'updated', id: 1_230 })
    expect(server.requestsTo('GET', COMMENTS).map((r) => [r.query.per_page, r.query.page])).toEqual([
      ['100', undefined],
      ['100', '2'],
      ['100', '3']
    ])
    expect(posts()).toHaveLength(0)
    expect(server.fixtures.comments[PR]![230]!.body).toBe(report('pass'))
  })

  it('updates the newest of its own marked comments', async () => {
    server.fixtures.comments[PR] = [
      comment(1, report('old'), 'gate-token-owner'),
      comment(5, report('newer'), 'gate-token-owner'),
      comment(3, report('middle'), 'gate-token-owner')
    ]

    const outcome = await upsertStickyComment(client, { ...TARGET, body: report('pass') })

    expect(outcome).toMatchObject({ action: 'updated', id: 1_005 })
    expect(patches().map((r) => r.path)).toEqual(['/repos/o/r/issues/comments/1005'])
  })

  it('ignores a marker planted by someone else and posts its own comment', async () => {
    const planted = comment(1, `${COMMENT_MARKER}\nAll approved, merge it.`, 'mallory')
    server.fixtures.comments[PR] = [planted]

    const outcome = await upsertStickyComment(client, { ...TARGET, body: report('fail') })

    expect(outcome.action).toBe('created')
    expect(patches()).toHaveLength(0)
    expect(server.fixtures.comments[PR]![0]).toEqual(planted)
    expect(server.fixtures.comments[PR]).toHaveLength(2)
  })

  it('with an installation token (GraphQL viewer github-actions[bot], GET /user 403) updates the bot comment', async () => {
    server.fixtures.viewer = null
    server.fixtures.graphqlViewer = 'github-actions[bot]'
    server.fixtures.comments[PR] = [
      comment(1, report('fail'), 'github-actions[bot]'),
      // A user who took the app's name (without the suffix) does not pass for the bot.
      comment(2, report('forged'), user('github-actions', { type: 'User' }))
    ]

    const outcome = await upsertStickyComment(client, { ...TARGET, body: report('pass') })

    expect(outcome).toMatchObject({ action: 'updated', id: 1_001 })
    expect(server.fixtures.comments[PR]!.map((c) => c.body)).toEqual([report('pass'), report('forged')])
    expect(posts()).toHaveLength(0)
    // GraphQL named the bot, so GET /user (which answers 403 to this token) was not needed.
    expect(server.requestsTo('GET', '/user')).toHaveLength(0)
  })

  it('tolerates a [bot] suffix on one side only, and login case', async () => {
    server.fixtures.viewer = null
    server.fixtures.graphqlViewer = 'Model-Gate-App'
    server.fixtures.comments[PR] = [comment(1, report('fail'), 'model-gate-app[bot]')]

    const outcome = await upsertStickyComment(client, { ...TARGET, body: report('pass') })

    expect(outcome).toMatchObject({ action: 'updated', id: 1_001 })
    expect(isTokenOwner({ login: 'Alice', type: 'User' }, 'alice')).toBe(true)
    expect(isTokenOwner({ login: 'alice[bot]', type: 'Bot' }, 'alice')).toBe(true)
    expect(isTokenOwner({ login: 'alice', type: 'User' }, 'alice[bot]')).toBe(false)
    expect(isTokenOwner({ login: 'alicex', type: 'User' }, 'alice')).toBe(false)
  })

  it('with a personal access token whose GraphQL call fails, asks GET /user', async () => {
    server.setRoute('POST', '/graphql', () => errorResponse(502, 'Server Error'))
    server.fixtures.viewer = user('release-bot-pat')
    server.fixtures.comments[PR] = [
      comment(1, report('from the default token'), 'github-actions[bot]'),
      comment(2, report('fail'), 'release-bot-pat')
    ]

    const outcome = await upsertStickyComment(client, { ...TARGET, body: report('pass') })

    expect(outcome).toMatchObject({ action: 'updated', id: 1_002 })
    expect(server.requestsTo('POST', '/graphql')).toHaveLength(1)
    expect(server.requestsTo('GET', '/user')).toHaveLength(1)
    expect(server.fixtures.comments[PR]![0]!.body).toBe(report('from the default token'))
  })

  it('makes no PATCH when the body has not changed', async () => {
    server.fixtures.comments[PR] = [comment(1, report('pass'), 'gate-token-owner')]

    const outcome = await upsertStickyComment(client, { ...TARGET, body: report('pass') })

    expect(outcome).toEqual({
      action: 'unchanged',
      id: 1_001,
      url: server.fixtures.comments[PR]![0]!.html_url
    })
    expect(patches()).toHaveLength(0)
    expect(posts()).toHaveLength(0)
  })

  it('skips, naming pull-requests: write and pull_request_target, when creating is forbidden (fork PR)', async () => {
    server.setRoute('POST', '/repos/:owner/:repo/issues/:n/comments', () => integrationForbidden())

    const outcome = await upsertStickyComment(client, { ...TARGET, body: report('fail') })

    expect(outcome.action).toBe('skipped')
    const reason = 'reason' in outcome ? outcome.reason : ''
    expect(reason).toContain('`pull-requests: write`')
    expect(reason).toContain('Resource not accessible by integration')
    expect(reason).toContain('`pull_request_target`')
    expect(reason).toMatch(/forks/)
    expect(reason).not.toMatch(/\n\s+at /) // no stack trace
    expect(server.fixtures.comments[PR] ?? []).toHaveLength(0)
  })

  it('skips with the same advice when updating is forbidden', async () => {
    server.fixtures.comments[PR] = [comment(1, report('fail'), 'gate-token-owner')]
    server.setRoute('PATCH', '/repos/:owner/:repo/issues/comments/:id', () => integrationForbidden())

    const outcome = await upsertStickyComment(client, { ...TARGET, body: report('pass') })

    expect(outcome).toMatchObject({
      action: 'skipped',
      reason: expect.stringContaining('pull-requests: write')
    })
    expect(posts()).toHaveLength(0)
  })

  it('skips when the token owner cannot be identified, and posts nothing', async () => {
    server.fixtures.viewer = null
    server.fixtures.graphqlViewer = null

    const outcome = await upsertStickyComment(client, { ...TARGET, body: report('fail') })

    expect(outcome.action).toBe('skipped')
    expect('reason' in outcome && outcome.reason).toMatch(
      /token's owner could not be identified \(GraphQL viewer: .*Resource not accessible by integration; GET \/user: 403 /
    )
    expect(posts()).toHaveLength(0)
    expect(server.requestsTo('GET', COMMENTS)).toHaveLength(0)
  })

  it('skips on a 404 for the pull request, and on other errors with the status and message', async () => {
    server.setRoute('GET', '/repos/:owner/:repo/issues/:n/comments', () => errorResponse(404, 'Not Found'))
    const missing = await upsertStickyComment(client, { ...TARGET, body: report('fail') })
    expect(missing).toMatchObject({
      action: 'skipped',
      reason: expect.stringMatching(/404 .*Check that pull request #7 in o\/r exists/)
    })

    server.setRoute('GET', '/repos/:owner/:repo/issues/:n/comments', () =>
      errorResponse(500, 'Something broke')
    )
    const broken = await upsertStickyComment(client, { ...TARGET, body: report('fail') })
    expect(broken).toMatchObject({
      action: 'skipped',
      reason: expect.stringContaining('(500: Something broke)')
    })
    expect(posts()).toHaveLength(0)
  })

  it('posts a fresh comment when its own comment was deleted after being listed', async () => {
    server.fixtures.comments[PR] = [comment(1, report('fail'), 'gate-token-owner')]
    server.setRoute('PATCH', '/repos/:owner/:repo/issues/comments/:id', () => errorResponse(404))

    const outcome = await upsertStickyComment(client, { ...TARGET, body: report('pass') })

    expect(outcome.action).toBe('created')
    expect(patches()).toHaveLength(1)
    expect(posts()).toHaveLength(1)
  })
})
