// Which commits a run compares, taken from the event that started it. Pure: payload in, refs out.

export type EventKind = 'pull_request' | 'merge_group' | 'push' | 'audit'

export interface EventRefs {
  kind: EventKind
  /** The commit the policy and authority are read from. */
  base?: string
  /** The commit under review. */
  head?: string
  pullNumber?: number
  /** Why a base could not be determined, for the summary. */
  note?: string
}

const ZERO_SHA = /^0+$/

interface Payload {
  pull_request?: { number?: number; base?: { sha?: string }; head?: { sha?: string } }
  merge_group?: { base_sha?: string; head_sha?: string; head_ref?: string }
  before?: string
  after?: string
}

export function refsFromEvent(eventName: string, payload: Payload, sha: string | undefined): EventRefs {
  switch (eventName) {
    case 'pull_request':
    case 'pull_request_target':
    case 'pull_request_review':
    case 'pull_request_review_comment': {
      const pr = payload.pull_request
      return { kind: 'pull_request', base: pr?.base?.sha, head: pr?.head?.sha, pullNumber: pr?.number }
    }
    case 'merge_group': {
      const group = payload.merge_group
      const number = /\/pr-(\d+)-/.exec(group?.head_ref ?? '')?.[1]
      return {
        kind: 'merge_group',
        base: group?.base_sha,
        head: group?.head_sha,
        ...(number !== undefined && { pullNumber: Number(number) })
      }
    }
    case 'push': {
      const newBranch = payload.before === undefined || ZERO_SHA.test(payload.before)
      return {
        kind: 'push',
        base: newBranch ? (payload.after ?? sha) : payload.before,
        head: payload.after ?? sha,
        ...(newBranch && { note: 'The push created a branch, so the pushed commit itself is the base.' })
      }
    }
    default:
      return { kind: 'audit', base: sha, head: sha }
  }
}
