import { describe, expect, it } from '@jest/globals'
import { run } from '../../../src/engine/run.js'
import { builtInPolicy } from '../../../src/policy/parse.js'
import { parseManifest } from '../../../src/manifest/parse.js'
import rule from '../../../src/rules/approvals/mg203-approval-unverifiable.js'
import { at, check, COMPLETE, MANIFEST_FILE, NOW } from '../context.js'
import { pullRequest, review } from './reviews.js'

const APPROVERS_AT = at(COMPLETE, 'approvers: [', '[')

describe('MG203 approval-unverifiable', () => {
  it('fails closed with the reason when the reviews could not be read', () => {
    const approvals = { kind: 'unverifiable', reason: 'no token was given' } as const
    expect(check(rule, COMPLETE, { evidence: { approvals } })).toEqual([
      {
        message: 'Approvals of model support-triage could not be verified: no token was given.',
        model: 'support-triage',
        location: expect.objectContaining(APPROVERS_AT) as unknown
      }
    ])
  })

  it('fires when the base manifest, which names the approvers, could not be read', () => {
    const evidence = { approvals: pullRequest([]), baseManifestUnavailable: 'HTTP 502' }
    expect(check(rule, COMPLETE, { evidence })[0]?.message).toBe(
      "Approvals of model support-triage could not be verified: the base branch's manifest, which names its approvers, could not be read (HTTP 502)."
    )
  })

  it('fires for an unreadable team only while it could change the outcome', () => {
    const teams = {
      '@acme/ml-governance': { unreadable: 'the token cannot see the team (HTTP 404: Not Found)' }
    }
    const undecided = pullRequest([review('dave', 'APPROVED'), review('erin', 'APPROVED')], { teams })
    const [hit] = check(rule, COMPLETE, { evidence: { approvals: undecided } })
    expect(hit?.message).toMatch(
      /membership of @acme\/ml-governance \(the token cannot see the team \(HTTP 404: Not Found\)\) could not be read, and 1 of 2 approvals are counted without it; give the action a token .* `team-token` input/
    )
    const decided = pullRequest(
      [review('dave', 'APPROVED'), review('erin', 'APPROVED'), review('gus', 'APPROVED')],
      {
        teams: { ...teams }
      }
    )
    // Still undecided: neither erin nor gus is known to be a member.
    expect(check(rule, COMPLETE, { evidence: { approvals: decided } })).toHaveLength(1)
  })

  it('is a note, never an error, in a local run without --pr', () => {
    const parsed = parseManifest(COMPLETE, MANIFEST_FILE, { now: NOW })
    const result = run({
      manifestFile: MANIFEST_FILE,
      manifest: parsed,
      policy: builtInPolicy(),
      scope: 'all',
      evidence: {
        fineTuning: { detected: false, signals: [] },
        baseManifest: parsed.manifest!,
        approvals: { kind: 'local', reason: 'no pull request was named' }
      },
      now: NOW,
      rules: [rule]
    })
    expect(result.findings).toEqual([
      expect.objectContaining({
        ruleId: 'MG203',
        severity: 'note',
        message: expect.stringMatching(
          /not checked in a local run .* pass --pr <number> with GITHUB_TOKEN/
        ) as unknown
      })
    ])
    expect(result.result).toBe('pass')
  })

  it('is silent outside a pull request and when nothing gathered approvals', () => {
    expect(
      check(rule, COMPLETE, { evidence: { approvals: { kind: 'not-applicable', reason: 'push' } } })
    ).toEqual([])
    expect(check(rule, COMPLETE)).toEqual([])
  })
})
