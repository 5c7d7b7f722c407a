// The CLI as a user runs it: dist/cli.js in a child process against real git repositories.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createRepo } from '../support/git-repo.js'
import { makeTempDir, REPO_ROOT, runCli } from '../support/run-dist.js'
import { baseFiles, EXAMPLE_DAY, proposalFiles } from './example-repo.js'

const env = { MODEL_GOVERNANCE_NOW: EXAMPLE_DAY, NO_COLOR: '1' }
const STACK = /\n\s+at .+:\d+:\d+/

async function exampleRepo(proposal: string) {
  const repo = await createRepo(baseFiles())
  await repo.branch('proposal')
  await repo.commit(proposalFiles(proposal), proposal)
  return repo
}

describe('model-governance check', () => {
  it('passes the compliant proposal (exit 0)', async () => {
    const repo = await exampleRepo('compliant')
    const run = await runCli(['check', '--base', 'main'], { cwd: repo.dir, env })
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/pass/)
  })

  it('fails the broken manifest (exit 1) with file:line:column and the rule id', async () => {
    const repo = await exampleRepo('broken-manifest')
    const run = await runCli(['check', '--base', 'main'], { cwd: repo.dir, env })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('model-governance.yml')
    expect(run.stdout).toMatch(/47:7\s+error\s+.*tresholds.*thresholds.*MG002/)
    expect(run.stdout.includes('\u001b[')).toBe(false)
  })

  it('exits 0 in warn mode but still reports', async () => {
    const repo = await exampleRepo('broken-manifest')
    const run = await runCli(['check', '--base', 'main', '--mode', 'warn'], { cwd: repo.dir, env })
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('MG002')
  })

  it('ignores a policy loosened in the head: the verdict is the same either way', async () => {
    const repo = await exampleRepo('broken-manifest')
    const withChange = await runCli(['check', '--base', 'main', '--format', 'json'], { cwd: repo.dir, env })
    await repo.git('checkout', '-q', 'main', '--', '.github/model-governance-policy.yml')
    const without = await runCli(['check', '--base', 'main', '--format', 'json'], { cwd: repo.dir, env })
    expect(withChange.code).toBe(1)
    expect(without.code).toBe(1)
    const a = JSON.parse(withChange.stdout)
    const b = JSON.parse(without.stdout)
    expect(a.result).toBe('fail')
    expect(a.mode).toBe('enforce')
    expect(a.policy).toEqual(b.policy)
    // The only difference: MG004 reports, for visibility, that the pull request changes the policy.
    const notMg004 = (f: { ruleId: string }) => f.ruleId !== 'MG004'
    expect(a.findings.filter(notMg004)).toEqual(b.findings)
    expect(a.findings.find((f: { ruleId: string }) => f.ruleId === 'MG004')).toMatchObject({
      severity: 'warning',
      file: '.github/model-governance-policy.yml',
      line: 1
    })
  })

  it('writes the JSON report of interface.md to --output', async () => {
    const repo = await exampleRepo('broken-manifest')
    const out = join(makeTempDir('mgg-cli-out-'), 'report.json')
    const run = await runCli(['check', '--base', 'main', '--format', 'json', '--output', out], {
      cwd: repo.dir,
      env
    })
    expect(run.code).toBe(1)
    expect(run.stdout).toBe('')
    const report = JSON.parse(readFileSync(out, 'utf8'))
    expect(Object.keys(report).slice(0, 6)).toEqual([
      'version',
      'result',
      'mode',
      'policy',
      'fineTuning',
      'models'
    ])
    expect(report.findings[0]).toMatchObject({
      ruleId: 'MG002',
      severity: 'error',
      file: 'model-governance.yml'
    })
  })

  it('reads the manifest of --head from git, not the working tree', async () => {
    const repo = await exampleRepo('broken-manifest')
    await repo.write(proposalFiles('compliant'))
    await repo.git('checkout', '-q', 'main', '--', 'model-governance.yml')
    const tree = await runCli(['check', '--base', 'main'], { cwd: repo.dir, env })
    const head = await runCli(['check', '--base', 'main', '--head', 'proposal'], { cwd: repo.dir, env })
    expect(tree.code).toBe(0)
    expect(head.code).toBe(1)
  })

  it('renders markdown', async () => {
    const repo = await exampleRepo('broken-manifest')
    const run = await runCli(['check', '--base', 'main', '--format', 'markdown'], { cwd: repo.dir, env })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('[MG002](')
    expect(run.stdout).toContain('Framework references')
  })

  it('exits 2 with the reason outside a git repository, and on bad usage', async () => {
    const plain = makeTempDir('mgg-not-git-')
    const notGit = await runCli(['check'], { cwd: plain, env })
    expect(notGit.code).toBe(2)
    expect(notGit.stderr).toMatch(/not inside a git repository/)
    expect(notGit.stderr).not.toMatch(STACK)

    const repo = await exampleRepo('compliant')
    for (const args of [
      ['check', '--nope'],
      ['check', '--mode', 'strict'],
      ['frobnicate'],
      ['check', '--base', 'no-such-ref'],
      ['check', '--manifest', '../outside.yml'],
      ['check', '--pr', 'abc'],
      // --pr without GITHUB_TOKEN in the environment.
      ['check', '--pr', '7']
    ]) {
      const run = await runCli(args, { cwd: repo.dir, env })
      expect({ args, code: run.code }).toEqual({ args, code: 2 })
      expect(run.stderr).toMatch(/^model-governance: /)
      expect(run.stderr).not.toMatch(STACK)
    }
  })
})

