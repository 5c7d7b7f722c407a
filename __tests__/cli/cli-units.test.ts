// The CLI's small pieces: the starter manifest validates, and --version is package.json's version.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { STARTER_MANIFEST } from '../../src/cli/starter-manifest.js'
import { parseManifest } from '../../src/manifest/parse.js'
import { VERSION } from '../../src/shared/version.js'

describe('the CLI', () => {
  it('writes a starter manifest with no schema problems', () => {
    const parsed = parseManifest(STARTER_MANIFEST, 'model-governance.yml', { now: new Date('2026-11-24') })
    expect(parsed.diagnostics).toEqual([])
    expect(parsed.manifest?.models.map((m) => m.approach)).toEqual(['prompt', 'fine-tune'])
  })

  it('reports the version in package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'))
    expect(VERSION).toBe(pkg.version)
  })
})
