import { describe, expect, it } from '@jest/globals'
import { approvalRequirement, approvalStatus, stillNeeded } from '../../src/engine/approvals.js'
import { parseManifest } from '../../src/manifest/parse.js'
import type { Manifest } from '../../src/manifest/types.js'
import { COMPLETE, NOW, policyFrom } from '../rules/context.js'
import { HEAD, OLDER, pullRequest, review } from '../rules/approvals/reviews.js'

function manifestOf(yaml: string): Manifest {
  const parsed = parseManifest(yaml, 'model-governance.yml', { now: NOW })
  if (!parsed.manifest) throw new Error(JSON.stringify(parsed.diagnostics))
  return parsed.manifest
}

const BASE = manifestOf(COMPLETE)
const ENTRY = BASE.models[0]!
const REQUIREMENT = approvalRequirement(ENTRY, BASE, policyFrom())!
const TEAM = { '@acme/ml-governance': ['erin', 'frank'] }

describe('approvalRequirement', () => {
  it('takes the approvers and the count from the base manifest', () => {
    expect(REQUIREMENT).toMatchObject({
      needed: 2,
      approvers: ['@acme/ml-governance', '@dave'],
      isNew: false
    })
    expect(REQUIREMENT.authority).toMatch(/base branch/)
  })

  it('never needs fewer than the tier minimum, nor than either manifest declares', () => {
    const lowered = manifestOf(COMPLETE.replace('min_approvals: 2', 'min_approvals: 1'))
    // The head lowers min_approvals to 1: the high tier's minimum (2) still binds.
    expect(approvalRequirement(lowered.models[0]!, BASE, policyFrom())?.needed).toBe(2)
    // The base asks for 3 and the head for 2: the stricter count binds.
    const raisedBase = manifestOf(
      COMPLETE.replace('min_approvals: 2', 'min_approvals: 3').replace('"@dave"]', '"@dave", "@gina"]')
    )
    expect(approvalRequirement(ENTRY, raisedBase, policyFrom())?.needed).toBe(3)
  })

  it('ignores approvers the change adds, and remembers them to say why', () => {
    const head = manifestOf(COMPLETE.replace('"@dave"]', '"@dave", "@mallory"]'))
    const requirement = approvalRequirement(head.models[0]!, BASE, policyFrom())!
    expect(requirement.approvers).toEqual(['@acme/ml-governance', '@dave'])
    expect([...requirement.addedInChange]).toEqual(['@mallory'])
  })

  it('a model new in the change is approved by the policy governance approvers only', () => {
    const empty = manifestOf(COMPLETE.replace('id: support-triage', 'id: other-model'))
    const policy = policyFrom('governance_approvers: ["@acme/ai-council"]')
    const requirement = approvalRequirement(ENTRY, empty, policy)!
    expect(requirement).toMatchObject({ approvers: ['@acme/ai-council'], isNew: true })
    expect(requirement.authority).toMatch(/new in this change/)
  })

  it('adds the new model own approvers where the policy allows self approval', () => {
    const policy = policyFrom('governance_approvers: ["@acme/ai-council"]\nnew_model_self_approval: true')
    expect(approvalRequirement(ENTRY, undefined, policy)?.approvers).toEqual([
      '@acme/ai-council',
      '@acme/ml-governance',
      '@dave'
    ])
  })

  it('asks nothing of a prompt model without approvals when the tier does not require them', () => {
    const yaml = 'version: 1\nmodels:\n  - id: faq\n    owner: "@acme/support"\n    approach: prompt\n'
    const policy = policyFrom('tiers:\n  medium:\n    require: [data]')
    expect(approvalRequirement(manifestOf(yaml).models[0]!, undefined, policy)).toBeUndefined()
  })
})

