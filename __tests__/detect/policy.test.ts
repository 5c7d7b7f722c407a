// The policy's part of detection: detect.paths, detect.labels, detect.ignore and detect.builtin.
import { describe, expect, it } from '@jest/globals'
import { detectFineTuning, PULL_REQUEST, type DetectOptions } from '../../src/evidence/detect/index.js'
import type { DetectInput } from '../../src/evidence/detect/types.js'
import { added, lines, modified } from './helpers.js'

const BASE: DetectOptions = { builtin: true, extraGlobs: [], ignoreGlobs: [], labels: [], labelTriggers: [] }
const JOB = added('ml/jobs/start.py', 'client.fine_tuning.jobs.create(training_file=f, model=m)')
const NOTES = added('training/notes.txt', 'plan')

function run(inputs: DetectInput[], options: Partial<DetectOptions>) {
  return detectFineTuning(inputs, { ...BASE, ...options })
}

describe('detectFineTuning with a policy', () => {
  it('adds a strong policy-path signal per changed file matching detect.paths', () => {
    const result = run([NOTES, added('src/app.ts', 'x')], { extraGlobs: ['training/**'] })
    expect(result.detected).toBe(true)
    expect(result.signals).toEqual([
      {
        id: 'policy-path',
        strength: 'strong',
        file: 'training/notes.txt',
        reason: expect.stringContaining('training/**')
      }
    ])
  })

  it('adds a strong policy-label signal on the pull request for a matching label', () => {
    const result = run([], { labels: ['Fine-Tune', 'docs'], labelTriggers: ['fine-tune'] })
    expect(result.detected).toBe(true)
    expect(result.signals).toEqual([expect.objectContaining({ id: 'policy-label', file: PULL_REQUEST })])
    expect(result.signals[0]).not.toHaveProperty('line')
    expect(run([], { labels: ['docs'], labelTriggers: ['fine-tune'] }).detected).toBe(false)
  })

  it('drops files matching detect.ignore, for built-in signals and policy paths alike', () => {
    const result = run([JOB, NOTES], { ignoreGlobs: ['ml/**', '**/*.txt'], extraGlobs: ['training/**'] })
    expect(result).toEqual({ detected: false, signals: [], why: 'no fine-tuning signals' })
  })

  it('turns the built-in catalogue off with builtin: false, keeping policy paths', () => {
    expect(run([JOB], { builtin: false }).signals).toEqual([])
    expect(run([JOB], { builtin: false, extraGlobs: ['ml/**'] }).signals.map((s) => s.id)).toEqual([
      'policy-path'
    ])
  })

  it('ignores deleted files, even under detect.paths', () => {
    const removed: DetectInput = { file: { path: 'training/old.yml', status: 'removed' } }
    expect(run([removed], { extraGlobs: ['training/**'] }).signals).toEqual([])
  })

  it('matches dotfiles and reports the built-in signals with the decision', () => {
    const result = run([JOB, added('.ml/run.yml', 'x')], { extraGlobs: ['.ml/*.yml'] })
    expect(result.signals.map((s) => s.id)).toEqual(['openai-ft-job', 'policy-path'])
    expect(result.why).toBe('strong signal openai-ft-job at ml/jobs/start.py:1 (and 1 more strong)')
  })

  it('never reads the governance files as signals: they describe fine-tuning, MG003 and MG004 judge them', () => {
    const manifest = modified(
      'model-governance.yml',
      lines('models:', '  - id: triage', '    tuned_model: ft:gpt-4o-mini-2024-07-18:acme:triage:9x8y7z'),
      [3]
    )
    const policy = added('.github/model-governance-policy.yml', 'detect:\n  paths: ["training/**"]')
    expect(run([manifest], {}).signals.map((s) => s.id)).not.toEqual([])
    const governanceFiles = ['./model-governance.yml', '.github/model-governance-policy.yml']
    expect(run([manifest, policy], { governanceFiles, extraGlobs: ['**/*.yml'] })).toEqual({
      detected: false,
      signals: [],
      why: 'no fine-tuning signals'
    })
    // Other files of the same change still count.
    expect(run([manifest, JOB], { governanceFiles }).detected).toBe(true)
  })
})
