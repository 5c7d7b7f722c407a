// The bundled example (examples/governed-fine-tune) as files for a temp git repo: the base branch,
// and each proposal laid over it.
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { REPO_ROOT } from '../support/run-dist.js'
import { createRepo, type RepoFiles } from '../support/git-repo.js'
import { pullRequest, pullRequestEvent } from '../support/github-server.js'

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

/**
 * A real repository with `base` committed on main and `head` laid over it on a `proposal` branch,
 * checked out at the head, with the pull_request event that names both commits.
 */
export async function pullRequestRepo(
  apiUrl: string,
  head: RepoFiles,
  options: { base?: RepoFiles; number?: number; message?: string } = {}
) {
  const repo = await createRepo(options.base ?? baseFiles())
  const baseSha = await repo.sha()
  await repo.branch('proposal')
  const headSha = await repo.commit(head, options.message ?? 'proposal')
  const pr = pullRequest({ number: options.number ?? 7, baseSha, headSha, apiUrl })
  return {
    repo,
    base: baseSha,
    head: headSha,
    event: { name: 'pull_request', payload: pullRequestEvent(pr) }
  }
}
