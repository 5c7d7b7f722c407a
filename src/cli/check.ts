// `model-governance check`: the same engine as the action, with evidence from local git.
import { writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { run } from '../engine/run.js'
import type { Mode, RunResult, Scope } from '../engine/types.js'
import { defaultBranch, mergeBase, repoRoot, resolveRef } from '../evidence/git.js'
import { changeFromGit } from '../evidence/change/git-change.js'
import { withApprovals } from '../evidence/approval-evidence.js'
import { gatherEvidence } from '../evidence/gather.js'
import { createClient } from '../evidence/github/client.js'
import { loadManifestAtRef, loadManifestFromWorkspace } from '../evidence/manifest-source.js'
import { gitRefFiles, workspaceFiles } from '../evidence/repo-files.js'
import { loadPolicy, policyFileOf } from '../evidence/policy-source.js'
import { assertRepoPath } from '../shared/repo-path.js'
import { renderFrameworkSection } from '../report/frameworks-section.js'
import { toJsonReport } from '../report/json.js'
import { renderMarkdown } from '../report/markdown.js'
import { renderSarif } from '../report/sarif.js'
import { renderText } from '../report/text.js'
import { docsUrlFor } from '../rules/docs.js'
import { clockFromEnv } from '../shared/runtime.js'
import { gitHubTarget } from './github-target.js'
import { UsageError } from './usage.js'

export type Format = 'text' | 'json' | 'sarif' | 'markdown'

export interface CheckOptions {
  repo?: string
  base?: string
  head?: string
  manifest: string
  policy: string
  mode?: Mode
  scope: Scope
  format: Format
  output?: string
  color: boolean
  /** A pull request whose reviews the approvals are checked against (needs GITHUB_TOKEN). */
  pr?: number
}

export interface CheckOutcome {
  exitCode: number
  stdout: string
}

export async function check(options: CheckOptions): Promise<CheckOutcome> {
  const root = await repoRoot(options.repo ?? process.cwd())
  const manifestFile = assertRepoPath(options.manifest, 'The --manifest path')
  const base = await resolveBase(root, options.base)
  const head = options.head === undefined ? undefined : await mustResolve(root, options.head, '--head')

  const policy = await loadPolicy({ root, baseRef: base, policyRef: options.policy })
  if ('error' in policy) {
    const { file, line, column, message } = policy.error
    const where = file ? `${file}${line ? `:${line}:${column ?? 1}` : ''}: ` : ''
    throw new UsageError(`${where}${message}`)
  }

  const now = clockFromEnv()
  const manifest = head
    ? await loadManifestAtRef(root, head, manifestFile, now)
    : await loadManifestFromWorkspace(root, manifestFile, now)
  const baseParsed = await loadManifestAtRef(root, base, manifestFile, now)
  const baseManifest = baseParsed?.manifest ? baseParsed : undefined
  const log: string[] = []
  const target = options.pr === undefined ? undefined : await gitHubTarget(root, process.env)
  const gathered = await gatherEvidence({
    manifestFile,
    manifest,
    change: base === head ? undefined : await changeFromGit(root, base, head),
    labels: [],
    baseManifest,
    policyFile: policyFileOf(options.policy),
    policy: policy.resolved.policy,
    scope: options.scope,
    files: head ? gitRefFiles(root, head) : workspaceFiles(root),
    log: (line) => log.push(line)
  })
  const client = target ? createClient({ token: target.token, baseUrl: target.apiUrl }) : undefined
  const evidence = await withApprovals({
    evidence: gathered,
    manifest: manifest?.manifest,
    policy: policy.resolved.policy,
    scope: options.scope,
    origin:
      target && client
        ? {
            kind: 'pull-request',
            source: { client, repository: target.repository, pullNumber: options.pr }
          }
        : { kind: 'local', reason: 'no pull request was named' },
    teamReader: client
      ? { client }
      : { unavailable: 'a local run reads team members only with --pr and GITHUB_TOKEN' }
  })
  if (evidence.approvals?.kind === 'pull-request') {
    const local = head ?? (await resolveRef(root, 'HEAD'))
    log.push(
      local === evidence.approvals.headSha
        ? `Approvals were checked against pull request #${evidence.approvals.number}.`
        : `Approvals were checked on pull request #${evidence.approvals.number}'s head ${evidence.approvals.headSha.slice(0, 12)}, which is not the commit checked here${local ? ` (${local.slice(0, 12)})` : ''}.`
    )
  }
  const notes = [
    ...(manifest
      ? []
      : [
          `No manifest at ${manifestFile}: no models are declared, so there is nothing to check yet (model-governance init writes one).`
        ]),
    ...(manifest?.manifest && !baseManifest
      ? [
          `The base commit has no valid ${manifestFile}, so only the policy's governance approvers can approve exceptions.`
        ]
      : []),
    ...log
  ]
  const result = run({
    manifestFile,
    manifest,
    policy: policy.resolved,
    ...(options.mode && { mode: options.mode }),
    scope: options.scope,
    evidence,
    now,
    notes
  })

  const rendered = render(result, options)
  if (options.output) {
    await writeFile(resolve(options.output), rendered)
    return { exitCode: exitCodeOf(result), stdout: '' }
  }
  return { exitCode: exitCodeOf(result), stdout: rendered }
}

function exitCodeOf(result: RunResult): number {
  return result.result === 'fail' ? 1 : 0
}

function render(result: RunResult, options: CheckOptions): string {
  switch (options.format) {
    case 'json':
      return toJsonReport(result)
    case 'sarif':
      return renderSarif(result, { docsUrl: docsUrlFor() })
    case 'markdown':
      return renderMarkdown(result, { docsUrl: docsUrlFor() }) + renderFrameworkSection(result.findings)
    case 'text':
      return renderText(result, { color: options.color && !options.output })
  }
}

async function mustResolve(root: string, ref: string, flag: string): Promise<string> {
  const sha = await resolveRef(root, ref)
  if (!sha) throw new UsageError(`${flag} ${ref} does not name a commit in ${root}.`)
  return sha
}

/** The merge base with the default branch, so a feature branch is judged by the policy it forked from. */
async function resolveBase(root: string, base: string | undefined): Promise<string> {
  if (base !== undefined) return mustResolve(root, base, '--base')
  const head = await resolveRef(root, 'HEAD')
  if (!head) throw new UsageError(`${root} has no commits yet; commit once, or pass --base.`)
  const branch = await defaultBranch(root)
  if (!branch) return head
  return (await mergeBase(root, head, branch)) ?? head
}
