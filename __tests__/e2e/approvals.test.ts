// Approvals end to end: dist/index.js against the loopback GitHub API, for each way a review can fail
// to count (MG202), each way approvals can be unverifiable (MG203), and every event the gate runs on.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import type { TempRepo } from '../support/git-repo.js'
import { review, startGitHubServer, type GitHubServer, type ReviewState } from '../support/github-server.js'
import { FAKE_TOKEN, runAction } from '../support/run-dist.js'
import { APPROVER_TEAM, baseManifest, EXAMPLE_DAY, proposalFiles, pullRequestRepo } from './example-repo.js'

// Retries back off in 1 ms units here (1, 4, 9 ms) instead of seconds.
const env = { MODEL_GOVERNANCE_NOW: EXAMPLE_DAY, MODEL_GOVERNANCE_RETRY_BASE_MS: '1' }
let server: GitHubServer
let nextNumber = 100

beforeAll(async () => {
  server = await startGitHubServer()
})
afterAll(async () => {
  await server.close()
})

type RunEvent = { name: string; payload: object }

function act(repo: TempRepo, event: RunEvent, inputs: Record<string, string> = {}, token?: string) {
  return runAction({
    workspace: repo.dir,
    inputs,
    event,
    apiUrl: server.url,
    env,
    ...(token !== undefined && { token })
  })
}

function reportOf(run: Awaited<ReturnType<typeof runAction>>) {
  return JSON.parse(readFileSync(run.outputs.report ?? '', 'utf8'))
}

/** The 1-based line of the first line of the manifest in `files` containing `text`. */
function lineOf(files: Record<string, string | Uint8Array>, text: string): number {
  return (
    String(files['model-governance.yml'])
      .split('\n')
      .findIndex((l) => l.includes(text)) + 1
  )
}

function findingsOf(run: Awaited<ReturnType<typeof runAction>>, ruleId: string) {
  return reportOf(run).findings.filter((f: { ruleId: string }) => f.ruleId === ruleId)
}

/** A review by `user` in `state` on `commit` (the head by default). */
type ReviewSpec = [user: string, state: ReviewState, commit?: 'head' | 'base']

/** The compliant proposal as pull request #N with these reviews (and optionally other head files). */
async function proposalWith(
  reviews: ReviewSpec[],
  options: { author?: string; head?: Record<string, string | Uint8Array> } = {}
) {
  const number = nextNumber++
  const setup = await pullRequestRepo(server, options.head ?? proposalFiles('compliant'), {
    number,
    reviews: [],
    ...(options.author !== undefined && { author: options.author })
  })
  server.fixtures.reviews[number] = reviews.map(([user, state, commit], i) =>
    review({
      id: number * 100 + i,
      user,
      state,
      commit_id: commit === 'base' ? setup.base : setup.head,
      pull_number: number
    })
  )
  return setup
}

