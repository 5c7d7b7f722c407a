import { describe, expect, it } from '@jest/globals'
import rule from '../../../src/rules/identities/mg703-identity-lifecycle.js'
import { check, COMPLETE, lineOf, NOW, policyFrom, without } from '../context.js'

const OWNER = '        owner: "@acme/ml-platform"' // the identity's owner (8 spaces), not the model's
const EXPIRES = 'expires_at: 2027-03-31'
const IDENTITY = '- name: ft-pipeline'

/** COMPLETE with the identity's expires_at set to `date`. */
const expiring = (date: string) => COMPLETE.replace(EXPIRES, `expires_at: ${date}`)

const REQUIRE_ALL = '[data, approvals, evaluation, rollback, monitoring, justification, identities]'

describe('MG703 identity-lifecycle', () => {
  it('passes the complete manifest', () => {
    expect(check(rule, COMPLETE)).toEqual([])
  })

  it('fires when the identity has no owner, at the identity', () => {
    const yaml = without(COMPLETE, OWNER)
    const hits = check(rule, yaml)
    expect(hits).toHaveLength(1)
    expect(hits[0]).toMatchObject({
      model: 'support-triage',
      message:
        'Identity ft-pipeline of model support-triage has no owner; add `owner:` (the accountable user or team).',
      location: { file: 'model-governance.yml', line: lineOf(yaml, IDENTITY), column: 9 }
    })
  })

  it('fires when the identity has no expires_at, naming the latest date the tier allows', () => {
    const yaml = without(COMPLETE, EXPIRES)
    const hits = check(rule, yaml)
    expect(hits).toHaveLength(1)
    expect(hits[0]?.location).toMatchObject({ line: lineOf(yaml, IDENTITY), column: 9 })
    expect(hits[0]?.message).toBe(
      'Identity ft-pipeline of model support-triage has no expires_at; add `expires_at:` (when the credential is rotated, 2027-05-23 at the latest).'
    )
  })

  it('reports a missing owner and a missing expires_at in one hit', () => {
    const yaml = without(without(COMPLETE, OWNER), EXPIRES)
    const hits = check(rule, yaml)
    expect(hits).toHaveLength(1)
    expect(hits[0]?.location).toMatchObject({ line: lineOf(yaml, IDENTITY), column: 9 })
    expect(hits[0]?.message).toMatch(/has no owner and no expires_at; add `owner:` .* and `expires_at:` /)
  })

  it('fires at expires_at when the credential has expired', () => {
    const yaml = expiring('2026-10-31')
    const hits = check(rule, yaml)
    expect(hits).toHaveLength(1)
    expect(hits[0]).toMatchObject({
      model: 'support-triage',
      location: { line: lineOf(yaml, 'expires_at: 2026-10-31'), column: 21 }
    })
    expect(hits[0]?.message).toBe(
      'Identity ft-pipeline of model support-triage expired on 2026-10-31; rotate the credential and set a new expires_at (2027-05-23 at the latest).'
    )
  })

  it('treats expires_at as the last valid day', () => {
    expect(check(rule, expiring('2026-11-24'))).toEqual([])
    expect(check(rule, expiring('2026-11-23'))).toHaveLength(1)
  })

  it("fires at expires_at when it lies further out than the tier's maximum lifetime", () => {
    // High tier by default: 180 days from 2026-11-24 is 2027-05-23.
    expect(check(rule, expiring('2027-05-23'))).toEqual([])
    const yaml = expiring('2027-05-24')
    const hits = check(rule, yaml)
    expect(hits).toHaveLength(1)
    expect(hits[0]?.location).toMatchObject({ line: lineOf(yaml, 'expires_at: 2027-05-24'), column: 21 })
    expect(hits[0]?.message).toBe(
      'Identity ft-pipeline of model support-triage expires on 2027-05-24, further out than the 180 days the policy allows for its high tier; rotate it sooner and set expires_at to 2027-05-23 or earlier.'
    )
  })

  it("follows the tier's identity_max_lifetime_days", () => {
    const yaml = expiring('2027-09-30') // 310 days ahead
    expect(check(rule, yaml)).toHaveLength(1)
    expect(check(rule, yaml.replace('risk_tier: high', 'risk_tier: medium'))).toEqual([]) // 365 days
    const strict = policyFrom('tiers:\n  high:\n    identity_max_lifetime_days: 90')
    const hits = check(rule, COMPLETE, { policy: strict }) // 2027-03-31 is 127 days ahead
    expect(hits).toHaveLength(1)
    expect(hits[0]?.message).toContain('the 90 days the policy allows for its high tier')
    expect(hits[0]?.message).toContain('2027-02-22 or earlier')
  })

  it('reports a missing owner and an expired date separately', () => {
    const yaml = without(expiring('2026-01-01'), OWNER)
    const hits = check(rule, yaml)
    expect(hits.map((h) => h.location?.line)).toEqual([
      lineOf(yaml, IDENTITY),
      lineOf(yaml, 'expires_at: 2026-01-01')
    ])
  })

  it('checks every identity', () => {
    const second = [
      '      - name: serving',
      '        kind: service-account',
      '        secret_ref: gcp-secret:SERVING_SA',
      '        expires_at: 2026-06-30',
      ''
    ].join('\n')
    const yaml = COMPLETE.replace('\nexceptions:', `\n${second}\nexceptions:`)
    const hits = check(rule, yaml)
    expect(hits.map((h) => h.location?.line)).toEqual([
      lineOf(yaml, '- name: serving'),
      lineOf(yaml, 'expires_at: 2026-06-30')
    ])
    expect(hits[0]?.message).toContain('Identity serving of model support-triage has no owner;')
  })

  it('reports absent identities only when the tier requires them', () => {
    const yaml = without(COMPLETE, 'identities:', true)
    expect(check(rule, yaml)).toEqual([])
    const requiring = policyFrom(`tiers:\n  high:\n    require: ${REQUIRE_ALL}`)
    const hits = check(rule, yaml, { policy: requiring })
    expect(hits).toHaveLength(1)
    expect(hits[0]).toMatchObject({
      model: 'support-triage',
      location: { line: lineOf(yaml, '- id: support-triage'), column: 5 }
    })
    expect(hits[0]?.message).toBe(
      'Model support-triage declares no identities, but the policy requires them for its high tier; list under `identities:` the credentials its training and serving use, each with `owner:` and `expires_at:`.'
    )
    // Another tier's requirement does not apply.
    const lowOnly = policyFrom(`tiers:\n  low:\n    require: ${REQUIRE_ALL}`)
    expect(check(rule, yaml, { policy: lowOnly })).toEqual([])
  })

  it('uses the injected clock', () => {
    expect(check(rule, COMPLETE, { now: new Date('2027-04-01T00:00:00Z') })).toHaveLength(1)
    expect(check(rule, COMPLETE, { now: NOW })).toEqual([])
  })

  it.each(['prompt', 'retrieval'])('spares %s models', (approach) => {
    const yaml = without(expiring('2026-01-01'), OWNER).replace(
      'approach: fine-tune',
      `approach: ${approach}`
    )
    expect(check(rule, yaml)).toEqual([])
    const requiring = policyFrom(`tiers:\n  high:\n    require: ${REQUIRE_ALL}`)
    const bare = without(COMPLETE, 'identities:', true).replace(
      'approach: fine-tune',
      `approach: ${approach}`
    )
    expect(check(rule, bare, { policy: requiring })).toEqual([])
  })
})
