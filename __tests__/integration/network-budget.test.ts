// Bounded network time against real loopback servers: a request that never answers, a body that
// stalls, 5xx answers whose retries would outlive the deadline, and requests after the deadline.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createClient } from '../../src/evidence/github/client.js'
import { httpSummary } from '../../src/evidence/github/http-error.js'
import {
  NetworkDeadlineError,
  startNetworkBudget,
  type NetworkLimits
} from '../../src/evidence/github/network-budget.js'
import { startGitHubServer, type GitHubServer } from '../support/github-server.js'

const REVIEWS = '/repos/o/r/pulls/1/reviews'
let server: GitHubServer

beforeAll(async () => {
  server = await startGitHubServer()
  server.fixtures.reviews[1] = []
})
afterAll(async () => server.close())

function clientWith(limits: NetworkLimits, options: { retries?: number; retryBaseMs?: number } = {}) {
  const budget = startNetworkBudget(limits)
  const client = createClient({
    token: 't',
    baseUrl: server.url,
    budget,
    retries: options.retries ?? 3,
    retryBaseMs: options.retryBaseMs ?? 1
  })
  return { client, budget }
}

/** The failure and how long it took. */
async function failure(promise: Promise<unknown>): Promise<{ error: unknown; ms: number }> {
  const started = Date.now()
  try {
    await promise
  } catch (error) {
    return { error, ms: Date.now() - started }
  }
  throw new Error('expected the request to fail')
}

describe('the client under a network budget', () => {
  it('times out a request that never answers, retries it, and says which bound ran out', async () => {
    server.setRoute('GET', '/repos/:owner/:repo/pulls/:n/reviews', () => new Promise(() => undefined))
    const { client, budget } = clientWith({ requestTimeoutMs: 150, deadlineMs: 5_000 })
    const before = server.requestsTo('GET', REVIEWS).length
    const { error, ms } = await failure(
      client.rest.pulls.listReviews({ owner: 'o', repo: 'r', pull_number: 1 })
    )
    budget.end()
    // Four attempts of 150 ms and waits of 1, 4 and 9 ms.
    expect(server.requestsTo('GET', REVIEWS).length - before).toBe(4)
    expect(ms).toBeGreaterThanOrEqual(4 * 150 - 20)
    expect(ms).toBeLessThan(3_000)
    expect(httpSummary(error)).toBe(
      `no answer to GET ${REVIEWS} within 0.15 s (the api-timeout input), after 3 retries`
    )
  })

  it('stops at the deadline, mid-request, and retries nothing after it', async () => {
    server.setRoute('GET', '/repos/:owner/:repo/pulls/:n/reviews', () => new Promise(() => undefined))
    const { client } = clientWith({ requestTimeoutMs: 10_000, deadlineMs: 300 })
    const before = server.requestsTo('GET', REVIEWS).length
    const { error, ms } = await failure(
      client.rest.pulls.listReviews({ owner: 'o', repo: 'r', pull_number: 1 })
    )
    expect(error).toBeInstanceOf(NetworkDeadlineError)
    expect(ms).toBeLessThan(1_500)
    expect(server.requestsTo('GET', REVIEWS).length - before).toBe(1)
    expect(httpSummary(error)).toBe(
      `the GitHub API deadline of 0.3 s (the api-deadline input) ran out during GET ${REVIEWS}`
    )
  })

  it('starts no request once the deadline has passed', async () => {
    const { client } = clientWith({ requestTimeoutMs: 1_000, deadlineMs: 1 })
    await new Promise((resolve) => setTimeout(resolve, 20))
    const before = server.requests.length
    const { error, ms } = await failure(client.rest.pulls.get({ owner: 'o', repo: 'r', pull_number: 1 }))
    expect(error).toBeInstanceOf(NetworkDeadlineError)
    expect(httpSummary(error)).toMatch(/ran out before GET \/repos\/o\/r\/pulls\/1$/)
    expect(ms).toBeLessThan(200)
    expect(server.requests.length).toBe(before)
  })

  it('does not wait for a retry that would end after the deadline', async () => {
    server.setRoute('GET', '/repos/:owner/:repo/pulls/:n/reviews', () => 502)
    // Retry n waits n² × 200 ms: the first retry (200 ms) fits in 700 ms, the second (800 ms) does not.
    const { client } = clientWith({ requestTimeoutMs: 1_000, deadlineMs: 700 }, { retryBaseMs: 200 })
    const before = server.requestsTo('GET', REVIEWS).length
    const { error, ms } = await failure(
      client.rest.pulls.listReviews({ owner: 'o', repo: 'r', pull_number: 1 })
    )
    expect(error).toBeInstanceOf(NetworkDeadlineError)
    expect(server.requestsTo('GET', REVIEWS).length - before).toBe(2)
    expect(ms).toBeLessThan(700)
    expect(httpSummary(error)).toMatch(
      /^Server Error.*; no time is left to retry: the GitHub API deadline of 0\.7 s \(the api-deadline input\) ran out$/
    )
  })

  describe('a server that sends its headers and stalls the body', () => {
    let stalled: Server
    let url = ''
    beforeAll(async () => {
      stalled = createServer((_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' })
        res.write('[{"id": 1,')
      })
      await new Promise<void>((resolve) => stalled.listen(0, '127.0.0.1', resolve))
      url = `http://127.0.0.1:${(stalled.address() as AddressInfo).port}`
    })
    afterAll(async () => {
      stalled.closeAllConnections()
      await new Promise((resolve) => stalled.close(resolve))
    })

    it('times the body out as well', async () => {
      const budget = startNetworkBudget({ requestTimeoutMs: 150, deadlineMs: 5_000 })
      const client = createClient({ token: 't', baseUrl: url, budget, retries: 0 })
      const { error, ms } = await failure(
        client.rest.pulls.listReviews({ owner: 'o', repo: 'r', pull_number: 1 })
      )
      budget.end()
      expect(ms).toBeLessThan(1_500)
      expect(httpSummary(error)).toMatch(/^no answer to GET \/repos\/o\/r\/pulls\/1\/reviews within 0\.15 s/)
    })
  })
})
