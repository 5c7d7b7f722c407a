import { describe, expect, it } from '@jest/globals'
import rule from '../../../src/rules/rollback/mg403-rollback-drill-stale.js'
import { check, COMPLETE, policyFrom, without, at } from '../context.js'

const drilled = (date: string) => COMPLETE.replace('tested_at: 2026-11-02', `tested_at: ${date}`)
const NO_ROLLBACK = without(COMPLETE, '    rollback:', true)
const NO_DRILL = without(COMPLETE, 'tested_at:')

describe('MG403 rollback-drill-stale', () => {
  it('passes the complete manifest (drilled 22 days ago)', () => {
    expect(check(rule, COMPLETE)).toEqual([])
  })

  it('fires at tested_at when the drill is older than the maximum', () => {
    const yaml = drilled('2026-07-27')
    expect(check(rule, yaml)).toEqual([
      {
        model: 'support-triage',
        message:
          'The last rollback drill of support-triage was 120 days ago (2026-07-27), over the 90-day maximum; run a drill and update tested_at.',
        location: expect.objectContaining(at(yaml, 'tested_at:', '2026-07-27'))
      }
    ])
  })

  it('passes a drill exactly at the maximum age and fires one day later', () => {
    expect(check(rule, drilled('2026-08-26'))).toEqual([])
    const hits = check(rule, drilled('2026-08-25'))
    expect(hits).toHaveLength(1)
    expect(hits[0]?.message).toContain('91 days ago')
  })

  it('uses the injected clock', () => {
    expect(check(rule, COMPLETE, { now: new Date('2027-01-31T08:00:00Z') })).toEqual([])
    const hits = check(rule, COMPLETE, { now: new Date('2027-02-01T08:00:00Z') })
    expect(hits).toHaveLength(1)
    expect(hits[0]?.message).toContain('91 days ago (2026-11-02)')
  })

  it("follows the tier's maximum age", () => {
    const lenient = policyFrom('tiers:\n  high:\n    rollback_drill_max_age_days: 180\n')
    expect(check(rule, drilled('2026-07-27'), { policy: lenient })).toEqual([])
    const strict = policyFrom('tiers:\n  high:\n    rollback_drill_max_age_days: 14\n')
    const hits = check(rule, COMPLETE, { policy: strict })
    expect(hits).toHaveLength(1)
    expect(hits[0]?.message).toContain('22 days ago (2026-11-02), over the 14-day maximum')
  })

  it('fires at rollback when tested_at is missing', () => {
    const hits = check(rule, NO_DRILL)
    expect(hits).toHaveLength(1)
    expect(hits[0]).toMatchObject({
      model: 'support-triage',
      message:
        'Model support-triage has no rollback drill on record; run a drill and set `rollback.tested_at:` to its date (at most 90 days old).',
      location: at(NO_DRILL, '    rollback:', 'rollback:')
    })
  })

  it('leaves a missing rollback section to MG401, so one missing control gives one finding', () => {
    expect(check(rule, NO_ROLLBACK)).toEqual([])
  })

  it('checks a declared rollback section even when the tier does not require one', () => {
    const policy = policyFrom('tiers:\n  high:\n    require: [data, approvals]\n')
    expect(check(rule, NO_ROLLBACK, { policy })).toEqual([])
    expect(check(rule, NO_DRILL, { policy })).toHaveLength(1)
    expect(check(rule, drilled('2026-07-27'), { policy })).toHaveLength(1)
  })

  it('spares prompt and retrieval models', () => {
    for (const approach of ['prompt', 'retrieval']) {
      const swap = (yaml: string) => yaml.replace('approach: fine-tune', `approach: ${approach}`)
      expect(check(rule, swap(NO_ROLLBACK))).toEqual([])
      expect(check(rule, swap(drilled('2026-01-05')))).toEqual([])
    }
  })
})
