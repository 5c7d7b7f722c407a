// How a failed GitHub API call is told: its status, GitHub's message, and whether retries were spent.
// Shared by every adapter that talks to the API, so each failure reads the same in a finding.
import { NetworkDeadlineError, RequestTimeoutError } from './network-budget.js'

export function isStatus(error: unknown, status: number): boolean {
  return typeof error === 'object' && error !== null && 'status' in error && error.status === status
}

/** "HTTP 500: Internal Server Error, after retries" and the like, without the request's headers. */
export function httpSummary(error: unknown): string {
  if (error instanceof NetworkDeadlineError) return error.message
  // octokit wraps a timed-out request as an HTTP 500 whose cause is the timeout: say what happened.
  const cause = (error as { cause?: unknown } | null)?.cause
  if (cause instanceof RequestTimeoutError) return `${cause.message}${retriesOf(error)}`
  if (typeof error === 'object' && error !== null && 'status' in error) {
    const status = Number((error as { status: unknown }).status)
    const first = error instanceof Error ? (error.message.split('\n')[0] ?? '') : ''
    const message = first.replace(/ - https:\/\/\S+$/, '')
    return `HTTP ${status}${message ? `: ${message}` : ''}${status >= 500 ? ', after retries' : ''}`
  }
  return error instanceof Error ? error.message : String(error)
}

/** ", after 3 retries" when plugin-retry retried the request. */
function retriesOf(error: unknown): string {
  const count = (error as { request?: { request?: { retryCount?: unknown } } }).request?.request?.retryCount
  return typeof count === 'number' && count > 0 ? `, after ${count} ${count === 1 ? 'retry' : 'retries'}` : ''
}