describe('approvals on a pull request (MG202)', () => {
  it('passes with two valid approvals: a named approver and a team member', async () => {
    const { repo, event } = await proposalWith([
      ['dave', 'APPROVED'],
      ['erin', 'APPROVED']
    ])
    const run = await act(repo, event)
    expect(run.code).toBe(0)
    expect(run.outputs.result).toBe('pass')
    const [model] = reportOf(run).models
    expect(model.approvals).toMatchObject({
      needed: 2,
      satisfied: true,
      approvedBy: [
        { login: 'dave', via: '@dave' },
        { login: 'erin', via: '@acme/ml-governance' }
      ]
    })
    expect(run.summary).toContain('### Approvals')
    expect(run.summary).toMatch(/2 of 2 approvals/)
  })

  it('counts two members of an approver team as two people', async () => {
    const { repo, event } = await proposalWith([
      ['erin', 'APPROVED'],
      ['frank', 'APPROVED']
    ])
    const run = await act(repo, event)
    expect(run.code).toBe(0)
    const memberships = server.requestsTo('GET', /^\/orgs\/acme\/teams\/ml-governance\/memberships\//)
    expect(memberships.length).toBeGreaterThanOrEqual(2)
  })

  it.each<{ name: string; reviews: ReviewSpec[]; reason: RegExp; author?: string; head?: () => object }>([
    {
      name: "the author's own approval",
      author: 'dave',
      reviews: [
        ['dave', 'APPROVED'],
        ['erin', 'APPROVED']
      ],
      reason: /@dave is the pull request's author; an author's own approval never counts/
    },
    {
      name: 'a stale approval of an older commit',
      reviews: [
        ['dave', 'APPROVED', 'base'],
        ['erin', 'APPROVED']
      ],
      reason: /@dave approved an older commit [0-9a-f]{7}, not the head [0-9a-f]{7}/
    },
    {
      name: 'a dismissed review',
      reviews: [
        ['dave', 'DISMISSED'],
        ['erin', 'APPROVED']
      ],
      reason: /@dave their review was dismissed/
    },
    {
      name: 'an approval superseded by a request for changes',
      reviews: [
        ['dave', 'APPROVED'],
        ['erin', 'APPROVED'],
        ['dave', 'CHANGES_REQUESTED']
      ],
      reason: /@dave requested changes after approving, which supersedes the approval/
    },
    {
      name: 'a reviewer who is not an approver',
      reviews: [
        ['zed', 'APPROVED'],
        ['erin', 'APPROVED']
      ],
      reason: /@zed is not among the approvers of support-triage/
    },
    {
      name: 'an approver this pull request adds',
      reviews: [
        ['mallory', 'APPROVED'],
        ['erin', 'APPROVED']
      ],
      head: () => ({
        ...proposalFiles('compliant'),
        'model-governance.yml': baseManifest().replace('"@dave"]', '"@dave", "@mallory"]')
      }),
      reason:
        /@mallory is named as an approver only by this change; approvals count from the approvers on the base branch/
    }
  ])('fails with MG202 and the reason for $name', async ({ reviews, reason, author, head }) => {
    const { repo, event } = await proposalWith(reviews, {
      ...(author !== undefined && { author }),
      ...(head !== undefined && { head: head() as Record<string, string> })
    })
    const run = await act(repo, event)
    expect(run.code).toBe(1)
    const [finding, ...more] = findingsOf(run, 'MG202')
    expect(more).toEqual([])
    expect(finding.message).toMatch(/has 1 of the 2 approvals it needs/)
    expect(finding.message).toMatch(reason)
    expect(finding).toMatchObject({ file: 'model-governance.yml', line: 39, severity: 'error' })
    const annotation = run.commands.find(
      (c) => c.command === 'error' && c.properties.title?.includes('MG202')
    )
    expect(annotation?.properties).toMatchObject({ file: 'model-governance.yml', line: '39' })
    // Logins are escaped so they cannot mention anyone: "@" is followed by a zero-width joiner.
    expect(run.summary).toMatch(/- Not counted: @\u200d?\w+/)
    expect(findingsOf(run, 'MG203')).toEqual([])
  })

  it('reads every page of a long review history', async () => {
    const chatter: ReviewSpec[] = Array.from({ length: 230 }, () => ['zed', 'COMMENTED'] as ReviewSpec)
    const { repo, event } = await proposalWith([['dave', 'APPROVED'], ...chatter, ['erin', 'APPROVED']])
    const run = await act(repo, event)
    expect(run.code).toBe(0)
    const pages = server.requestsTo('GET', new RegExp(`/pulls/${nextNumber - 1}/reviews$`))
    expect(pages.map((r) => r.query.page ?? '1')).toEqual(['1', '2', '3'])
  })
})

describe('exceptions a pull request writes for itself', () => {
  const selfWaiver = (approver: string) =>
    `${baseManifest().trimEnd()}\n\nexceptions:\n  - rule: MG202\n    model: support-triage\n    reason: ship it today\n    approved_by: "${approver}"\n    expires_at: 2026-12-01\n`

  it('cannot waive MG202 by naming an approver who did not approve', async () => {
    const head = { ...proposalFiles('compliant'), 'model-governance.yml': selfWaiver('@acme/ml-governance') }
    expect(head['model-governance.yml']).toContain('rule: MG202')
    const { repo, event } = await proposalWith([['dave', 'APPROVED']], { head })
    const run = await act(repo, event)
    expect(run.code).toBe(1)
    expect(findingsOf(run, 'MG202')).toEqual([expect.objectContaining({ severity: 'error' })])
    expect(findingsOf(run, 'MG801')).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/waives nothing yet: @acme\/ml-governance has not approved/)
      })
    ])
  })

  it('counts the exception once a member of the named team approves the head commit', async () => {
    const head = { ...proposalFiles('compliant'), 'model-governance.yml': selfWaiver('@acme/ml-governance') }
    // Only one approval counts towards the two MG202 needs; the team's approval signs the exception.
    const { repo, event } = await proposalWith([['erin', 'APPROVED']], { head })
    const run = await act(repo, event)
    expect(run.code).toBe(0)
    expect(findingsOf(run, 'MG202')).toEqual([
      expect.objectContaining({
        severity: 'note',
        waiver: expect.objectContaining({ approvedBy: '@acme/ml-governance' })
      })
    ])
    expect(findingsOf(run, 'MG801')).toEqual([])
  })
})

