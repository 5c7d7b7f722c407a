// Bounded network time end to end: dist/index.js against a loopback API that never answers. The run
// must end within the api-deadline input, fail closed, and still write its summary, outputs and report.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { createRepo, type TempRepo } from '../support/git-repo.js'
import { startGitHubServer, type GitHubServer } from '../support/github-server.js'
import { runAction } from '../support/run-dist.js'
import { EXAMPLE_DAY, proposalFiles, pullRequestRepo } from './example-repo.js'

const env = { MODEL_GOVERNANCE_NOW: EXAMPLE_DAY, MODEL_GOVERNANCE_RETRY_BASE_MS: '1' }
/** Half a second a request, two seconds in all: the process, git and node add under a few seconds. */
const LIMITS = { 'api-timeout': '0.5', 'api-deadline': '2' }
const SLACK_MS = 6_000
let server: GitHubServer
let nextNumber = 300

beforeAll(async () => {
  server = await startGitHubServer()
})
afterAll(async () => {
  await server.close()
})

async function timed(
  repo: TempRepo,
  event: { name: string; payload: object },
  inputs: Record<string, string>
) {
  const started = Date.now()
  const run = await runAction({ workspace: repo.dir, inputs, event, apiUrl: server.url, env })
  return { run, ms: Date.now() - started }
}

function reportOf(run: Awaited<ReturnType<typeof runAction>>) {
  const path = run.outputs.report ?? ''
  expect(existsSync(path)).toBe(true)
  return JSON.parse(readFileSync(path, 'utf8'))
}

const hang = () => new Promise<undefined>(() => undefined)

describe('an API that never answers', () => {
  it('fails closed with MG203 within the deadline, and still publishes everything', async () => {
    const number = nextNumber++
    server.setRoute('GET', `/repos/:owner/:repo/pulls/${number}/reviews`, hang)
    const { repo, event } = await pullRequestRepo(server, proposalFiles('compliant'), { number })
    const { run, ms } = await timed(repo, event, LIMITS)
    console.log(`an API that never answers: the run ended in ${ms} ms (api-deadline 2 s)`)
    expect(ms).toBeLessThan(2_000 + SLACK_MS)
    expect(run.code).toBe(1)
    expect(run.outputs).toMatchObject({ result: 'fail', findings: '1' })
    const [finding] = reportOf(run).findings
    expect(finding).toMatchObject({ ruleId: 'MG203', severity: 'error', model: 'support-triage' })
    expect(finding.message).toMatch(
      /reviews of o\/r#\d+ could not be read \(the GitHub API deadline of 2 s \(the api-deadline input\) ran out during GET \/repos\/o\/r\/pulls\/\d+\/reviews\)/
    )
    expect(run.summary).toContain('MG203')
    expect(run.commands).toContainEqual(expect.objectContaining({ command: 'error' }))
  })

  it('is a warning, not a failure, in warn mode', async () => {
    const number = nextNumber++
    server.setRoute('GET', `/repos/:owner/:repo/pulls/${number}/reviews`, hang)
    const { repo, event } = await pullRequestRepo(server, proposalFiles('compliant'), { number })
    const { run, ms } = await timed(repo, event, { ...LIMITS, mode: 'warn' })
    expect(ms).toBeLessThan(2_000 + SLACK_MS)
    expect(run.code).toBe(0)
    expect(run.outputs.result).toBe('warn')
    expect(reportOf(run).findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['MG203'])
  })

  it('fails closed when the base policy cannot be read from a shallow checkout, with summary and report', async () => {
    const number = nextNumber++
    const { repo, event } = await pullRequestRepo(server, proposalFiles('compliant'), { number })
    // Every contents read hangs: the policy is the first thing the gate reads through the API.
    server.setRoute('GET', '/repos/:owner/:repo/contents/*path', hang)
    const shallow = await createRepo({})
    await shallow.git('fetch', '--depth=1', `file://${repo.dir}`, 'proposal')
    await shallow.git('checkout', '-q', 'FETCH_HEAD')
    try {
      const { run, ms } = await timed(shallow, event, LIMITS)
      expect(ms).toBeLessThan(2_000 + SLACK_MS)
      expect(run.code).toBe(1)
      expect(run.outputs).toMatchObject({ result: 'fail', findings: '1', 'fine-tuning-detected': 'false' })
      const report = reportOf(run)
      expect(report.result).toBe('fail')
      expect(report.error).toMatch(
        /policy could not be read through the GitHub API \(the GitHub API deadline of 2 s .* ran out during GET \/repos\/o\/r\/contents\/\.github\/model-governance-policy\.yml\)/
      )
      expect(run.summary).toContain('The gate could not judge this change, so it failed closed')
    } finally {
      server.setRoute('GET', '/repos/:owner/:repo/contents/*path', () => undefined)
    }
  })
})