describe('approvalStatus', () => {
  const status = (...args: Parameters<typeof pullRequest>) =>
    approvalStatus('support-triage', REQUIREMENT, pullRequest(...args))

  it('counts a user approver and a team member on the head commit', () => {
    const s = status([review('dave', 'APPROVED'), review('erin', 'APPROVED')], { teams: TEAM })
    expect(s.satisfied).toBe(true)
    expect(s.approvedBy).toEqual([
      { login: 'dave', via: '@dave' },
      { login: 'erin', via: '@acme/ml-governance' }
    ])
  })

  it('counts a person once however many reviews and handles match', () => {
    const s = status([review('Dave', 'APPROVED'), review('dave', 'COMMENTED'), review('DAVE', 'APPROVED')], {
      teams: { '@acme/ml-governance': ['dave'] }
    })
    expect(s.approvedBy).toEqual([{ login: 'Dave', via: '@dave' }])
    expect(s.satisfied).toBe(false)
  })

  it('a later comment does not undo an approval', () => {
    const s = status([review('dave', 'APPROVED'), review('dave', 'COMMENTED')])
    expect(s.approvedBy).toHaveLength(1)
  })

  it.each([
    {
      name: 'the author',
      reviews: [review('alice', 'APPROVED')],
      reason: "is the pull request's author; an author's own approval never counts",
      teams: { '@acme/ml-governance': ['alice'] }
    },
    {
      name: 'a stale approval',
      reviews: [review('dave', 'APPROVED', OLDER)],
      reason: `approved an older commit ${OLDER.slice(0, 7)}, not the head ${HEAD.slice(0, 7)}; approve again after the latest push`
    },
    {
      name: 'an approval of a commit that no longer exists',
      reviews: [review('dave', 'APPROVED', null)],
      reason:
        'approved a commit that no longer exists (it was force-pushed away); approve the head commit again'
    },
    {
      name: 'a dismissed review',
      reviews: [review('dave', 'DISMISSED')],
      reason: 'their review was dismissed; a new approval on the head commit is needed'
    },
    {
      name: 'a superseded approval',
      reviews: [review('dave', 'APPROVED'), review('dave', 'CHANGES_REQUESTED')],
      reason: 'requested changes after approving, which supersedes the approval'
    },
    {
      name: 'a non-approver',
      reviews: [review('zed', 'APPROVED')],
      reason: 'is not among the approvers of support-triage'
    }
  ])('does not count $name, and says why', ({ reviews, reason, teams }) => {
    const s = status(reviews, { teams: teams ?? TEAM })
    expect(s.approvedBy).toEqual([])
    expect(s.notCounted).toEqual([{ login: expect.any(String) as unknown, reason }])
    expect(s.satisfied).toBe(false)
  })

  it('an approval after requested changes counts again', () => {
    const s = status([review('dave', 'CHANGES_REQUESTED'), review('dave', 'APPROVED')])
    expect(s.approvedBy).toEqual([{ login: 'dave', via: '@dave' }])
  })

  it('ignores pending reviews and deleted accounts', () => {
    const s = status([review('dave', 'PENDING'), review(null, 'APPROVED')])
    expect(s.approvedBy).toEqual([])
    expect(s.notCounted).toEqual([])
  })

  it('does not list a non-approver who only commented or requested changes', () => {
    const s = status([review('zed', 'COMMENTED'), review('yan', 'CHANGES_REQUESTED')])
    expect(s.notCounted).toEqual([])
  })

  it('lists an approver who only commented', () => {
    expect(status([review('dave', 'COMMENTED')]).notCounted).toEqual([
      { login: 'dave', reason: 'commented without approving' }
    ])
  })

  it('does not count a pending team member', () => {
    const s = status([review('gus', 'APPROVED')], { teams: { '@acme/ml-governance': [] } })
    expect(s.approvedBy).toEqual([])
  })

  it('says an approver added by the change is not one yet', () => {
    const head = manifestOf(COMPLETE.replace('"@dave"]', '"@dave", "@mallory"]'))
    const requirement = approvalRequirement(head.models[0]!, BASE, policyFrom())!
    const s = approvalStatus(
      'support-triage',
      requirement,
      pullRequest([review('mallory', 'APPROVED')], { teams: TEAM })
    )
    expect(s.notCounted).toEqual([
      {
        login: 'mallory',
        reason:
          'is named as an approver only by this change; approvals count from the approvers on the base branch'
      }
    ])
  })

  it('marks an unreadable team as unverifiable only for reviewers it could decide', () => {
    const unreadable = { '@acme/ml-governance': { unreadable: 'HTTP 404: Not Found' } }
    const s = status([review('dave', 'APPROVED'), review('erin', 'APPROVED')], { teams: unreadable })
    expect(s.approvedBy).toEqual([{ login: 'dave', via: '@dave' }])
    expect(s.unverifiable).toEqual([{ team: '@acme/ml-governance', reason: 'HTTP 404: Not Found' }])
    expect(s.notCounted[0]?.reason).toMatch(/may belong to @acme\/ml-governance/)
  })

  it('says who is still needed', () => {
    const s = status([review('dave', 'APPROVED')], { teams: TEAM })
    expect(stillNeeded(s)).toEqual({ count: 1, from: ['@acme/ml-governance'] })
  })
})
