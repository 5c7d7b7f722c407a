// Change awareness through dist/: the gate wakes up when a pull request proposes fine-tuning, points at
// the evidence line, and stays quiet (and quick) on prompt-only changes.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { createRepo } from '../support/git-repo.js'
import { prFile, startGitHubServer, type GitHubServer } from '../support/github-server.js'
import { runAction } from '../support/run-dist.js'
import { baseFiles, EXAMPLE_DAY, pullRequestRepo } from './example-repo.js'

const env = { MODEL_GOVERNANCE_NOW: EXAMPLE_DAY }
const AXOLOTL = readFileSync(
  new URL('../fixtures/signals/positive/axolotl/config/qlora.yml', import.meta.url),
  'utf8'
)
let server: GitHubServer
beforeAll(async () => {
  server = await startGitHubServer()
})
afterAll(async () => {
  await server.close()
})

function pr(files: Record<string, string>, base = baseFiles()) {
  return pullRequestRepo(server, files, { base, number: 11 })
}

describe('fine-tuning detection', () => {
  it('stays quiet on a prompt-only change, and finishes quickly', async () => {
    const { repo, event } = await pr({
      'prompts/triage.md': 'You are a support triage assistant. Answer with one label.\n'
    })
    const started = Date.now()
    const run = await runAction({ workspace: repo.dir, inputs: {}, event, apiUrl: server.url, env })
    const elapsed = Date.now() - started
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ result: 'pass', 'fine-tuning-detected': 'false' })
    const report = JSON.parse(readFileSync(run.outputs.report ?? '', 'utf8'))
    expect(report.models[0]).toMatchObject({ id: 'support-triage', checked: false })
    expect(run.stdout).not.toContain('Hashed ')
    expect(run.summary).toContain('No fine-tuning is proposed in the 1 changed file')
    expect(run.summary).toContain('the run ended early')
    expect(elapsed).toBeLessThan(15_000) // a generous bound for a loaded CI box; the note reports the real time
  })

  it('fails an axolotl config that no manifest governs, at the evidence line', async () => {
    const { repo, event } = await pr({ 'training/new-bot/qlora.yml': AXOLOTL }, { 'README.md': '# app\n' })
    const run = await runAction({ workspace: repo.dir, inputs: {}, event, apiUrl: server.url, env })
    expect(run.code).toBe(1)
    expect(run.outputs['fine-tuning-detected']).toBe('true')
    const error = run.commands.find((c) => c.command === 'error' && c.properties.title?.startsWith('MG001'))
    expect(error?.properties).toMatchObject({ file: 'training/new-bot/qlora.yml', line: '17' })
    expect(error?.message).toContain('axolotl')
    expect(run.summary).toContain('training/new-bot/qlora.yml:17')
  })

  it('reads the change from the pull request files API when the checkout is shallow', async () => {
    const { repo, event } = await pr({ 'training/new-bot/qlora.yml': AXOLOTL }, { 'README.md': '# app\n' })
    const patch =
      '@@ -0,0 +1,' +
      AXOLOTL.split('\n').length +
      ' @@\n' +
      AXOLOTL.split('\n')
        .map((l) => '+' + l)
        .join('\n')
    server.setRoute('GET', '/repos/o/r/pulls/11/files', () => ({
      body: [prFile({ filename: 'training/new-bot/qlora.yml', status: 'added', patch })]
    }))
    const shallow = await createRepo({})
    await shallow.git('fetch', '--depth=1', `file://${repo.dir}`, 'proposal')
    await shallow.git('checkout', '-q', 'FETCH_HEAD')
    const run = await runAction({ workspace: shallow.dir, inputs: {}, event, apiUrl: server.url, env })
    // The base policy is read through the contents API too (404 here: the built-in default applies).
    expect(run.code).toBe(1)
    expect(server.requestsTo('GET', '/repos/o/r/pulls/11/files').length).toBeGreaterThan(0)
    const error = run.commands.find((c) => c.command === 'error' && c.properties.title?.startsWith('MG001'))
    expect(error?.properties).toMatchObject({ file: 'training/new-bot/qlora.yml', line: '17' })
  })

  it('fails training data added under the paths of a model that does not declare it', async () => {
    const row =
      '{"messages":[{"role":"user","content":"Where is my parcel?"},{"role":"assistant","content":"shipping"}]}\n'
    const { repo, event } = await pr({ 'training/support-triage/extra.jsonl': row })
    const run = await runAction({ workspace: repo.dir, inputs: {}, event, apiUrl: server.url, env })
    expect(run.code).toBe(1)
    const report = JSON.parse(readFileSync(run.outputs.report ?? '', 'utf8'))
    expect(report.findings).toEqual([
      expect.objectContaining({
        ruleId: 'MG106',
        model: 'support-triage',
        file: 'training/support-triage/extra.jsonl'
      })
    ])
  })
})
