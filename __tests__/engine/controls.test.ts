// The controls table: one mark per family, derived from the findings of each checked model.
import { describe, expect, it } from '@jest/globals'
import { controlMarks } from '../../src/engine/controls.js'
import type { Finding } from '../../src/engine/types.js'
import { parseManifest } from '../../src/manifest/parse.js'
import { builtInPolicy, requirementsFor } from '../../src/policy/parse.js'
import { renderMarkdown } from '../../src/report/markdown.js'
import { docsUrlFor } from '../../src/rules/docs.js'
import { COMPLETE, NOW } from '../rules/context.js'

const manifest = parseManifest(
  COMPLETE.replace(
    /^exceptions:/m,
    '  - id: faq-bot\n    owner: "@acme/support"\n    approach: prompt\n\nexceptions:'
  ),
  'model-governance.yml',
  { now: NOW }
).manifest!
const policy = builtInPolicy().policy
const [tuned, prompt] = manifest.models as [(typeof manifest.models)[0], (typeof manifest.models)[0]]

function finding(
  ruleId: Finding['ruleId'],
  severity: Finding['severity'],
  extra: Partial<Finding> = {}
): Finding {
  return { ruleId, ruleName: 'x', severity, message: 'm', model: 'support-triage', ...extra }
}

describe('controlMarks', () => {
  it('marks every family of a complete fine-tune as in place, and identities too when declared', () => {
    expect(controlMarks(tuned, requirementsFor(policy, tuned), [])).toEqual({
      data: 'pass',
      approvals: 'pass',
      evaluation: 'pass',
      rollback: 'pass',
      monitoring: 'pass',
      justification: 'pass',
      identities: 'pass'
    })
  })

  it('takes the worst finding of each family, and shows waivers', () => {
    const marks = controlMarks(tuned, requirementsFor(policy, tuned), [
      finding('MG101', 'warning'),
      finding('MG102', 'error'),
      finding('MG403', 'note', { waiver: { reason: 'r', approvedBy: '@a', expiresAt: '2026-12-01' } }),
      finding('MG501', 'note'),
      finding('MG301', 'error', { model: 'another-model' })
    ])
    expect(marks).toMatchObject({ data: 'error', rollback: 'waived', monitoring: 'note', evaluation: 'pass' })
  })

  it('governs prompt models by approvals only', () => {
    const marks = controlMarks(prompt, requirementsFor(policy, prompt), [])
    expect(marks.approvals).toBe('pass')
    expect(marks.data).toBe('not-required')
    expect(marks.rollback).toBe('not-required')
  })

  it('renders the table in the summary, one row per checked model', () => {
    const controls = controlMarks(tuned, requirementsFor(policy, tuned), [finding('MG403', 'error')])
    const markdown = renderMarkdown(
      {
        version: 1,
        result: 'fail',
        mode: 'enforce',
        policy: { source: 'built-in default', sha256: 'a'.repeat(64), builtIn: true },
        manifest: { file: 'model-governance.yml', found: true },
        fineTuning: { detected: false, signals: [] },
        models: [
          { id: 'support-triage', approach: 'fine-tune', tier: 'high', checked: true, controls },
          {
            id: 'faq-bot',
            approach: 'prompt',
            tier: 'medium',
            checked: true,
            controls: controlMarks(prompt, requirementsFor(policy, prompt), [])
          },
          { id: 'unchanged', approach: 'fine-tune', tier: 'low', checked: false }
        ],
        findings: [],
        notes: []
      },
      { docsUrl: docsUrlFor() }
    )
    expect(markdown).toContain(
      '| Model | Data | Approvals | Evaluation | Rollback | Monitoring | Justification | Identities |'
    )
    expect(markdown).toContain('| `support-triage` | ✅ | ✅ | ✅ | ❌ | ✅ | ✅ | ✅ |')
    expect(markdown).toContain('| `faq-bot` | ➖ | ✅ | ➖ | ➖ | ➖ | ➖ | ➖ |')
    expect(markdown.split('### Controls')[1]).not.toContain('`unchanged`')
    expect(markdown).toContain('governed lightly (an owner and approvers): `faq-bot`')
  })
})