describe('a first run: init, then check', () => {
  /** The rule ids of a JSON report's findings of severity error. */
  const errors = (stdout: string) =>
    JSON.parse(stdout)
      .findings.filter((f: { severity: string }) => f.severity === 'error')
      .map((f: { ruleId: string }) => f.ruleId)
  // The starter names a dataset, a results file and a runbook that a new repository does not have.
  const MISSING = ['MG102', 'MG302', 'MG402']

  it('checks every model of the starter manifest and reports the files it names that are missing', async () => {
    // A repository with no commits yet: its branch is unborn.
    const repo = await createRepo({})
    await repo.git('update-ref', '-d', 'refs/heads/main')
    expect((await runCli(['init'], { cwd: repo.dir, env })).code).toBe(0)

    const fresh = await runCli(['check', '--format', 'json'], { cwd: repo.dir, env })
    expect(fresh.stderr).toBe('')
    expect(fresh.code).toBe(1)
    expect(errors(fresh.stdout)).toEqual(expect.arrayContaining(MISSING))
    const report = JSON.parse(fresh.stdout)
    expect(report.models.map((m: { checked: boolean }) => m.checked)).toEqual([true, true])
    expect(report.notes.join('\n')).toMatch(/no commits yet.*every model is checked/)

    // Committed as it is: nothing changed since, and still every model is checked.
    await repo.commit({}, 'add the starter manifest')
    const text = await runCli(['check'], { cwd: repo.dir, env })
    expect(text.code).toBe(1)
    expect(text.stdout).toContain('Models checked: 2 of 2')
    expect(text.stdout).toMatch(
      /Nothing changed against the merge base \([0-9a-f]{12}\), so every model is checked/
    )
    for (const id of MISSING) expect(text.stdout).toContain(id)

    // Asked for explicitly, `--scope changed` is honoured: nothing changed, nothing is checked.
    const narrowed = await runCli(['check', '--scope', 'changed', '--format', 'json'], { cwd: repo.dir, env })
    expect(narrowed.code).toBe(0)
    expect(JSON.parse(narrowed.stdout).models.map((m: { checked: boolean }) => m.checked)).toEqual([
      false,
      false
    ])
  })
})

describe('model-governance init and schema', () => {
  it('writes a starter manifest that validates, and never overwrites one', async () => {
    const repo = await createRepo({ 'README.md': '# x\n' })
    const first = await runCli(['init'], { cwd: repo.dir, env })
    expect(first.code).toBe(0)
    const check = await runCli(['check', '--format', 'json'], { cwd: repo.dir, env })
    const report = JSON.parse(check.stdout)
    expect(report.findings.filter((f: { ruleId: string }) => f.ruleId === 'MG002')).toEqual([])
    const again = await runCli(['init'], { cwd: repo.dir, env })
    expect(again.code).toBe(2)
    expect(again.stderr).toContain('already exists')
  })

  it('prints the committed JSON Schemas', async () => {
    const cwd = makeTempDir('mgg-schema-')
    const manifest = await runCli(['schema'], { cwd, env })
    expect(manifest.code).toBe(0)
    expect(manifest.stdout).toBe(
      readFileSync(join(REPO_ROOT, 'schema', 'model-governance.schema.json'), 'utf8')
    )
    const policy = await runCli(['schema', 'policy'], { cwd, env })
    expect(policy.stdout).toBe(
      readFileSync(join(REPO_ROOT, 'schema', 'model-governance-policy.schema.json'), 'utf8')
    )
  })

  it('prints its version and help', async () => {
    const cwd = makeTempDir('mgg-help-')
    const version = await runCli(['--version'], { cwd, env })
    expect(version.stdout.trim()).toBe(
      JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')).version
    )
    const help = await runCli(['--help'], { cwd, env })
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('Exit codes')
  })
})
