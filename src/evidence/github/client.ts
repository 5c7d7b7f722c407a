// The GitHub REST client: @actions/github's Octokit with retries and rate-limit throttling, honouring
// GITHUB_API_URL (so GitHub Enterprise Server and the test server both work), and bounded in time:
// each request has a timeout and every wait, retries included, ends by the budget's deadline.
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import {
  boundedFetch,
  type NetworkBudget,
  retryWithinDeadline,
  startNetworkBudget
} from './network-budget.js'

export type GitHubClient = ReturnType<typeof getOctokit>

export interface ClientOptions {
  token: string
  baseUrl?: string
  /** Retries after a 5xx or a network failure; tests lower it. */
  retries?: number
  /** The back-off unit: retry n waits n² units (default 1000 ms, @octokit/plugin-retry's own). */
  retryBaseMs?: number
  log?: (message: string) => void
  /** The time this client may spend; a fresh default budget (30 s a request, 120 s in all) if absent. */
  budget?: NetworkBudget
}

/** plugin-retry's back-off unit when none is given: retry n waits n² seconds. */
const RETRY_BASE_MS = 1000

export function createClient(options: ClientOptions): GitHubClient {
  const log = options.log ?? (() => undefined)
  const budget = options.budget ?? startNetworkBudget()
  const retryBaseMs = options.retryBaseMs ?? RETRY_BASE_MS
  return getOctokit(
    options.token,
    {
      ...(options.baseUrl !== undefined && { baseUrl: options.baseUrl }),
      request: { retries: options.retries ?? 3, fetch: boundedFetch(budget) },
      retry: { retryAfterBaseValue: retryBaseMs },
      throttle: {
        onRateLimit: (
          retryAfter: number,
          request: { method: string; url: string },
          _octokit: unknown,
          count: number
        ) => {
          // A wait past the deadline is not worth starting: the request fails now, and the gate says why.
          if (count >= 2 || retryAfter * 1000 >= budget.remainingMs()) {
            log(
              `GitHub rate limit hit on ${request.method} ${request.url}; not retrying (retry-after ${retryAfter}s).`
            )
            return false
          }
          log(`GitHub rate limit hit on ${request.method} ${request.url}; retrying in ${retryAfter}s.`)
          return true
        },
        onSecondaryRateLimit: (retryAfter: number, request: { method: string; url: string }) => {
          log(
            `GitHub secondary rate limit on ${request.method} ${request.url}; not retrying (retry-after ${retryAfter}s).`
          )
          return false
        }
      }
    },
    // First, so that its error hook sees a failure before plugin-retry schedules a retry.
    retryWithinDeadline(budget, retryBaseMs),
    retry,
    throttling
  )
}
