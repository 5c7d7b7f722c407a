// Training frameworks and artifacts: one true positive and one near-miss per ecosystem module.
import { describe, expect, it } from '@jest/globals'
import { FRAMEWORK_CASES } from './cases/frameworks.js'
import { added, hitsOf } from './helpers.js'

describe.each(FRAMEWORK_CASES)('$ecosystem', ({ positive, nearMiss }) => {
  it('fires on its true positive at the evidence line', () => {
    expect(hitsOf(added(positive.path, positive.content))).toContain(positive.hit)
  })

  it('stays silent on its near-miss', () => {
    expect(hitsOf(added(nearMiss.path, nearMiss.content))).toEqual([])
  })
})
