import { describe, expect, it } from '@jest/globals'
import { parseManifest } from '../../src/manifest/parse.js'
import { FILE, fixture, positionOf } from './helpers.js'

describe('ParsedManifest.locate', () => {
  const text = fixture('complete.yml')
  const { locate, diagnostics } = parseManifest(text, FILE)

  it('is given a valid manifest', () => {
    expect(diagnostics).toEqual([])
  })

  it('points at a scalar value, with its end', () => {
    expect(locate(['models', 0, 'datasets', 0, 'sha256'])).toEqual({
      file: FILE,
      ...positionOf(text, '2c26b46b'),
      endLine: positionOf(text, '2c26b46b').line,
      endColumn: positionOf(text, '2c26b46b').column + 64
    })
  })

  it('points at the key of a block section, whose value starts on a later line', () => {
    expect(locate(['models', 0, 'rollback'])).toMatchObject(positionOf(text, 'rollback:'))
    expect(locate(['models', 0, 'evaluation', 'thresholds'])).toMatchObject(positionOf(text, 'thresholds:'))
  })

  it('points at a flow collection itself and at a list item', () => {
    expect(locate(['models', 0, 'monitoring', 'signals'])).toMatchObject(
      positionOf(text, '[drift, leakage, quality]')
    )
    expect(locate(['models', 0, 'monitoring', 'signals', 1])).toMatchObject(
      positionOf(text, 'leakage, quality]')
    )
    expect(locate(['models', 0, 'evaluation', 'thresholds', 1])).toMatchObject(
      positionOf(text, 'metric: pii_leakage_rate')
    )
  })

  it('falls back to the nearest existing ancestor', () => {
    expect(locate(['models', 0, 'rollback', 'missing_field'])).toMatchObject(positionOf(text, 'rollback:'))
    expect(locate(['models', 0, 'datasets', 7, 'path'])).toMatchObject(positionOf(text, 'datasets:'))
    expect(locate(['exceptions', 0, 'nope', 3])).toMatchObject(positionOf(text, 'rule: MG403'))
    expect(locate(['nothing'])).toMatchObject({ line: 2, column: 1 })
    expect(locate([])).toMatchObject({ line: 2, column: 1 })
  })

  it('does not step into a scalar as if it were a collection', () => {
    expect(locate(['models', 0, 'id', 'deeper'])).toMatchObject(positionOf(text, 'support-triage '))
  })

  it('points at the key of an empty value', () => {
    const { locate: find } = parseManifest('version: 1\nmodels:\n  - id: a\n    rollback:\n', FILE)
    expect(find(['models', 0, 'rollback'])).toMatchObject({ line: 4, column: 5 })
    expect(find(['models', 0, 'rollback', 'owner'])).toMatchObject({ line: 4, column: 5 })
  })

  it('answers line 1 column 1 when there is no document at all', () => {
    expect(parseManifest('', FILE).locate(['models', 0])).toEqual({ file: FILE, line: 1, column: 1 })
    expect(parseManifest(new Uint8Array([0]), FILE).locate(['models'])).toEqual({
      file: FILE,
      line: 1,
      column: 1
    })
  })

  it('still locates nodes in a manifest with schema problems', () => {
    const broken = 'version: 1\nmodels:\n  - id: a\n    owner: nobody\n'
    const parsed = parseManifest(broken, FILE)
    expect(parsed.manifest).toBeUndefined()
    expect(parsed.locate(['models', 0, 'owner'])).toMatchObject({ line: 4, column: 12 })
  })
})
