import { describe, expect, it } from '@jest/globals'
import rule from '../../../src/rules/approvals/mg201-approvers-undeclared.js'
import type { TeamFact } from '../../../src/engine/evidence.js'
import { check as checkWith, COMPLETE, policyFrom, without, at, type ContextOptions } from '../context.js'
import type { Rule } from '../../../src/engine/rule.js'

const TEAM = '@acme/ml-governance'
/** The approver team as the API lists it: two active members. */
const READABLE = new Map<string, TeamFact>([[TEAM, { kind: 'members', members: new Set(['erin', 'frank']) }]])

/** MG201 with the approver team's members read, unless a test gives other evidence. */
function check(r: Rule, yaml: string, options: ContextOptions = {}) {
  return checkWith(r, yaml, { ...options, evidence: { approverTeams: READABLE, ...options.evidence } })
}

function withTeam(fact: TeamFact | undefined): ContextOptions {
  return { evidence: { approverTeams: fact === undefined ? new Map() : new Map([[TEAM, fact]]) } }
}

const APPROVERS = 'approvers: ["@acme/ml-governance", "@dave"]'

/** The complete manifest with its approvals replaced by `approvers` and `min` (none when undefined). */
function approvals(approvers: string, min?: number): string {
  const yaml = COMPLETE.replace(APPROVERS, `approvers: ${approvers}`)
  return min === undefined
    ? without(yaml, 'min_approvals: 2')
    : yaml.replace('min_approvals: 2', `min_approvals: ${min}`)
}

const lightModel = (approach: string, approvalsBlock: string) => `version: 1
models:
  - id: faq-bot
    owner: "@acme/support"
    approach: ${approach}
${approvalsBlock}`