describe('approvals that cannot be verified (MG203)', () => {
  it('fails closed when the reviews API answers 500 on every retry', async () => {
    const { repo, event, pr } = await proposalWith([['dave', 'APPROVED']])
    const path = `/repos/o/r/pulls/${pr.number}/reviews`
    server.setRoute('GET', path, () => 500)
    const run = await act(repo, event)
    expect(run.code).toBe(1)
    expect(run.outputs.result).toBe('fail')
    // One request and three retries.
    expect(server.requestsTo('GET', path)).toHaveLength(4)
    const [finding] = findingsOf(run, 'MG203')
    expect(finding.message).toMatch(
      new RegExp(
        `could not be verified: the reviews of o/r#${pr.number} could not be read \\(HTTP 500.*after retries\\)`
      )
    )
    expect(findingsOf(run, 'MG202')).toEqual([])
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/)
  })

  it('fails closed without a token', async () => {
    const { repo, event } = await proposalWith([['dave', 'APPROVED']])
    // The checkout holds base and head, so the change and the policy need no API.
    const run = await act(repo, event, { token: '' })
    expect(run.code).toBe(1)
    expect(findingsOf(run, 'MG203')[0].message).toMatch(/no token was given/)
  })

  it('fails closed when a team that could decide cannot be read, and names the team-token fix', async () => {
    const { repo, event } = await proposalWith([
      ['dave', 'APPROVED'],
      ['erin', 'APPROVED']
    ])
    server.setRoute('GET', '/orgs/acme/teams/ml-governance', () => 404)
    try {
      const run = await act(repo, event)
      expect(run.code).toBe(1)
      const [finding] = findingsOf(run, 'MG203')
      expect(finding.message).toMatch(/membership of @acme\/ml-governance .*could not be read.*team-token/)
      expect(reportOf(run).models[0].approvals.unverifiable).toHaveLength(1)
    } finally {
      server.setRoute('GET', '/orgs/acme/teams/ml-governance', () => undefined)
    }
  })

  it('reads team membership with the team-token input when it is given', async () => {
    const { repo, event } = await proposalWith([
      ['dave', 'APPROVED'],
      ['erin', 'APPROVED']
    ])
    const before = server.requests.length
    const run = await act(repo, event, { 'team-token': 'ghs_membersReadToken0000000000000000000' })
    expect(run.code).toBe(0)
    const teamCalls = server.requests.slice(before).filter((r) => r.path.startsWith('/orgs/'))
    expect(teamCalls.length).toBeGreaterThan(0)
    for (const call of teamCalls) expect(call.headers.authorization).toMatch(/membersReadToken/)
    const reviewCalls = server.requests.slice(before).filter((r) => r.path.endsWith('/reviews'))
    for (const call of reviewCalls) expect(call.headers.authorization).toContain(FAKE_TOKEN)
    // Masked for the runner, and never written anywhere else.
    expect(run.commands.some((c) => c.command === 'add-mask' && c.message.includes('membersReadToken'))).toBe(
      true
    )
    const unmasked = run.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::'))
    expect(unmasked.join('\n')).not.toContain('membersReadToken')
  })
})

