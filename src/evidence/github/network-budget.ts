// Bounded network time. Every GitHub API request has a timeout; each phase of a run that talks to the
// API (gathering evidence, then posting the comment) has a deadline; and no retry is scheduled that
// would end after it. When time runs out, requests fail fast with a NetworkDeadlineError, the adapter
// that asked turns it into "unavailable", and the gate fails closed with the reason (MG203 for
// approvals, MG001 for the change) while still writing its summary, outputs and report.

export interface NetworkLimits {
  /** One request, headers and body together (the `api-timeout` input, in ms). */
  requestTimeoutMs: number
  /** The whole phase, every request and retry wait included (the `api-deadline` input, in ms). */
  deadlineMs: number
}

/** 30 s per request; 120 s for the phase, several times what a 3,000-file pull request needs. */
export const DEFAULT_NETWORK_LIMITS: NetworkLimits = { requestTimeoutMs: 30_000, deadlineMs: 120_000 }

/** The deadline ran out. Named AbortError so that octokit passes it through and never retries it. */
export class NetworkDeadlineError extends Error {
  override readonly name = 'AbortError'
  readonly deadlineExceeded = true
}

/** One request got no whole answer within the request timeout (octokit wraps it; plugin-retry retries). */
export class RequestTimeoutError extends Error {
  override readonly name = 'TimeoutError'
}

export interface NetworkBudget {
  readonly limits: NetworkLimits
  /** Aborts when the deadline passes. */
  readonly signal: AbortSignal
  remainingMs(): number
  /** Stops the deadline timer (the phase is over). */
  end(): void
}

export function startNetworkBudget(limits: NetworkLimits = DEFAULT_NETWORK_LIMITS): NetworkBudget {
  const controller = new AbortController()
  const ends = Date.now() + limits.deadlineMs
  const timer = setTimeout(
    () => controller.abort(new NetworkDeadlineError(deadlineMessage(limits))),
    limits.deadlineMs
  )
  // A pending deadline never keeps the process alive by itself.
  timer.unref?.()
  return {
    limits,
    signal: controller.signal,
    remainingMs: () => Math.max(0, ends - Date.now()),
    end: () => clearTimeout(timer)
  }
}

function deadlineMessage(limits: NetworkLimits): string {
  return `the GitHub API deadline of ${seconds(limits.deadlineMs)} (the api-deadline input) ran out`
}

/**
 * A fetch that honours the budget: no request starts after the deadline, each request (its body
 * included, so a stalled body cannot hang the run) is aborted at its timeout or at the deadline.
 */
export function boundedFetch(budget: NetworkBudget, inner: typeof fetch = globalThis.fetch): typeof fetch {
  return async (input, init) => {
    const what = describeRequest(input, init)
    if (budget.signal.aborted)
      throw new NetworkDeadlineError(`${deadlineMessage(budget.limits)} before ${what}`)
    const timeout = new AbortController()
    const timer = setTimeout(
      () =>
        timeout.abort(
          new RequestTimeoutError(
            `no answer to ${what} within ${seconds(budget.limits.requestTimeoutMs)} (the api-timeout input)`
          )
        ),
      budget.limits.requestTimeoutMs
    )
    const signals = [budget.signal, timeout.signal, ...(init?.signal ? [init.signal] : [])]
    try {
      const response = await inner(input, { ...init, signal: AbortSignal.any(signals) })
      const body = NULL_BODY.has(response.status) ? null : await response.arrayBuffer()
      const buffered = new Response(body, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers
      })
      Object.defineProperty(buffered, 'url', { value: response.url })
      return buffered
    } catch (error) {
      // Say which bound ran out, and on which request; a body read may report it otherwise.
      if (budget.signal.aborted)
        throw new NetworkDeadlineError(`${deadlineMessage(budget.limits)} during ${what}`)
      throw timeout.signal.aborted ? timeout.signal.reason : error
    } finally {
      clearTimeout(timer)
    }
  }
}

/** Statuses whose Response may not carry a body. */
const NULL_BODY = new Set([101, 103, 204, 205, 304])

/** The statuses @octokit/plugin-retry never retries (its doNotRetry default). */
const NOT_RETRIED = new Set([400, 401, 403, 404, 410, 422, 451])

/**
 * An octokit plugin, applied before plugin-retry so that its error hook sees each failure first: a
 * failure that plugin-retry would retry, but whose back-off would end after the deadline, becomes a
 * NetworkDeadlineError, which is not retried. So the retries are bounded in count (plugin-retry's) and in
 * time (the deadline).
 */
export function retryWithinDeadline(budget: NetworkBudget, retryBaseMs: number) {
  return (octokit: {
    hook: { error: (name: 'request', fn: (error: Error, options: object) => never) => void }
  }) => {
    octokit.hook.error('request', (error, options) => {
      const status = (error as { status?: unknown }).status
      const retriable = typeof status === 'number' && status >= 400 && !NOT_RETRIED.has(status)
      // plugin-retry counts the retries done in the request options; the next waits (n + 1)² units.
      const done = (options as RetryState).request?.retryCount ?? 0
      const wait = (done + 1) ** 2 * retryBaseMs
      if (retriable && !(error instanceof NetworkDeadlineError) && wait >= budget.remainingMs()) {
        const cause = error.message.split('\n')[0]
        throw new NetworkDeadlineError(
          `${cause}; no time is left to retry: ${deadlineMessage(budget.limits)}`
        )
      }
      throw error
    })
  }
}

interface RetryState {
  request?: { retryCount?: number }
}

function describeRequest(input: Parameters<typeof fetch>[0], init: RequestInit | undefined): string {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
  let path = url
  try {
    path = decodeURIComponent(new URL(url).pathname)
  } catch {
    // Not a URL, or not percent-encoded as UTF-8: keep it as it is.
  }
  return `${(init?.method ?? 'GET').toUpperCase()} ${path}`
}

function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(2))} s`
}
