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
import { gitRefFiles, type RepoFiles, workspaceFiles } from '../evidence/repo-files.js'
import { POLICY_MAX_BYTES } from '../policy/parse.js'
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
  /** Undefined: `changed`, or `all` when there is no change to narrow to (no commits, or nothing changed). */
  scope?: Scope
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
  const files = head ? gitRefFiles(root, head) : workspaceFiles(root)

  // Without a commit there is no base to read the policy from: a local run reads the working tree's.
  const policy = await loadPolicy(
    base === undefined
      ? {
          root,
          baseRef: 'the working tree',
          policyRef: options.policy,
          readBase: (path) => readIfPresent(files, path)
        }
      : { root, baseRef: base, policyRef: options.policy }
  )
  if ('error' in policy) {
    const { file, line, column, message } = policy.error
    const where = file ? `${file}${line ? `:${line}:${column ?? 1}` : ''}: ` : ''
    throw new UsageError(`${where}${message}`)
  }

  const now = clockFromEnv()
  const manifest = head
    ? await loadManifestAtRef(root, head, manifestFile, now)
    : await loadManifestFromWorkspace(root, manifestFile, now)
  const baseParsed = base === undefined ? undefined : await loadManifestAtRef(root, base, manifestFile, now)
  const baseManifest = baseParsed?.manifest ? baseParsed : undefined
  const log: string[] = []
  const target = options.pr === undefined ? undefined : await gitHubTarget(root, process.env)
  const change = base === undefined || base === head ? undefined : await changeFromGit(root, base, head)
  // A first run (no commits, or nothing changed yet) has no change to narrow to: every model is checked.
  const unchanged = change === undefined || (change.available && change.files.length === 0)
  const scope = options.scope ?? (unchanged ? 'all' : 'changed')
  if (options.scope === undefined && unchanged && manifest?.manifest) {
    log.push(
      base === undefined
        ? 'This repository has no commits yet, so there is no change to narrow to: every model is checked (as with --scope all), and the policy is read from the working tree.'
        : `Nothing changed against ${options.base ?? 'the merge base'} (${base.slice(0, 12)}), so every model is checked (as with --scope all); pass --scope changed to check only what a change touches.`
    )
  }
  const gathered = await gatherEvidence({
    manifestFile,
    manifest,
    // An explicit --scope changed keeps the empty change, so that nothing is in scope.
    change: unchanged && scope === 'all' ? undefined : change,
    labels: [],
    baseManifest,
    policyFile: policyFileOf(options.policy),
    policy: policy.resolved.policy,
    scope,
    files,
    log: (line) => log.push(line)
  })
  const client = target ? createClient({ token: target.token, baseUrl: target.apiUrl }) : undefined
  const evidence = await withApprovals({
    evidence: gathered,
    manifest: manifest?.manifest,
    policy: policy.resolved.policy,
    scope,
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
    ...(manifest?.manifest && !baseManifest && base !== undefined
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
    scope,
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

/**
 * The merge base with the default branch, so a feature branch is judged by the policy it forked from;
 * undefined in a repository with no commits yet.
 */
async function resolveBase(root: string, base: string | undefined): Promise<string | undefined> {
  if (base !== undefined) return mustResolve(root, base, '--base')
  const head = await resolveRef(root, 'HEAD')
  if (!head) return undefined
  const branch = await defaultBranch(root)
  if (!branch) return head
  return (await mergeBase(root, head, branch)) ?? head
}

/** A file's first bytes (past the policy's limit, so that the loader can refuse it), or undefined. */
async function readIfPresent(files: RepoFiles, path: string): Promise<Uint8Array | undefined> {
  const fact = await files.stat(path)
  if (fact.kind === 'missing') return undefined
  return files.head(path, POLICY_MAX_BYTES + 1)
}
