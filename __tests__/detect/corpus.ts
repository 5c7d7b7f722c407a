// The signal corpus under __tests__/fixtures/signals: positive/<ecosystem>/ (a fine-tuning proposal on its
// own), corroborating/<ecosystem>/ (medium or weak evidence, decisive only with other files) and
// negative/<kind>/ (must not be detected). A fixture's detection path is its path below the ecosystem or
// kind folder; a trailing `.fixture` keeps tooling (tsc, eslint, git) away from .ts, .js and .gitattributes.
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { DetectInput } from '../../src/evidence/detect/types.js'

export const CORPUS_ROOT = fileURLToPath(new URL('../fixtures/signals/', import.meta.url))

export type Group = 'positive' | 'corroborating' | 'negative'

export interface CorpusFile {
  /** Path below the corpus root, as expected.json names it. */
  key: string
  group: Group
  /** The ecosystem (positive, corroborating) or kind (negative) folder. */
  folder: string
  input: DetectInput
}

export interface Expected {
  id: string
  line?: number
}

export function loadGroup(group: Group): CorpusFile[] {
  return walk(join(CORPUS_ROOT, group)).map((abs) => {
    const key = relative(CORPUS_ROOT, abs).split(sep).join('/')
    const [, folder = '', ...rest] = key.split('/')
    return { key, group, folder, input: asAdded(rest.join('/').replace(/\.fixture$/, ''), readFileSync(abs)) }
  })
}

export function loadExpected(): Record<string, Expected> {
  return JSON.parse(readFileSync(join(CORPUS_ROOT, 'expected.json'), 'utf8')) as Record<string, Expected>
}

/** The file as the change adds it: every line added; a binary has no content and no lines. */
export function asAdded(path: string, bytes: Buffer | string): DetectInput {
  const binary = typeof bytes !== 'string' && bytes.includes(0)
  if (binary) return { file: { path, status: 'added' } }
  const content = bytes.toString()
  const addedLines = content.split('\n').map((text, i) => ({ line: i + 1, text }))
  return { file: { path, status: 'added', addedLines }, content }
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]))
    .sort()
}