describe('MG201 approvers-undeclared', () => {
  it('passes the complete manifest', () => {
    expect(check(rule, COMPLETE)).toEqual([])
  })

  it('fires once at the model when it has no approvals section', () => {
    const yaml = without(COMPLETE, 'approvals:', true)
    expect(check(rule, yaml)).toEqual([
      {
        message:
          'Model support-triage names no approvers; add `approvals.approvers` with the users or teams ("@login", "@org/team") who approve its updates.',
        model: 'support-triage',
        location: expect.objectContaining(at(yaml, 'id: support-triage')) as unknown
      }
    ])
  })

  it('fires once at `approvals` when it lists no approvers', () => {
    const yaml = without(COMPLETE, APPROVERS)
    const hits = check(rule, yaml)
    expect(hits).toHaveLength(1)
    expect(hits[0]?.message).toContain('names no approvers')
    expect(hits[0]?.location).toMatchObject(at(yaml, 'approvals:'))
  })

  it('fires once at an empty approvers list, and not about the count as well', () => {
    const yaml = approvals('[]', 2)
    const hits = check(rule, yaml)
    expect(hits).toHaveLength(1)
    expect(hits[0]?.message).toContain('names no approvers')
    expect(hits[0]?.location).toMatchObject(at(yaml, 'approvers: ' + '[]', '[]'))
  })

  it("fires once at `min_approvals` when it is below the tier's minimum", () => {
    const yaml = approvals('["@acme/ml-governance", "@dave"]', 1)
    expect(check(rule, yaml)).toEqual([
      {
        message:
          "Model support-triage sets `min_approvals: 1`, below the high tier's minimum of 2; raise it to at least 2.",
        model: 'support-triage',
        location: expect.objectContaining(at(yaml, 'min_approvals: ' + '1', '1')) as unknown
      }
    ])
  })

  it('fires once at `min_approvals` when it asks for more approvals than the users named', () => {
    const yaml = approvals('["@dave", "@erin"]', 3)
    const hits = check(rule, yaml)
    expect(hits).toEqual([
      {
        message:
          'Model support-triage needs 3 approvals but names only 2 approvers, so no change could ever be approved; add approvers or a team, or lower `min_approvals` to 2.',
        model: 'support-triage',
        location: expect.objectContaining(at(yaml, 'min_approvals: ' + '3', '3')) as unknown
      }
    ])
  })

  it('counts a repeated approver once, whatever its case', () => {
    const yaml = approvals('["@dave", "@Dave", "@dave"]', 2)
    const hits = check(rule, yaml)
    expect(hits).toHaveLength(1)
    expect(hits[0]?.message).toBe(
      'Model support-triage needs 2 approvals but names only 1 approver, so no change could ever be approved; add approvers or a team to `approvals.approvers`.'
    )
    expect(hits[0]?.location).toMatchObject(at(yaml, 'min_approvals: ' + '2', '2'))
  })

  it("takes the tier's minimum when min_approvals is absent, and fires at the approvers", () => {
    const yaml = approvals('["@dave"]')
    const hits = check(rule, yaml)
    expect(hits).toHaveLength(1)
    expect(hits[0]?.message).toContain(
      "needs 2 approvals (the high tier's minimum) but names only 1 approver"
    )
    expect(hits[0]?.location).toMatchObject(at(yaml, '["@dave"]'))
    expect(check(rule, approvals('["@dave", "@erin"]'))).toEqual([])
  })

  it('reports a minimum below the tier and too few approvers for the tier as two problems', () => {
    const yaml = approvals('["@dave"]', 1)
    const hits = check(rule, yaml)
    expect(hits.map((hit) => hit.location)).toEqual([
      expect.objectContaining(at(yaml, 'min_approvals: ' + '1', '1')),
      expect.objectContaining(at(yaml, '["@dave"]'))
    ])
  })

  it("counts an approver team's active members with the users, once each, and says whom it counted", () => {
    expect(check(rule, approvals('["@acme/ml-governance"]', 2))).toEqual([])
    expect(check(rule, approvals('["@dave", "@acme/ml-governance"]', 3))).toEqual([])
    // @erin is named and in the team: one person.
    const yaml = approvals('["@erin", "@dave", "@acme/ml-governance"]', 4)
    expect(check(rule, yaml)).toEqual([
      {
        message:
          'Model support-triage needs 4 approvals but its approvers are only 3 people (2 users named and the 2 active members of @acme/ml-governance), so no change could ever be approved; add approvers or a team, or lower `min_approvals` to 3.',
        model: 'support-triage',
        location: expect.objectContaining(at(yaml, 'min_approvals: ' + '4', '4')) as unknown
      }
    ])
  })

  it('cannot prove a shortfall when a team could not be read: a note that says which team and why', () => {
    const yaml = approvals('["@dave", "@acme/ml-governance"]', 5)
    const unreadable = withTeam({
      kind: 'unreadable',
      reason: 'HTTP 403: Resource not accessible by integration'
    })
    expect(check(rule, yaml, unreadable)).toEqual([
      {
        message:
          "Model support-triage needs 5 approvals; counting 1 user named gives 1 person, and the members of @acme/ml-governance (HTTP 403: Resource not accessible by integration) could not be counted, so it is not known whether a change can be approved; give the gate a token that can read team members (the action's team-token input with Members: read; GITHUB_TOKEN and --pr for the CLI), or name enough approvers by login.",
        atMost: 'note',
        model: 'support-triage',
        location: expect.objectContaining(at(yaml, 'min_approvals: ' + '5', '5')) as unknown
      }
    ])
    // Nothing gathered (a local run): the same note, with that reason.
    const [hit] = check(rule, yaml, withTeam(undefined))
    expect(hit?.message).toContain('@acme/ml-governance (its members were not read)')
    // The users alone may suffice: then the team does not matter.
    expect(check(rule, approvals('["@dave", "@erin", "@acme/ml-governance"]', 2), unreadable)).toEqual([])
  })

  it('counts an empty readable team as nobody', () => {
    const yaml = approvals('["@acme/ml-governance"]', 2)
    const hits = check(rule, yaml, withTeam({ kind: 'members', members: new Set() }))
    expect(hits[0]?.message).toContain(
      'its approvers are only 0 people (0 users named and the 0 active members'
    )
    expect(hits[0]?.atMost).toBeUndefined()
  })

  it("follows the tier's min_approvals", () => {
    const policy = policyFrom('tiers:\n  high:\n    min_approvals: 3\n')
    const yaml = approvals('["@dave", "@erin"]', 2)
    const hits = check(rule, yaml, { policy })
    expect(hits.map((hit) => hit.message)).toEqual([
      "Model support-triage sets `min_approvals: 2`, below the high tier's minimum of 3; raise it to at least 3.",
      "Model support-triage needs 3 approvals (the high tier's minimum) but names only 2 approvers, so no change could ever be approved; add approvers or a team to `approvals.approvers`."
    ])
    const lenient = policyFrom('tiers:\n  high:\n    min_approvals: 1\n')
    expect(check(rule, approvals('["@dave"]', 1), { policy: lenient })).toEqual([])
    // A model without risk_tier gets the default (medium) tier: one approval.
    expect(check(rule, without(approvals('["@dave"]', 1), 'risk_tier: high'))).toEqual([])
  })

  it('does not ask for approvals the tier does not require, but checks a declared section', () => {
    const policy = policyFrom('tiers:\n  high:\n    require: [data, evaluation]\n')
    expect(check(rule, without(COMPLETE, 'approvals:', true), { policy })).toEqual([])
    expect(check(rule, without(COMPLETE, APPROVERS), { policy })).toHaveLength(1)
  })

  it('asks prompt and retrieval models for approvers, and nothing more', () => {
    for (const approach of ['prompt', 'retrieval']) {
      const bare = lightModel(approach, '')
      const hits = check(rule, bare)
      expect(hits).toHaveLength(1)
      expect(hits[0]?.message).toContain('Model faq-bot names no approvers')
      expect(hits[0]?.location).toMatchObject(at(bare, 'id: faq-bot'))
      const counted = lightModel(
        approach,
        '    approvals:\n      approvers: ["@dave"]\n      min_approvals: 5\n'
      )
      expect(check(rule, counted)).toEqual([])
    }
  })
})
