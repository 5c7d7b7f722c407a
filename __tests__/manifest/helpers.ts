// Shared by the manifest tests: a small valid manifest to vary, and a way to find where a piece of
// text sits in a source, computed independently of the YAML parser.
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect } from '@jest/globals'
import type { ParsedManifest } from '../../src/manifest/types.js'

const here = dirname(fileURLToPath(import.meta.url))

export const FILE = 'model-governance.yml'

export function fixture(name: string): string {
  return readFileSync(join(here, '..', 'fixtures', 'manifests', name), 'utf8')
}

/** A valid manifest with one model; `extra` lines are appended under the model (indented 4). */
export function minimal(extra: string[] = []): string {
  return [
    'version: 1',
    'models:',
    '  - id: triage',
    '    owner: "@acme/ml"',
    '    approach: fine-tune',
    ...extra.map((line) => `    ${line}`),
    ''
  ].join('\n')
}

/** The 1-based line and column of the `occurrence`-th (1-based) appearance of `needle` in `text`. */
export function positionOf(text: string, needle: string, occurrence = 1): { line: number; column: number } {
  let index = -1
  for (let i = 0; i < occurrence; i++) {
    index = text.indexOf(needle, index + 1)
    if (index < 0) throw new Error(`"${needle}" occurs fewer than ${occurrence} times`)
  }
  const before = text.slice(0, index).split('\n')
  return { line: before.length, column: (before.at(-1) ?? '').length + 1 }
}

/** Asserts exactly one diagnostic, at `position`, whose message matches `message`; returns it. */
export function expectOne(
  parsed: ParsedManifest,
  position: { line: number; column: number },
  message: RegExp
): string {
  expect(parsed.diagnostics.map((d) => d.message)).toHaveLength(1)
  const [diagnostic] = parsed.diagnostics
  expect(diagnostic?.message).toMatch(message)
  expect(diagnostic?.location).toMatchObject({ file: FILE, ...position })
  expect(parsed.manifest).toBeUndefined()
  return diagnostic?.message ?? ''
}
