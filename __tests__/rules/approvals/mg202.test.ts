import { describe, expect, it } from '@jest/globals'
import rule from '../../../src/rules/approvals/mg202-approval-missing.js'
import { parseManifest } from '../../../src/manifest/parse.js'
import { at, check, COMPLETE, NOW, policyFrom } from '../context.js'
import { HEAD, OLDER, pullRequest, review } from './reviews.js'

const TEAM = { '@acme/ml-governance': ['erin'] }
const APPROVERS_AT = at(COMPLETE, 'approvers: [', '[')

describe('MG202 approval-missing', () => {
  it('passes with two valid approvals on the head commit', () => {
    const approvals = pullRequest([review('dave', 'APPROVED'), review('erin', 'APPROVED')], { teams: TEAM })
    expect(check(rule, COMPLETE, { evidence: { approvals } })).toEqual([])
  })

  it('fires at the approvers with who counted, who did not and why, and who is still needed', () => {
    const approvals = pullRequest(
      [review('dave', 'APPROVED'), review('alice', 'APPROVED'), review('erin', 'APPROVED', OLDER)],
      { teams: TEAM }
    )
    expect(check(rule, COMPLETE, { evidence: { approvals } })).toEqual([
      {
        message: `Model support-triage has 1 of the 2 approvals it needs on head commit ${HEAD.slice(0, 7)} (counted: @dave). Not counted: @alice is the pull request's author; an author's own approval never counts; @erin approved an older commit ${OLDER.slice(0, 7)}, not the head ${HEAD.slice(0, 7)}; approve again after the latest push. Still needed: 1 approval from @acme/ml-governance (the approvers the base branch's manifest names).`,
        model: 'support-triage',
        location: expect.objectContaining(APPROVERS_AT) as unknown
      }
    ])
  })

  it('says plainly when a new model cannot be approved by anyone', () => {
    const base = parseManifest(COMPLETE.replace('id: support-triage', 'id: other'), 'm.yml', { now: NOW })
    const hits = check(rule, COMPLETE, {
      evidence: { approvals: pullRequest([review('dave', 'APPROVED')]), baseManifest: base.manifest! }
    })
    expect(hits).toHaveLength(1)
    expect(hits[0]?.message).toMatch(/new in this change and the policy names no `governance_approvers`/)
  })

  it('lets the governance approvers approve a new model', () => {
    const base = parseManifest(COMPLETE.replace('id: support-triage', 'id: other'), 'm.yml', { now: NOW })
    const policy = policyFrom('governance_approvers: ["@gov1", "@gov2"]')
    const approvals = pullRequest([review('gov1', 'APPROVED'), review('gov2', 'APPROVED')])
    expect(check(rule, COMPLETE, { policy, evidence: { approvals, baseManifest: base.manifest! } })).toEqual(
      []
    )
    // The model's own approvers do not count without new_model_self_approval.
    const own = pullRequest([review('dave', 'APPROVED'), review('erin', 'APPROVED')], { teams: TEAM })
    expect(
      check(rule, COMPLETE, { policy, evidence: { approvals: own, baseManifest: base.manifest! } })
    ).toHaveLength(1)
  })

  it('checks only the models the change touches', () => {
    const approvals = pullRequest([])
    expect(check(rule, COMPLETE, { evidence: { approvals, touchedModels: new Set(['other']) } })).toEqual([])
    expect(
      check(rule, COMPLETE, { evidence: { approvals, touchedModels: new Set(['support-triage']) } })
    ).toHaveLength(1)
  })

  it('stays silent where MG203 speaks: no reviews, an unreadable base or team', () => {
    const unreadable = pullRequest([review('erin', 'APPROVED')], {
      teams: { '@acme/ml-governance': { unreadable: 'HTTP 404' } }
    })
    expect(check(rule, COMPLETE, { evidence: { approvals: unreadable } })).toEqual([])
    const base = { approvals: pullRequest([]), baseManifestUnavailable: 'HTTP 500' }
    expect(check(rule, COMPLETE, { evidence: base })).toEqual([])
    expect(check(rule, COMPLETE, { evidence: { approvals: { kind: 'unverifiable', reason: 'x' } } })).toEqual(
      []
    )
    expect(check(rule, COMPLETE)).toEqual([])
  })
})
