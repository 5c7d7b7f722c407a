import { describe, expect, it } from '@jest/globals'
import rule from '../../../src/rules/exceptions/mg801-exception-invalid.js'
import { check, COMPLETE, contextFor, lineOf, NOW, policyFrom, without } from '../context.js'

const ENTRY = '  - rule: MG403'
const APPROVED = 'approved_by: "@acme/ml-governance"'

/** COMPLETE with `from` (which must occur) replaced by `to`. */
function edit(from: string, to: string, yaml = COMPLETE): string {
  expect(yaml).toContain(from)
  return yaml.replace(from, to)
}

describe('MG801 exception-invalid', () => {
  it('passes the complete manifest: its MG403 exception is approved by a base approver and not expired', () => {
    expect(NOW.toISOString().slice(0, 10)).toBe('2026-11-24')
    expect(check(rule, COMPLETE)).toEqual([])
  })

  it('passes a manifest without exceptions', () => {
    expect(check(rule, without(COMPLETE, 'exceptions:', true))).toEqual([])
  })

  it('fires at rule when the rule id is not in the catalogue', () => {
    const yaml = edit('rule: MG403', 'rule: MG999')
    const hits = check(rule, yaml)
    expect(hits).toEqual([
      {
        message:
          'The exception for MG999 on model support-triage names rule MG999, which does not exist; use a rule id from docs/rules or remove the exception.',
        model: 'support-triage',
        location: expect.objectContaining({ line: lineOf(yaml, 'rule: MG999'), column: 11 })
      }
    ])
  })

  it.each(['MG002', 'MG801'])('fires at rule when it tries to waive the unwaivable %s', (id) => {
    const yaml = edit('rule: MG403', `rule: ${id}`)
    const hits = check(rule, yaml)
    expect(hits).toHaveLength(1)
    expect(hits[0]?.location).toMatchObject({ line: lineOf(yaml, `rule: ${id}`), column: 11 })
    expect(hits[0]?.message).toBe(
      `The exception for ${id} on model support-triage cannot apply: ${id} can never be waived; fix what it reports and remove the exception.`
    )
  })

  it('fires at model when the model is not in the manifest, without naming a model on the hit', () => {
    const yaml = edit('model: support-triage', 'model: ghost')
    const hits = check(rule, yaml)
    expect(hits).toHaveLength(1)
    expect(hits[0]?.model).toBeUndefined()
    expect(hits[0]?.location).toMatchObject({ line: lineOf(yaml, 'model: ghost'), column: 12 })
    expect(hits[0]?.message).toBe(
      "The exception for MG403 on model ghost names a model that is not in the manifest's models; correct the model id or remove the exception."
    )
  })

  it('fires at the exception when it is unapproved', () => {
    const yaml = without(COMPLETE, APPROVED)
    const hits = check(rule, yaml)
    expect(hits).toHaveLength(1)
    expect(hits[0]).toMatchObject({
      model: 'support-triage',
      location: { line: lineOf(yaml, ENTRY), column: 5 }
    })
    expect(hits[0]?.message).toMatch(/^The exception for MG403 on model support-triage is unapproved; add/)
  })

  it('fires at the exception when it has no expires_at', () => {
    const yaml = without(COMPLETE, 'expires_at: 2026-12-15')
    const hits = check(rule, yaml)
    expect(hits).toHaveLength(1)
    expect(hits[0]?.location).toMatchObject({ line: lineOf(yaml, ENTRY), column: 5 })
    expect(hits[0]?.message).toContain('has no expires_at; exceptions must be time-boxed')
  })

  it('fires at expires_at when the exception has expired', () => {
    const yaml = edit('expires_at: 2026-12-15', 'expires_at: 2026-11-23')
    const hits = check(rule, yaml)
    expect(hits).toHaveLength(1)
    expect(hits[0]?.location).toMatchObject({ line: lineOf(yaml, 'expires_at: 2026-11-23'), column: 17 })
    expect(hits[0]?.message).toBe(
      'The exception for MG403 on model support-triage expired on 2026-11-23; fix the finding and remove the exception, or renew it with a new expires_at and approval.'
    )
    // expires_at is the last day the exception applies.
    expect(check(rule, edit('expires_at: 2026-12-15', 'expires_at: 2026-11-24'))).toEqual([])
    expect(check(rule, COMPLETE, { now: new Date('2026-12-16T00:00:00Z') })).toHaveLength(1)
  })

  it('fires at approved_by when the approver has no authority on the base branch', () => {
    const yaml = edit(APPROVED, 'approved_by: "@mallory"')
    const hits = check(rule, yaml)
    expect(hits).toHaveLength(1)
    expect(hits[0]).toMatchObject({
      model: 'support-triage',
      location: { line: lineOf(yaml, '"@mallory"'), column: 18 }
    })
    expect(hits[0]?.message).toBe(
      "The exception for MG403 on model support-triage is approved by @mallory, who has no authority to waive it (only model support-triage's approvers on the base branch and the policy's governance_approvers count); have an authorised approver approve it."
    )
  })

  it('takes authority from the base manifest, not from the pull request', () => {
    // The pull request adds @mallory as an approver and has @mallory approve the exception.
    const head = edit('"@dave"]', '"@dave", "@mallory"]', edit(APPROVED, 'approved_by: "@mallory"'))
    const base = contextFor(COMPLETE).manifest
    expect(check(rule, head, { evidence: { baseManifest: base } })).toHaveLength(1)
    // Once @mallory is an approver on the base branch, the exception is valid.
    expect(check(rule, head, { evidence: { baseManifest: contextFor(head).manifest } })).toEqual([])
  })

  it("accepts the policy's governance approvers", () => {
    const yaml = edit(APPROVED, 'approved_by: "@acme/governance-board"')
    expect(check(rule, yaml)).toHaveLength(1)
    const policy = policyFrom('governance_approvers: ["@acme/governance-board"]')
    expect(check(rule, yaml, { policy })).toEqual([])
  })

  it('counts only governance approvers when the base manifest is unavailable, and says so', () => {
    const hits = check(rule, COMPLETE, { evidence: { baseManifest: undefined } })
    expect(hits).toHaveLength(1)
    expect(hits[0]?.location).toMatchObject({
      line: lineOf(COMPLETE, APPROVED),
      column: 18
    })
    expect(hits[0]?.message).toContain(
      "the base branch's manifest was not available, so only the policy's governance_approvers count"
    )
    const policy = policyFrom('governance_approvers: ["@acme/ml-governance"]')
    expect(check(rule, COMPLETE, { policy, evidence: { baseManifest: undefined } })).toEqual([])
  })

  it('reports every problem of an exception, each at its field', () => {
    const yaml = edit(
      'expires_at: 2026-12-15',
      'expires_at: 2026-01-31',
      edit('rule: MG403', 'rule: MG999', edit(APPROVED, 'approved_by: "@mallory"'))
    )
    const hits = check(rule, yaml)
    expect(hits.map((h) => h.location?.line)).toEqual([
      lineOf(yaml, 'rule: MG999'),
      lineOf(yaml, '"@mallory"'),
      lineOf(yaml, 'expires_at: 2026-01-31')
    ])
  })

  it('checks every exception, including those of models the run does not check and of prompt models', () => {
    const more = [
      '  - rule: MG501',
      '    model: support-triage',
      '    reason: Dashboard moves next sprint.',
      '    approved_by: "@dave"',
      '    expires_at: 2026-12-01',
      '  - rule: MG201',
      '    model: faq-bot',
      '    reason: Prompt-only bot.',
      '    expires_at: 2026-12-01',
      ''
    ].join('\n')
    const prompt = [
      '  - id: faq-bot',
      '    owner: "@acme/support-ops"',
      '    approach: prompt',
      '',
      'exceptions:'
    ].join('\n')
    const yaml = `${COMPLETE.replace('exceptions:', prompt)}${more}`
    const context = contextFor(yaml)
    const hits = rule.check({ ...context, models: [] })
    expect(hits).toHaveLength(1)
    expect(hits[0]).toMatchObject({
      model: 'faq-bot',
      location: { line: lineOf(yaml, '  - rule: MG201'), column: 5 }
    })
    expect(hits[0]?.message).toContain('The exception for MG201 on model faq-bot is unapproved')
  })

  it('reports nothing when there is no valid manifest', () => {
    expect(rule.check({ ...contextFor(COMPLETE), manifest: undefined })).toEqual([])
  })
})
