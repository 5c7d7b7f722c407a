import { describe, expect, it } from '@jest/globals'
import type { Change } from '../../../src/engine/evidence.js'
import type { RuleContext } from '../../../src/engine/rule.js'
import type { Signal } from '../../../src/engine/types.js'
import rule from '../../../src/rules/change/mg001-ungoverned-fine-tune.js'
import { COMPLETE, contextFor, MANIFEST_FILE } from '../context.js'

const axolotl: Signal = {
  id: 'axolotl-config',
  strength: 'strong',
  file: 'training/new-bot/lora.yml',
  line: 4,
  reason: 'axolotl config: adapter: lora'
}
const jsonl: Signal = {
  id: 'chat-jsonl',
  strength: 'weak',
  file: 'data/chat.jsonl',
  line: 1,
  reason: 'chat-format training JSONL'
}
const covered: Signal = { ...axolotl, file: 'training/support-triage/lora.yml' }
const change: Change = { available: true, source: 'git', files: [] }

function detected(...signals: Signal[]) {
  return { change, fineTuning: { detected: true, signals } }
}

/** The rule with no manifest file at all (parsed undefined). */
function withoutManifest(evidence: RuleContext['evidence']): RuleContext {
  const context = contextFor(COMPLETE, { evidence })
  return { ...context, parsed: undefined, manifest: undefined, models: [] }
}

describe('MG001 ungoverned-fine-tune', () => {
  it('is silent when nothing is detected, or every signal is covered by a fine-tune model', () => {
    expect(rule.check(contextFor(COMPLETE, { evidence: { change } }))).toEqual([])
    expect(rule.check(contextFor(COMPLETE, { evidence: detected(covered) }))).toEqual([])
  })

  it('points at the strongest uncovered signal, naming the other files', () => {
    const hits = rule.check(contextFor(COMPLETE, { evidence: detected(jsonl, axolotl) }))
    expect(hits).toHaveLength(1)
    expect(hits[0]?.location).toEqual({ file: 'training/new-bot/lora.yml', line: 4, column: 1 })
    expect(hits[0]?.message).toContain('axolotl config: adapter: lora')
    expect(hits[0]?.message).toContain('also data/chat.jsonl')
  })

  it('fires when there is no manifest at all, saying to add one', () => {
    const hits = rule.check(withoutManifest(detected(axolotl)))
    expect(hits).toHaveLength(1)
    expect(hits[0]?.message).toContain(`add ${MANIFEST_FILE}`)
  })

  it('does not count a prompt model as governing a fine-tune', () => {
    const prompt = COMPLETE.replace('approach: fine-tune', 'approach: prompt')
    expect(rule.check(contextFor(prompt, { evidence: detected(covered) }))).toHaveLength(1)
  })

  it('fails closed when the change could not be read', () => {
    const hits = rule.check(
      contextFor(COMPLETE, {
        evidence: { change: { available: false, reason: 'the files API lists at most 3000 files' } }
      })
    )
    expect(hits).toHaveLength(1)
    expect(hits[0]?.message).toMatch(/could not read this change \(the files API lists at most 3000 files\)/)
  })

  it('counts a PR label as covered when the change touches a declared fine-tune, else points at the manifest', () => {
    const label: Signal = {
      id: 'policy-label',
      strength: 'strong',
      file: 'pull request',
      reason: 'label `fine-tune`'
    }
    expect(rule.check(contextFor(COMPLETE, { evidence: detected(label) }))).toEqual([])
    const untouched = { ...contextFor(COMPLETE, { evidence: detected(label) }), models: [] }
    expect(rule.check(untouched)).toEqual([
      expect.objectContaining({ location: { file: MANIFEST_FILE, line: 1, column: 1 } })
    ])
  })
})
