import { describe, expect, it } from '@jest/globals'
import { planAnnotations } from '../../src/report/annotations.js'
import { finding, manyFindings } from './sample-result.js'

const count = (plan: { level: string }[], level: string) => plan.filter((a) => a.level === level).length

describe('planAnnotations', () => {
  it('caps each type at 10, reserves a notice slot for the overflow notice and counts what it left out', () => {
    const findings = [
      ...manyFindings(15, 'note'),
      ...manyFindings(3, 'warning'),
      ...manyFindings(25, 'error')
    ]
    const { plan, omitted } = planAnnotations(findings)
    expect(count(plan, 'error')).toBe(10)
    expect(count(plan, 'warning')).toBe(3)
    expect(count(plan, 'notice')).toBe(10)
    expect(omitted).toBe(15 + 6)
    const last = plan[plan.length - 1]
    expect(last?.level).toBe('notice')
    expect(last?.message).toBe(
      '21 more findings are not annotated here (GitHub shows 10 per type); see the job summary or the JSON report.'
    )
    expect(plan.map((a) => a.level)).toEqual([
      ...Array(10).fill('error'),
      ...Array(3).fill('warning'),
      ...Array(10).fill('notice')
    ])
  })

  it('orders by severity, then file, line and column', () => {
    const findings = [
      finding({ severity: 'note', file: 'a.yml', line: 1 }),
      finding({ severity: 'error', file: 'b.yml', line: 2, column: 5 }),
      finding({ severity: 'error', file: 'b.yml', line: 2, column: 3 }),
      finding({ severity: 'error', file: 'a.yml', line: 9 }),
      finding({ severity: 'warning', file: 'a.yml', line: 1 })
    ]
    const { plan, omitted } = planAnnotations(findings)
    expect(omitted).toBe(0)
    expect(
      plan.map((a) => [a.level, a.properties.file, a.properties.startLine, a.properties.startColumn])
    ).toEqual([
      ['error', 'a.yml', 9, 11],
      ['error', 'b.yml', 2, 3],
      ['error', 'b.yml', 2, 5],
      ['warning', 'a.yml', 1, 11],
      ['notice', 'a.yml', 1, 11]
    ])
  })

  it('plans exactly 10 notices and no overflow notice when nothing is left out', () => {
    const { plan, omitted } = planAnnotations(manyFindings(10, 'note'))
    expect(omitted).toBe(0)
    expect(plan).toHaveLength(10)
    expect(plan.every((a) => a.properties.title.startsWith('MG101'))).toBe(true)
  })

  it('honours perType and says "1 more finding is"', () => {
    const { plan, omitted } = planAnnotations(manyFindings(3, 'error'), { perType: 2 })
    expect(count(plan, 'error')).toBe(2)
    expect(omitted).toBe(1)
    expect(plan[2]?.message).toMatch(/^1 more finding is not annotated here \(GitHub shows 2 per type\)/)
  })

  it('drops columns for multi-line findings and keeps them for single-line ones', () => {
    const multi = planAnnotations([finding({ line: 3, column: 2, endLine: 7, endColumn: 4 })]).plan[0]
    expect(multi?.properties).toEqual({
      title: 'MG303 threshold-not-met (model support-triage)',
      file: 'model-governance.yml',
      startLine: 3,
      endLine: 7
    })
    const single = planAnnotations([finding({ line: 3, column: 2, endLine: 3, endColumn: 9 })]).plan[0]
    expect(single?.properties).toMatchObject({ startLine: 3, endLine: 3, startColumn: 2, endColumn: 9 })
    const noModel = planAnnotations([finding({ model: undefined, file: './x\\y.yml' })]).plan[0]
    expect(noModel?.properties.title).toBe('MG303 threshold-not-met')
    expect(noModel?.properties.file).toBe('x/y.yml')
    const noFile = planAnnotations([finding({ file: undefined })]).plan[0]
    expect(noFile?.properties).toEqual({ title: 'MG303 threshold-not-met (model support-triage)' })
  })

  it('adds the waiver and keeps messages below 4096 characters', () => {
    const waived = finding({
      severity: 'note',
      waiver: { reason: 'eval set rebuilt', approvedBy: 'alice', expiresAt: '2026-12-31' }
    })
    expect(planAnnotations([waived]).plan[0]?.message).toBe(
      'macro_f1 is 0.84, below the minimum 0.88. Waived by exception: eval set rebuilt (approved by alice, expires 2026-12-31).'
    )
    const long = planAnnotations([finding({ message: '😀'.repeat(5000) })]).plan[0]?.message ?? ''
    expect(long.length).toBeLessThan(4096)
    expect(long.endsWith('…')).toBe(true)
    expect(long).not.toMatch(/[\ud800-\udbff]…$/)
  })
})
