// Plain-value pull request evidence for the approvals tests: reviews in the order GitHub lists them.
import type { PullRequestApprovals, ReviewFact, TeamFact } from '../../../src/engine/evidence.js'

export const HEAD = 'c0ffee0000000000000000000000000000000001'
export const OLDER = 'decaf00000000000000000000000000000000002'

let nextId = 1

export function review(
  login: string | null,
  state: ReviewFact['state'],
  commitId: string | null = HEAD
): ReviewFact {
  return { id: nextId++, login, state, commitId }
}

export function pullRequest(
  reviews: ReviewFact[],
  options: { author?: string; teams?: Record<string, string[] | { unreadable: string }> } = {}
): PullRequestApprovals {
  const teams = new Map<string, TeamFact>(
    Object.entries(options.teams ?? {}).map(([team, fact]) => [
      team.toLowerCase(),
      Array.isArray(fact)
        ? { kind: 'members', members: new Set(fact.map((m) => m.toLowerCase())) }
        : { kind: 'unreadable', reason: fact.unreadable }
    ])
  )
  return {
    kind: 'pull-request',
    number: 7,
    author: (options.author ?? 'alice').toLowerCase(),
    headSha: HEAD,
    reviews,
    teams
  }
}
