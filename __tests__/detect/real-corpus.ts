// The real-world corpus: pull requests built from real public repositories, the gate's yardstick for
// fine-tuning detection. The labelled index (repository, commit, paths, licence, label, a reason, and a
// tune or validation split) is committed under __tests__/fixtures/real/cases/. The files themselves
// are not: this workplace lets no fetched file into a commit, so they are read, by commit and path,
// from local snapshots of those repositories (the search tool's `fetch` writes them under
// /work/.mirror/<owner>+<name>/; MG_REAL_CORPUS_MIRRORS points elsewhere).
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { DetectInput } from '../../src/evidence/detect/types.js'
import { detectBytesFor } from '../../src/evidence/gather.js'

export const CASES_DIR = fileURLToPath(new URL('../fixtures/real/cases/', import.meta.url))
export const MIRRORS = process.env.MG_REAL_CORPUS_MIRRORS ?? '/work/.mirror'

export interface RealCase {
  /** `<ecosystem>/<slug>`, unique. */
  id: string
  label: 'positive' | 'negative'
  /** Positives: who trains. Negatives: the ecosystem they are a near-miss of, or `general`. */
  ecosystem: string
  kind: string
  /**
   * Frozen when the corpus was labelled: `tune` (three quarters of each ecosystem and label) and
   * `validation` (the rest, looked at once the detector was tuned); `holdout` was labelled afterwards,
   * from repositories the others never used, and looked at last.
   */
  split: 'tune' | 'validation' | 'holdout' | 'holdout-2'
  repo: string
  commit: string
  licence: string
  /** The files the pull request adds, at their real repository paths. */
  files: string[]
  reason: string
}

export function loadRealCases(): RealCase[] {
  return readdirSync(CASES_DIR)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .flatMap((name) => JSON.parse(readFileSync(join(CASES_DIR, name), 'utf8')) as RealCase[])
}

/** The snapshot's git directory, or undefined when it is not on this machine. */
export function gitDirOf(repo: string): string | undefined {
  const base = join(MIRRORS, repo.replace('/', '+'), 'repo')
  for (const dir of [join(base, '.git'), base]) if (existsSync(join(dir, 'HEAD'))) return dir
  return undefined
}

/**
 * The case as detection sees a pull request that adds its files: every line added, the content cut
 * to what the gate reads of a changed file, and a file with a NUL byte in its first 8000 bytes treated
 * as binary (git's own test): no added lines.
 */
export function inputsOf(c: RealCase, gitDir: string): DetectInput[] {
  return c.files.map((path) => {
    const bytes = execFileSync('git', ['--git-dir', gitDir, 'cat-file', 'blob', `${c.commit}:${path}`], {
      maxBuffer: 64 * 1024 * 1024
    })
    const content = new TextDecoder().decode(bytes.subarray(0, detectBytesFor(path)))
    if (bytes.subarray(0, 8000).includes(0)) return { file: { path, status: 'added' }, content }
    const addedLines = bytes
      .toString('utf8')
      .split('\n')
      .map((text, i) => ({ line: i + 1, text }))
    return { file: { path, status: 'added', addedLines }, content }
  })
}

export interface Score {
  tp: number
  fp: number
  fn: number
  tn: number
}

export const precision = (s: Score) => (s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp))
export const recall = (s: Score) => (s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn))
export const cases = (s: Score) => s.tp + s.fp + s.fn + s.tn
