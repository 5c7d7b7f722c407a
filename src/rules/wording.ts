// Small helpers for the sentences rules write, so every message lists things the same way.

/** "a", "a and b", "a, b and c" (or "or"). */
export function listOf(items: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1] ?? ''}`
}

/** "1 approval", "2 approvals"; "1 person", "2 people" with the plural given. */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`
}
