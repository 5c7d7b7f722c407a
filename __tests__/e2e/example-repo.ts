// The bundled example (examples/governed-fine-tune) as files for a temp git repo: the base branch,
// and each proposal laid over it.
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { REPO_ROOT } from '../support/run-dist.js'
import type { RepoFiles } from '../support/git-repo.js'

const EXAMPLE = join(REPO_ROOT, 'examples', 'governed-fine-tune')

function filesUnder(dir: string): RepoFiles {
  const files: RepoFiles = {}
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const full = join(entry.parentPath, entry.name)
    files[relative(dir, full)] = readFileSync(full)
  }
  return files
}

export function baseFiles(): RepoFiles {
  return filesUnder(join(EXAMPLE, 'base'))
}

export function proposalFiles(name: string): RepoFiles {
  return filesUnder(join(EXAMPLE, 'proposals', name))
}

export function baseManifest(): string {
  return readFileSync(join(EXAMPLE, 'base', 'model-governance.yml'), 'utf8')
}

/** The example is dated around its drills and expiries; runs pin the clock to this day. */
export const EXAMPLE_DAY = '2026-11-24'
