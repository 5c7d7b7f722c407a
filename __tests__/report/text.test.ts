import { describe, expect, it } from '@jest/globals'
import { renderText } from '../../src/report/text.js'
import { finding, sampleResult } from './sample-result.js'

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[/

const result = sampleResult({
  findings: [
    finding(),
    finding({
      severity: 'warning',
      ruleId: 'MG101',
      line: 4,
      column: 3,
      model: undefined,
      message: 'bad\u001b[31m'
    }),
    finding({ severity: 'note', file: undefined, line: undefined, column: undefined, message: 'no place' })
  ],
  notes: ['Approvals cannot be seen locally.']
})

describe('renderText', () => {
  it('groups by file in the stylish layout, then the verdict, policy, detection and notes, with no ANSI', () => {
    const text = renderText(result, { color: false })
    expect(text).not.toMatch(ANSI)
    expect(text).toContain(
      'model-governance.yml\n' +
        '  4:3    warning  bad [31m                                                    MG101\n' +
        '  31:11  error    [support-triage] macro_f1 is 0.84, below the minimum 0.88.  MG303'
    )
    expect(text).toContain('(no file)\n    note  [support-triage] no place  MG303')
    expect(text).toContain('✖ fail: 1 error, 1 warning, 1 note (enforce mode)')
    expect(text).toContain('Policy: .github/model-governance-policy.yml@0123abc (sha256 abcd1234…)')
    expect(text).toContain('Fine-tuning detected: yes (1 signal)')
    expect(text).toContain('Note: Approvals cannot be seen locally.')
  })

  it('colours when asked', () => {
    const text = renderText(result, { color: true })
    expect(text).toMatch(ANSI)
    expect(text).toContain('\u001b[31merror')
    expect(text).toContain('\u001b[33mwarning')
  })

  it('says pass with no findings', () => {
    const text = renderText(sampleResult({ result: 'pass', findings: [] }), { color: false })
    expect(text).toContain('✔ pass: no findings (enforce mode)')
  })
})