describe('how many people the approvers can supply (MG201)', () => {
  const asking = (n: number) => ({
    ...proposalFiles('compliant'),
    'model-governance.yml': baseManifest().replace('min_approvals: 2', `min_approvals: ${n}`)
  })

  it("counts the approver team's active members through the API, and says whom it counted", async () => {
    const { repo, event } = await proposalWith([['dave', 'APPROVED']], { head: asking(4) })
    // A pending invitation is not a member yet: @gina does not count.
    server.fixtures.teams[APPROVER_TEAM] = { erin: {}, frank: {}, gina: { state: 'pending' } }
    const run = await act(repo, event)
    expect(run.code).toBe(1)
    const [finding] = findingsOf(run, 'MG201')
    expect(finding).toMatchObject({ severity: 'error', line: lineOf(asking(4), 'min_approvals: 4') })
    expect(finding.message).toBe(
      'Model support-triage needs 4 approvals but its approvers are only 3 people (1 user named and the 2 active members of @acme/ml-governance), so no change could ever be approved; add approvers or a team, or lower `min_approvals` to 3.'
    )
    expect(server.requestsTo('GET', '/orgs/acme/teams/ml-governance/members').length).toBeGreaterThan(0)
    // Three people can supply three approvals: no MG201.
    const enough = await proposalWith([['dave', 'APPROVED']], { head: asking(3) })
    expect(findingsOf(await act(enough.repo, enough.event), 'MG201')).toEqual([])
  })

  it('says it cannot tell, as a note, when the token cannot list the team', async () => {
    const { repo, event } = await proposalWith([['dave', 'APPROVED']], { head: asking(4) })
    server.setRoute('GET', '/orgs/acme/teams/ml-governance/members', () => 403)
    try {
      const [finding] = findingsOf(await act(repo, event), 'MG201')
      expect(finding.severity).toBe('note')
      expect(finding.message).toMatch(
        /counting 1 user named gives 1 person, and the members of @acme\/ml-governance \(the token cannot see the team \(HTTP 403/
      )
    } finally {
      server.setRoute('GET', '/orgs/acme/teams/ml-governance/members', () => undefined)
    }
  })
})

describe('the events the gate runs on', () => {
  it('pull_request_review: re-checks on a submitted approval', async () => {
    const { repo, pr } = await proposalWith([
      ['dave', 'APPROVED'],
      ['erin', 'APPROVED']
    ])
    const payload = {
      action: 'submitted',
      review: { id: 1, state: 'approved', user: { login: 'erin' }, commit_id: pr.head.sha },
      pull_request: pr,
      repository: pr.base.repo,
      sender: { login: 'erin' }
    }
    const run = await act(repo, { name: 'pull_request_review', payload })
    expect(run.code).toBe(0)
    expect(reportOf(run).models[0].approvals.satisfied).toBe(true)
  })

  it('merge_group: checks the approvals of the queued pull request on its own head', async () => {
    const { repo, pr, base } = await proposalWith([
      ['dave', 'APPROVED'],
      ['erin', 'APPROVED']
    ])
    const payload = {
      action: 'checks_requested',
      merge_group: {
        head_sha: pr.head.sha,
        head_ref: `refs/heads/gh-readonly-queue/main/pr-${pr.number}-${base}`,
        base_sha: base,
        base_ref: 'refs/heads/main'
      },
      repository: pr.base.repo
    }
    const run = await act(repo, { name: 'merge_group', payload })
    expect(run.code).toBe(0)
    expect(server.requestsTo('GET', `/repos/o/r/pulls/${pr.number}`)).not.toHaveLength(0)
    expect(reportOf(run).models[0].approvals.satisfied).toBe(true)
  })

  it('merge_group without a pull request number fails closed', async () => {
    const { repo, pr, base } = await proposalWith([])
    const payload = {
      action: 'checks_requested',
      merge_group: { head_sha: pr.head.sha, head_ref: 'refs/heads/somewhere', base_sha: base },
      repository: pr.base.repo
    }
    const run = await act(repo, { name: 'merge_group', payload })
    expect(run.code).toBe(1)
    expect(findingsOf(run, 'MG203')[0].message).toMatch(/no pull request: the merge_group event names none/)
  })

  it('push: approvals are not applicable, and the summary says so', async () => {
    const { repo, base, head } = await proposalWith([])
    const run = await act(repo, {
      name: 'push',
      payload: { before: base, after: head, ref: 'refs/heads/main' }
    })
    expect(findingsOf(run, 'MG202')).toEqual([])
    expect(findingsOf(run, 'MG203')).toEqual([])
    expect(run.summary).toContain('Approvals were not checked: a push run judges no pull request')
  })

  it('pull_request_target: reads the head as data through the API while the checkout holds the base', async () => {
    const head = {
      ...proposalFiles('compliant'),
      'model-governance.yml': baseManifest().replace('min: 0.88', 'min: 0.89')
    }
    const {
      repo,
      head: headSha,
      pr
    } = await proposalWith(
      [
        ['dave', 'APPROVED'],
        ['erin', 'APPROVED']
      ],
      { head }
    )
    // Serve the head commit's tree and the PR's files through the API, then drop the head commit from
    // the clone, as pull_request_target's base checkout would not have it.
    const tree = await treeOf(repo, headSha)
    server.fixtures.contents[headSha] = tree
    server.fixtures.files[pr.number] = Object.keys(head).map((filename) => ({
      sha: '',
      filename,
      status: 'modified',
      additions: 1,
      deletions: 1,
      changes: 2,
      blob_url: '',
      raw_url: '',
      contents_url: ''
    }))
    await repo.checkout('main')
    await repo.git('branch', '-D', 'proposal')
    await repo.git('reflog', 'expire', '--expire=now', '--all')
    await repo.git('gc', '--prune=now', '--quiet')
    const run = await act(repo, {
      name: 'pull_request_target',
      payload: { action: 'synchronize', number: pr.number, pull_request: pr, repository: pr.base.repo }
    })
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.summary).toContain('read through the GitHub API')
    // The manifest judged is the head's (its raised threshold shows in the evaluation table).
    expect(reportOf(run).models[0].evaluation).toEqual(
      expect.arrayContaining([expect.objectContaining({ metric: 'macro_f1', limit: 0.89 })])
    )
    expect(
      server.requestsTo('GET', /\/contents\/model-governance\.yml$/).some((r) => r.query.ref === headSha)
    ).toBe(true)
  })
})

/** Every file of a commit, by path. */
async function treeOf(repo: TempRepo, sha: string): Promise<Record<string, Uint8Array>> {
  const paths = (await repo.git('ls-tree', '-r', '--name-only', sha)).split('\n').filter(Boolean)
  const tree: Record<string, Uint8Array> = {}
  for (const path of paths) tree[path] = Buffer.from(await repo.git('show', `${sha}:${path}`))
  return tree
}
