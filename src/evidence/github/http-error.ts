// How a failed GitHub API call is told: its status, GitHub's message, and whether retries were spent.
// Shared by every adapter that talks to the API, so each failure reads the same in a finding.

export function isStatus(error: unknown, status: number): boolean {
  return typeof error === 'object' && error !== null && 'status' in error && error.status === status
}

/** "HTTP 500: Internal Server Error, after retries" and the like, without the request's headers. */
export function httpSummary(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'status' in error) {
    const status = Number((error as { status: unknown }).status)
    const first = error instanceof Error ? (error.message.split('\n')[0] ?? '') : ''
    const message = first.replace(/ - https:\/\/\S+$/, '')
    return `HTTP ${status}${message ? `: ${message}` : ''}${status >= 500 ? ', after retries' : ''}`
  }
  return error instanceof Error ? error.message : String(error)
}
