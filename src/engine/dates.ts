// Manifest dates are `YYYY-MM-DD` in UTC; comparing them as strings is exact for that form.

export function utcDay(now: Date): string {
  return now.toISOString().slice(0, 10)
}

/** Whole days from `date` (YYYY-MM-DD) to `now`; negative when the date is in the future. */
export function daysSince(date: string, now: Date): number {
  const then = Date.parse(`${date}T00:00:00Z`)
  const today = Date.parse(`${utcDay(now)}T00:00:00Z`)
  return Math.round((today - then) / 86_400_000)
}

export function isExpired(expiresAt: string, now: Date): boolean {
  return expiresAt < utcDay(now)
}
