import { describe, expect, it } from '@jest/globals'
import type { ChangedFile } from '../../src/engine/evidence.js'
import { sameValue, touchedModels } from '../../src/evidence/change/touched-models.js'
import type { Manifest, ModelEntry } from '../../src/manifest/types.js'

const MANIFEST = 'model-governance.yml'

const model = (id: string, extra: Partial<ModelEntry> = {}): ModelEntry =>
  ({ id, owner: '@acme/ml', approach: 'fine-tune', ...extra }) as ModelEntry
const manifest = (...models: ModelEntry[]): Manifest => ({ version: 1, models }) as Manifest
const modified = (path: string): ChangedFile => ({ path, status: 'modified' })

const TRIAGE = model('support-triage', {
  paths: ['training/support-triage/**'],
  datasets: [
    {
      id: 'tickets',
      purpose: 'training',
      path: 'data/tickets.jsonl',
      sha256: 'a'.repeat(64)
    } as NonNullable<ModelEntry['datasets']>[number]
  ],
  evaluation: {
    results: 'evals/triage/results.json',
    baseline: 'evals/triage/baseline.json'
  } as ModelEntry['evaluation'],
  rollback: { procedure: 'docs/runbooks/triage.md' } as ModelEntry['rollback'],
  justification: {
    alternatives_tried: ['prompt'],
    evidence: { prompt_baseline: 'evals/triage/prompt.json', metric: 'f1', min_uplift: 0.01 }
  } as ModelEntry['justification']
})
const SUMMARY = model('summariser', { paths: ['training/summariser/**', 'configs/summariser.yml'] })
const CHAT = model('chat', { approach: 'prompt' })
const HEAD = manifest(TRIAGE, SUMMARY, CHAT)

const touched = (
  change: ChangedFile[],
  options: { head?: Manifest | undefined; base?: Manifest | undefined; signals?: string[] } = {}
) =>
  [
    ...touchedModels(
      change,
      'head' in options ? options.head : HEAD,
      'base' in options ? options.base : HEAD,
      MANIFEST,
      options.signals ?? []
    )
  ].sort()

describe('touchedModels', () => {
  it('touches nothing for a change outside every model', () => {
    expect(touched([modified('README.md'), modified('src/app.ts')])).toEqual([])
    expect(touched([])).toEqual([])
  })

  it('touches the model whose paths glob matches a changed file', () => {
    expect(touched([modified('training/support-triage/config.yml')])).toEqual(['support-triage'])
    expect(touched([modified('configs/summariser.yml')])).toEqual(['summariser'])
    expect(touched([modified('training/support-triage/deep/nested/run.py')])).toEqual(['support-triage'])
  })

  it('matches dotfiles, and matches case-sensitively', () => {
    expect(touched([modified('training/support-triage/.axolotl.yml')])).toEqual(['support-triage'])
    expect(touched([modified('Training/Support-Triage/config.yml')])).toEqual([])
  })

  it('matches the path a renamed or removed file had', () => {
    const moved: ChangedFile = {
      path: 'archive/old-config.yml',
      status: 'renamed',
      previousPath: 'training/summariser/config.yml'
    }
    expect(touched([moved])).toEqual(['summariser'])
    expect(touched([{ path: 'training/summariser/x.yml', status: 'removed' }])).toEqual(['summariser'])
  })

  it('touches the model whose dataset path or other named path changed', () => {
    expect(touched([modified('data/tickets.jsonl')])).toEqual(['support-triage'])
    for (const path of [
      'evals/triage/results.json',
      'evals/triage/baseline.json',
      'docs/runbooks/triage.md',
      'evals/triage/prompt.json'
    ]) {
      expect(touched([modified(path)])).toEqual(['support-triage'])
    }
    expect(touched([modified('evals/triage/other.json')])).toEqual([])
  })

  it('reads "./" in the manifest as the repository root', () => {
    const head = manifest(model('dotted', { paths: ['./train/**'] }))
    expect(touched([modified('train/a.yml')], { head, base: head })).toEqual(['dotted'])
  })

  it('touches a model whose entry changed, and a model that is new', () => {
    const base = manifest(TRIAGE, model('summariser', { paths: ['training/summariser/**'] }))
    const head = manifest(TRIAGE, SUMMARY, CHAT)
    expect(touched([modified(MANIFEST)], { head, base })).toEqual(['chat', 'summariser'])
  })

  it('compares entries deeply, ignoring key order', () => {
    const reordered = { ...TRIAGE } as Record<string, unknown>
    const keys = Object.keys(reordered).reverse()
    const base = manifest(Object.fromEntries(keys.map((k) => [k, reordered[k]])) as ModelEntry, SUMMARY, CHAT)
    expect(touched([modified(MANIFEST)], { base })).toEqual([])
    const deeper = manifest(
      { ...TRIAGE, evaluation: { ...TRIAGE.evaluation, baseline: 'evals/triage/other.json' } } as ModelEntry,
      SUMMARY,
      CHAT
    )
    expect(touched([modified(MANIFEST)], { base: deeper })).toEqual(['support-triage'])
  })

  it('counts every model as new when the base has no manifest', () => {
    expect(touched([{ path: MANIFEST, status: 'added' }], { base: undefined })).toEqual([
      'chat',
      'summariser',
      'support-triage'
    ])
  })

  it('compares entries only when the change touches the manifest file', () => {
    // The base could not be read, but the manifest file is not part of the change: no entry changed.
    expect(touched([modified('README.md')], { base: undefined })).toEqual([])
  })

  it('counts a manifest renamed into place as changed', () => {
    const base = manifest(TRIAGE)
    const renamed: ChangedFile = { path: MANIFEST, status: 'renamed', previousPath: 'governance.yml' }
    expect(touched([renamed], { base })).toEqual(['chat', 'summariser'])
  })

  it('touches the model whose paths cover a file that carried a fine-tuning signal', () => {
    expect(touched([], { signals: ['training/summariser/train.py'] })).toEqual(['summariser'])
    expect(touched([], { signals: ['scripts/finetune.py'] })).toEqual([])
  })

  it('touches nothing when the head manifest is absent or invalid', () => {
    expect(
      touched([modified('training/support-triage/a.yml'), modified(MANIFEST)], { head: undefined })
    ).toEqual([])
  })

  it('never treats a rollback procedure URL as a path', () => {
    const head = manifest(
      model('web', { rollback: { procedure: 'https://wiki.example.com/rollback' } as ModelEntry['rollback'] })
    )
    expect(touched([modified('https://wiki.example.com/rollback')], { head, base: head })).toEqual([])
  })
})

describe('sameValue', () => {
  it('compares plain values structurally', () => {
    expect(sameValue({ a: [1, { b: 'x' }] }, { a: [1, { b: 'x' }] })).toBe(true)
    expect(sameValue({ a: 1, b: undefined }, { a: 1 })).toBe(true)
    expect(sameValue([1, 2], [2, 1])).toBe(false)
    expect(sameValue({ a: [1] }, { a: { 0: 1 } })).toBe(false)
    expect(sameValue(new Date(0), new Date(0))).toBe(true)
    expect(sameValue(null, {})).toBe(false)
    expect(sameValue(Number.NaN, Number.NaN)).toBe(true)
  })
})
