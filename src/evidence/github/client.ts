// The GitHub REST client: @actions/github's Octokit with retries and rate-limit throttling, honouring
// GITHUB_API_URL (so GitHub Enterprise Server and the test server both work).
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'

export type GitHubClient = ReturnType<typeof getOctokit>

export interface ClientOptions {
  token: string
  baseUrl?: string
  /** Retries after a 5xx or a network failure; tests lower it. */
  retries?: number
  /** The back-off unit: retry n waits n² units (default 1000 ms, @octokit/plugin-retry's own). */
  retryBaseMs?: number
  log?: (message: string) => void
}

export function createClient(options: ClientOptions): GitHubClient {
  const log = options.log ?? (() => undefined)
  return getOctokit(
    options.token,
    {
      ...(options.baseUrl !== undefined && { baseUrl: options.baseUrl }),
      request: { retries: options.retries ?? 3 },
      ...(options.retryBaseMs !== undefined && { retry: { retryAfterBaseValue: options.retryBaseMs } }),
      throttle: {
        onRateLimit: (
          retryAfter: number,
          request: { method: string; url: string },
          _octokit: unknown,
          count: number
        ) => {
          log(`GitHub rate limit hit on ${request.method} ${request.url}; retrying in ${retryAfter}s.`)
          return count < 2
        },
        onSecondaryRateLimit: (retryAfter: number, request: { method: string; url: string }) => {
          log(
            `GitHub secondary rate limit on ${request.method} ${request.url}; not retrying (retry-after ${retryAfter}s).`
          )
          return false
        }
      }
    },
    retry,
    throttling
  )
}
