// The reporting channels end to end: the sticky pull request comment (created, then updated in place,
// never duplicated; a fork's read-only token is a warning) and the SARIF file (written where the
// `sarif` input says, named by the `sarif` output, valid SARIF 2.1.0 with stable fingerprints).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { errorResponse, review, startGitHubServer, type GitHubServer } from '../support/github-server.js'
import { runAction, runCli } from '../support/run-dist.js'
import { sarifValidator } from '../support/sarif-schema.js'
import { EXAMPLE_DAY, proposalFiles, pullRequestRepo } from './example-repo.js'

const env = { MODEL_GOVERNANCE_NOW: EXAMPLE_DAY, MODEL_GOVERNANCE_RETRY_BASE_MS: '1' }
const MARKER = '<!-- model-governance-gate:report -->'
let server: GitHubServer

beforeAll(async () => {
  server = await startGitHubServer()
})
afterAll(async () => {
  await server.close()
})

type RunEvent = { name: string; payload: object }

/** Runs the action on `event` in `dir` with these inputs, against the fake API. */
function act(dir: string, event: RunEvent, inputs: Record<string, string>) {
  return runAction({ workspace: dir, inputs, event, apiUrl: server.url, env })
}

/** The compliant proposal as pull request `number`, approved by @dave only (MG202 fails it). */
async function halfApproved(number: number) {
  const setup = await pullRequestRepo(server, proposalFiles('compliant'), { number, reviews: [] })
  server.fixtures.reviews[number] = [
    review({ id: number * 10, user: 'dave', state: 'APPROVED', commit_id: setup.head, pull_number: number })
  ]
  return setup
}

describe('the sticky pull request comment', () => {
  it('is created once, then updated in place on the next run, never duplicated', async () => {
    const { repo, event, head } = await halfApproved(31)
    // Someone else's comment carrying the marker must be left alone.
    server.fixtures.comments[31] = []
    const first = await act(repo.dir, event, { comment: 'true' })
    expect(first.code).toBe(1)
    const comments = () => server.fixtures.comments[31] ?? []
    expect(comments()).toHaveLength(1)
    const [created] = comments()
    expect(created?.body.startsWith(MARKER)).toBe(true)
    expect(created?.body).toContain('MG202')
    expect(created?.user.login).toBe('gate-token-owner')

    // The second approval arrives; the re-run updates the same comment to a pass.
    server.fixtures.reviews[31]?.push(
      review({ id: 311, user: 'erin', state: 'APPROVED', commit_id: head, pull_number: 31 })
    )
    const second = await act(repo.dir, event, { comment: 'true' })
    expect(second.code).toBe(0)
    expect(comments()).toHaveLength(1)
    expect(comments()[0]?.id).toBe(created?.id)
    expect(comments()[0]?.body).toContain('Model governance: pass')
    expect(server.requestsTo('PATCH', `/repos/o/r/issues/comments/${created?.id}`)).toHaveLength(1)
    expect(server.requestsTo('POST', '/repos/o/r/issues/31/comments')).toHaveLength(1)
  })

  it("warns and still reports when a fork's read-only token cannot comment", async () => {
    const { repo, event } = await pullRequestRepo(server, proposalFiles('compliant'), { number: 32 })
    server.setRoute('POST', '/repos/o/r/issues/32/comments', () =>
      errorResponse(403, 'Resource not accessible by integration')
    )
    const run = await act(repo.dir, event, { comment: 'true' })
    expect(run.code).toBe(0)
    expect(run.outputs.result).toBe('pass')
    const warning = run.commands.find((c) => c.command === 'warning')
    expect(warning?.message).toMatch(/comment was not written.*pull-requests: write/)
    expect(run.summary).toContain('Model governance: pass')
  })
})

describe('the SARIF file', () => {
  it('is written where the input says, valid SARIF 2.1.0, with fingerprints stable across runs', async () => {
    const { repo, event } = await halfApproved(33)
    const validate = sarifValidator()
    const runs = []
    for (let i = 0; i < 2; i++) {
      const run = await act(repo.dir, event, { sarif: 'reports/governance.sarif' })
      expect(run.code).toBe(1)
      expect(run.outputs.sarif).toBe(join(repo.dir, 'reports/governance.sarif'))
      const log = JSON.parse(readFileSync(run.outputs.sarif ?? '', 'utf8'))
      expect(validate(log)).toBe(true)
      runs.push(log)
    }
    const [log] = runs
    const results = log.runs[0].results
    const mg202 = results.find((r: { ruleId: string }) => r.ruleId === 'MG202')
    expect(mg202).toMatchObject({
      level: 'error',
      locations: [
        { physicalLocation: { artifactLocation: { uri: 'model-governance.yml' }, region: { startLine: 39 } } }
      ]
    })
    const rule = log.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'MG202')
    expect(rule.helpUri).toMatch(/docs\/rules\/MG202\.md$/)
    expect(rule.properties.tags).toContain('nist-ai-rmf:GOVERN-2.1')
    const fingerprints = (l: typeof log) =>
      l.runs[0].results.map((r: { partialFingerprints: object }) => r.partialFingerprints)
    expect(fingerprints(runs[1])).toEqual(fingerprints(log))
  })

  it('comes from the CLI too, with --format sarif', async () => {
    const { repo, base } = await halfApproved(34)
    const run = await runCli(['check', '--base', base, '--format', 'sarif'], { cwd: repo.dir, env })
    expect(run.stderr).toBe('')
    const log = JSON.parse(run.stdout)
    expect(sarifValidator()(log)).toBe(true)
    expect(log.runs[0].tool.driver.name).toBe('Model Governance Gate')
  })
})
