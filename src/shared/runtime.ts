// Small runtime helpers both faces share: the injectable clock and user-facing error text.

/**
 * The run's clock. MODEL_GOVERNANCE_NOW (YYYY-MM-DD or an ISO timestamp) pins it, so an audit can be
 * replayed as of a given day and tests do not rot; otherwise the real time.
 */
export function clockFromEnv(env: NodeJS.ProcessEnv = process.env): Date {
  const pinned = env.MODEL_GOVERNANCE_NOW
  if (!pinned) return new Date()
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(pinned) ? `${pinned}T12:00:00Z` : pinned)
  if (Number.isNaN(date.getTime()))
    throw new Error(`MODEL_GOVERNANCE_NOW="${pinned}" is not a date; use YYYY-MM-DD.`)
  return date
}

/** An error as one line for a person: the message, never a stack trace. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message
  return String(error)
}
