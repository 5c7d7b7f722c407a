// Every control rule through dist/, end to end: one pull request breaks one control of each kind in
// the example manifest, and each rule's finding lands at the manifest line it is about.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { createRepo } from '../support/git-repo.js'
import {
  pullRequest,
  pullRequestEvent,
  startGitHubServer,
  type GitHubServer
} from '../support/github-server.js'
import { runAction, runCli } from '../support/run-dist.js'
import { baseFiles, baseManifest, EXAMPLE_DAY, publishPullRequest } from './example-repo.js'

const env = { MODEL_GOVERNANCE_NOW: EXAMPLE_DAY, NO_COLOR: '1' }
let server: GitHubServer
beforeAll(async () => {
  server = await startGitHubServer()
})
afterAll(async () => {
  await server.close()
})

/** Each edit breaks one control; `at` is text on the line the finding must point at. */
const EDITS: { rule: string; from: string; to: string; at: string }[] = [
  { rule: 'MG101', from: '        license: proprietary\n', to: '', at: '      - id: tickets-2026q3' },
  { rule: 'MG103', from: '          verified_by: "@carol"\n', to: '', at: '        redaction:' },
  {
    rule: 'MG201',
    from: 'approvers: ["@acme/ml-governance", "@dave"]',
    to: 'approvers: ["@dave"]',
    at: 'min_approvals: 2'
  },
  { rule: 'MG301', from: '          kind: safety', to: '          kind: quality', at: '      thresholds:' },
  {
    rule: 'MG401',
    from: '      trigger: macro_f1 on the daily canary below 0.85, or any PII leakage alert\n',
    to: '',
    at: '    rollback:'
  },
  {
    rule: 'MG402',
    from: 'procedure: docs/runbooks/support-triage-rollback.md',
    to: 'procedure: docs/runbooks/gone.md',
    at: 'procedure: docs/runbooks/gone.md'
  },
  { rule: 'MG403', from: 'tested_at: 2026-11-02', to: 'tested_at: 2026-01-02', at: 'tested_at: 2026-01-02' },
  {
    rule: 'MG501',
    from: 'signals: [drift, leakage, quality]',
    to: 'signals: [quality]',
    at: 'signals: [quality]'
  },
  {
    rule: 'MG601',
    from: '      alternatives_tried: [prompt, retrieval]\n',
    to: '',
    at: '    justification:'
  },
  {
    rule: 'MG702',
    from: 'scopes: [fine_tuning.jobs.write, files.write]',
    to: 'scopes: ["*"]',
    at: 'scopes: ["*"]'
  },
  {
    rule: 'MG703',
    from: 'expires_at: 2027-03-31',
    to: 'expires_at: 2026-10-01',
    at: 'expires_at: 2026-10-01'
  }
]

function brokenManifest(): string {
  let yaml = baseManifest()
  for (const edit of EDITS) {
    expect(yaml).toContain(edit.from)
    yaml = yaml.replace(edit.from, edit.to)
  }
  return (
    yaml +
    '\nexceptions:\n  - rule: MG403\n    model: no-such-model\n    reason: A typo in the model id.\n    approved_by: "@acme/ml-governance"\n    expires_at: 2026-12-15\n'
  )
}

const lineOf = (yaml: string, text: string) => yaml.split('\n').findIndex((line) => line.includes(text)) + 1

describe('every control rule through dist/', () => {
  it('fires each rule once, at its line, in the action and the CLI', async () => {
    const manifest = brokenManifest()
    const repo = await createRepo(baseFiles())
    const base = await repo.sha()
    await repo.branch('proposal')
    const train = readFileSync(`${repo.dir}/training/support-triage/train.jsonl`, 'utf8')
    const head = await repo.commit(
      {
        'model-governance.yml': manifest,
        'training/support-triage/train.jsonl': train + '{"messages":[]}\n'
      },
      'break every control'
    )
    const pr = pullRequest({ number: 9, baseSha: base, headSha: head, apiUrl: server.url })
    publishPullRequest(server, pr)
    const payload = pullRequestEvent(pr)
    const run = await runAction({
      workspace: repo.dir,
      inputs: {},
      event: { name: 'pull_request', payload },
      apiUrl: server.url,
      env
    })
    expect(run.code).toBe(1)
    const report = JSON.parse(readFileSync(run.outputs.report ?? '', 'utf8'))
    const byRule = (id: string) => report.findings.filter((f: { ruleId: string }) => f.ruleId === id)

    for (const edit of EDITS) {
      const found = byRule(edit.rule)
      expect({ rule: edit.rule, count: found.length }).toEqual({ rule: edit.rule, count: 1 })
      expect({ rule: edit.rule, line: found[0].line }).toEqual({
        rule: edit.rule,
        line: lineOf(manifest, edit.at)
      })
    }
    expect(byRule('MG102')).toEqual([
      expect.objectContaining({
        line: lineOf(manifest, 'sha256: '),
        message: expect.stringContaining('update sha256')
      })
    ])
    expect(byRule('MG801')).toEqual([
      expect.objectContaining({ line: lineOf(manifest, 'model: no-such-model') })
    ])
    // Against the base branch, dropping an approver and the drift/leakage signals also weakens governance.
    expect(byRule('MG003').map((f: { message: string }) => f.message)).toEqual([
      expect.stringContaining('@acme/ml-governance'),
      expect.stringContaining('drift'),
      expect.stringContaining('leakage')
    ])
    expect(report.findings.map((f: { ruleId: string }) => f.ruleId).sort()).toEqual(
      [...EDITS.map((e) => e.rule), 'MG102', 'MG801', 'MG003', 'MG003', 'MG003'].sort()
    )
    expect(run.stdout).toMatch(/Hashed training\/support-triage\/train\.jsonl \(.+\) in .+s/)
    expect(run.summary).toContain('### Controls')
    expect(run.summary).toContain('| `support-triage` | ❌ | ❌ | ❌ | ❌ | ❌ | ❌ | ❌ |')

    // The CLI with --pr reads the same reviews and reaches the same findings.
    const cliEnv = {
      ...env,
      GITHUB_TOKEN: 'ghp_local0000',
      GITHUB_REPOSITORY: 'o/r',
      GITHUB_API_URL: server.url
    }
    const cli = await runCli(['check', '--base', 'main', '--format', 'json', '--pr', '9'], {
      cwd: repo.dir,
      env: cliEnv
    })
    expect(cli.code).toBe(1)
    expect(JSON.parse(cli.stdout).findings).toEqual(report.findings)
    // Without --pr, approvals cannot be seen: MG203 says so as a note, and nothing else changes.
    const local = await runCli(['check', '--base', 'main', '--format', 'json'], { cwd: repo.dir, env })
    const { findings } = JSON.parse(local.stdout)
    expect(findings.filter((f: { ruleId: string }) => f.ruleId !== 'MG203')).toEqual(report.findings)
    expect(findings.filter((f: { ruleId: string }) => f.ruleId === 'MG203')).toEqual([
      expect.objectContaining({ severity: 'note', message: expect.stringContaining('--pr <number>') })
    ])
  })
})
