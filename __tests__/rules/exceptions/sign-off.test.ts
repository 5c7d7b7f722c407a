// On a pull request, an exception's `approved_by` is text the pull request may have written itself:
// it counts only when the exception already stood on the base branch, or when the named approver
// approved the head commit (in person, or as an active member of the named team).
import { describe, expect, it } from '@jest/globals'
import { emptyEvidence, type Evidence } from '../../../src/engine/evidence.js'
import { isActiveException, signOffProblem } from '../../../src/engine/waivers.js'
import { parseManifest } from '../../../src/manifest/parse.js'
import type { Manifest } from '../../../src/manifest/types.js'
import rule from '../../../src/rules/exceptions/mg801-exception-invalid.js'
import { check, COMPLETE, NOW, policyFrom } from '../context.js'
import { OLDER, pullRequest, review } from '../approvals/reviews.js'

function manifestOf(yaml: string): Manifest {
  const parsed = parseManifest(yaml, 'model-governance.yml', { now: NOW })
  if (!parsed.manifest) throw new Error(JSON.stringify(parsed.diagnostics))
  return parsed.manifest
}

/** The base branch without the MG403 exception: the head's exception is new in the change. */
const BASE_WITHOUT = manifestOf(COMPLETE.replace('rule: MG403', 'rule: MG501'))
const HEAD = manifestOf(COMPLETE)
const EXCEPTION = HEAD.exceptions![0]!
const TEAM = { '@acme/ml-governance': ['erin'] }

function evidence(approvals: Evidence['approvals'], base: Manifest = BASE_WITHOUT): Evidence {
  return { ...emptyEvidence(), baseManifest: base, ...(approvals && { approvals }) }
}

describe('exception sign-off', () => {
  it('trusts an exception that already stood on the base branch', () => {
    expect(signOffProblem(EXCEPTION, evidence(pullRequest([]), HEAD))).toBeUndefined()
  })

  it('counts a new exception once a member of the named team approves the head commit', () => {
    const approvals = pullRequest([review('erin', 'APPROVED')], { teams: TEAM })
    expect(signOffProblem(EXCEPTION, evidence(approvals))).toBeUndefined()
    expect(isActiveException(EXCEPTION, NOW, evidence(approvals), policyFrom())).toBe(true)
  })

  it.each([
    { name: 'nobody approved', reviews: [] },
    { name: 'a non-member approved', reviews: [review('zed', 'APPROVED')] },
    { name: 'the member approved an older commit', reviews: [review('erin', 'APPROVED', OLDER)] },
    { name: 'the member is the author', reviews: [review('erin', 'APPROVED')], author: 'erin' }
  ])('refuses a new exception when $name', ({ reviews, author }) => {
    const approvals = pullRequest(reviews, { teams: TEAM, ...(author && { author }) })
    expect(signOffProblem(EXCEPTION, evidence(approvals))).toMatch(
      /@acme\/ml-governance has not approved this pull request's head commit/
    )
    expect(isActiveException(EXCEPTION, NOW, evidence(approvals), policyFrom())).toBe(false)
  })

  it('refuses a new exception when the reviews or the team cannot be read', () => {
    const unverifiable = { kind: 'unverifiable', reason: 'HTTP 500' } as const
    expect(signOffProblem(EXCEPTION, evidence(unverifiable))).toMatch(/could not be read \(HTTP 500\)/)
    const hidden = pullRequest([review('erin', 'APPROVED')], {
      teams: { '@acme/ml-governance': { unreadable: 'HTTP 404' } }
    })
    expect(signOffProblem(EXCEPTION, evidence(hidden))).toMatch(/membership of @acme\/ml-governance/)
  })

  it('checks a user approver by login', () => {
    const byDave = { ...EXCEPTION, approved_by: '@Dave' }
    expect(signOffProblem(byDave, evidence(pullRequest([review('dave', 'APPROVED')])))).toBeUndefined()
    expect(signOffProblem(byDave, evidence(pullRequest([review('dave', 'DISMISSED')])))).toMatch(
      /has not approved/
    )
  })

  it('trusts the merged manifest where there are no reviews (a push, a local run)', () => {
    expect(signOffProblem(EXCEPTION, evidence({ kind: 'not-applicable', reason: 'push' }))).toBeUndefined()
    expect(signOffProblem(EXCEPTION, evidence({ kind: 'local', reason: 'no --pr' }))).toBeUndefined()
    expect(signOffProblem(EXCEPTION, evidence(undefined))).toBeUndefined()
  })

  it('MG801 reports an exception the change adds without its approver approving, at approved_by', () => {
    const hits = check(rule, COMPLETE, { evidence: evidence(pullRequest([], { teams: TEAM })) })
    expect(hits).toEqual([
      expect.objectContaining({
        model: 'support-triage',
        message: expect.stringMatching(
          /^The exception for MG403 on model support-triage waives nothing yet: @acme\/ml-governance has not approved/
        ) as unknown,
        location: expect.objectContaining({
          line: COMPLETE.split('\n').findIndex((l) => l.includes('approved_by: "@acme')) + 1
        }) as unknown
      })
    ])
  })
})
