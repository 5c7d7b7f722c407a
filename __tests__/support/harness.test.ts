// The e2e harness, proven without dist/: the fake GitHub API, the child-process runner, and git repos.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createRepo } from './git-repo.js'
import {
  contentFile,
  errorBody,
  failTimes,
  type GitHubServer,
  prFile,
  pullRequest,
  pullRequestEvent,
  review,
  startGitHubServer
} from './github-server.js'
import {
  inputVariable,
  makeTempDir,
  parseFileCommand,
  parseWorkflowCommands,
  runAction,
  runCli
} from './run-dist.js'

const HEAD = 'a'.repeat(40)
const BASE = 'b'.repeat(40)

/** Follows `Link: <...>; rel="next"` from a first URL, as octokit.paginate does. */
async function fetchAllPages(first: string): Promise<{ pages: unknown[][]; responses: Response[] }> {
  const pages: unknown[][] = []
  const responses: Response[] = []
  let next: string | undefined = first
  while (next) {
    const res: Response = await fetch(next, { headers: { authorization: 'token t0k' } })
    responses.push(res)
    pages.push((await res.json()) as unknown[])
    next = /<([^>]+)>;\s*rel="next"/.exec(res.headers.get('link') ?? '')?.[1]
  }
  return { pages, responses }
}

describe('fake GitHub server', () => {
  let server: GitHubServer

  beforeAll(async () => {
    server = await startGitHubServer(
      {},
      {
        pulls: { 1: pullRequest({ number: 1, headSha: HEAD, baseSha: BASE, changed_files: 250 }) },
        files: {
          1: Array.from({ length: 250 }, (_, i) =>
            prFile({ filename: `data/f${i}.jsonl`, status: 'added', additions: 1 })
          )
        },
        reviews: {
          1: [
            review({
              id: 10,
              user: 'alice',
              state: 'APPROVED',
              commit_id: HEAD,
              author_association: 'MEMBER'
            })
          ]
        },
        contents: { [BASE]: { 'model-governance.yml': 'version: 1\n' } },
        teams: { 'acme/ml-governance': ['alice'] }
      }
    )
  })
  afterAll(async () => {
    await server.close()
  })

  it('pages /pulls/1/files through Link headers: 100, 100, 50', async () => {
    const { pages, responses } = await fetchAllPages(`${server.url}/repos/o/r/pulls/1/files?per_page=100`)
    expect(pages.map((p) => p.length)).toEqual([100, 100, 50])
    const first = responses[0]!
    expect(first.status).toBe(200)
    expect(first.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(first.headers.get('x-github-request-id')).toMatch(/^[0-9A-F]+(:[0-9A-F]+){4}$/)
    expect(Number(first.headers.get('x-ratelimit-remaining'))).toBeLessThan(5000)
    expect(first.headers.get('x-ratelimit-limit')).toBe('5000')
    expect(first.headers.get('link')).toBe(
      `<${server.url}/repos/o/r/pulls/1/files?per_page=100&page=2>; rel="next", ` +
        `<${server.url}/repos/o/r/pulls/1/files?per_page=100&page=3>; rel="last"`
    )
    expect(responses[2]!.headers.get('link')).toContain('rel="prev"')
    expect(responses[2]!.headers.get('link')).not.toContain('rel="next"')
    const files = server.requestsTo('GET', '/repos/o/r/pulls/1/files')
    expect(files.map((r) => r.query.page)).toEqual([undefined, '2', '3'])
    expect(files[0]!.headers.authorization).toBe('token t0k')
    expect((pages[2]![49] as { filename: string }).filename).toBe('data/f249.jsonl')
  })

  it('defaults to 30 per page', async () => {
    const res = await fetch(`${server.url}/repos/o/r/pulls/1/files`)
    expect(((await res.json()) as unknown[]).length).toBe(30)
    expect(res.headers.get('link')).toContain('page=9>; rel="last"')
  })

  it('answers a missing content with GitHub 404 body', async () => {
    const res = await fetch(
      `${server.url}/repos/o/r/contents/.github%2Fmodel-governance-policy.yml?ref=${BASE}`
    )
    expect(res.status).toBe(404)
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(await res.json()).toEqual({
      message: 'Not Found',
      documentation_url: 'https://docs.github.com/rest/repos/contents#get-repository-content',
      status: '404'
    })
    expect(server.requests.at(-1)!.path).toBe('/repos/o/r/contents/.github/model-governance-policy.yml')
  })

  it('serves a file as content-file JSON with base64 content', async () => {
    const res = await fetch(`${server.url}/repos/o/r/contents/model-governance.yml?ref=${BASE}`)
    const body = (await res.json()) as ReturnType<typeof contentFile>
    expect(body.type).toBe('file')
    expect(body.encoding).toBe('base64')
    expect(Buffer.from(body.content, 'base64').toString('utf8')).toBe('version: 1\n')
    // The blob id git itself computes for the same bytes.
    expect(body.sha).toBe(
      execFileSync('git', ['hash-object', '--stdin'], { input: 'version: 1\n' }).toString().trim()
    )
    expect(body.path).toBe('model-governance.yml')
  })

  it('answers team membership, /user, reviews and comments', async () => {
    const member = await fetch(`${server.url}/orgs/acme/teams/ml-governance/memberships/Alice`)
    expect(await member.json()).toMatchObject({ state: 'active', role: 'member' })
    const outsider = await fetch(`${server.url}/orgs/acme/teams/ml-governance/memberships/mallory`)
    expect(outsider.status).toBe(404)
    const me = await fetch(`${server.url}/user`)
    expect(await me.json()).toMatchObject({ login: 'gate-token-owner', type: 'User' })
    const reviews = (await (await fetch(`${server.url}/repos/o/r/pulls/1/reviews`)).json()) as {
      state: string
    }[]
    expect(reviews[0]).toMatchObject({ state: 'APPROVED', commit_id: HEAD, user: { login: 'alice' } })

    const created = await fetch(`${server.url}/repos/o/r/issues/1/comments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ body: '<!-- marker --> hello' })
    })
    expect(created.status).toBe(201)
    const comment = (await created.json()) as { id: number; url: string }
    expect(created.headers.get('location')).toBe(comment.url)
    const patched = await fetch(`${server.url}/repos/o/r/issues/comments/${comment.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ body: 'updated' })
    })
    expect(await patched.json()).toMatchObject({ id: comment.id, body: 'updated' })
    const listed = (await (await fetch(`${server.url}/repos/o/r/issues/1/comments`)).json()) as {
      body: string
    }[]
    expect(listed.map((c) => c.body)).toEqual(['updated'])
    expect(server.requestsTo('PATCH', /\/issues\/comments\//)[0]!.body).toEqual({ body: 'updated' })
  })

  it('lets a route answer errors, or fall through after failing', async () => {
    server.setRoute('GET', '/repos/:owner/:repo/pulls/:n/reviews', failTimes(1, 500))
    const failed = await fetch(`${server.url}/repos/o/r/pulls/1/reviews`)
    expect(failed.status).toBe(500)
    expect(await failed.json()).toEqual(errorBody(500))
    expect((await fetch(`${server.url}/repos/o/r/pulls/1/reviews`)).status).toBe(200)

    server.setRoute('GET', '/repos/:owner/:repo/pulls/:n', () => 403)
    const forbidden = await fetch(`${server.url}/repos/o/r/pulls/1`)
    expect(forbidden.status).toBe(403)
    expect(await forbidden.json()).toMatchObject({ message: 'Forbidden', status: '403' })
  })
})

describe('child-process runner', () => {
  it('runs a script as an action step and parses outputs, commands and the exit code', async () => {
    const dir = makeTempDir('mgg-harness-')
    const script = join(dir, 'step.mjs')
    await writeFile(
      script,
      [
        "import { appendFileSync, readFileSync } from 'node:fs'",
        "const event = JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH, 'utf8'))",
        "const d = 'ghadelimiter_3b8f1e4c-1111-4222-8333-944455556666'",
        'const out = (name, value) => appendFileSync(process.env.GITHUB_OUTPUT, `${name}<<${d}\\n${value}\\n${d}\\n`)',
        "out('result', 'fail')",
        "out('multi', 'line one\\nline two')",
        "out('input-mode', process.env['INPUT_MODE'])",
        "out('input-report', process.env['INPUT_REPORT'] ?? '<unset>')",
        "out('pr', String(event.pull_request.number))",
        "out('leaked', String(Object.keys(process.env).filter((k) => k === 'NODE_OPTIONS' || k.startsWith('JEST')).length))",
        "appendFileSync(process.env.GITHUB_STEP_SUMMARY, '# Model governance\\n')",
        "console.log('::error file=a.yml,line=3::boom')",
        "console.log('::warning title=a%3Ab%2Cc,file=b.yml::two%0Alines 100%25')",
        "console.log('plain log line')",
        'process.exitCode = 1'
      ].join('\n')
    )
    const pr = pullRequest({ number: 7, headSha: HEAD, baseSha: BASE })
    const result = await runAction({
      workspace: dir,
      inputs: { mode: 'warn', 'fine-tuning': 'x' },
      event: { name: 'pull_request', payload: pullRequestEvent(pr) },
      apiUrl: 'http://127.0.0.1:1',
      noDefaults: true,
      script
    })
    expect(result.stderr).toBe('')
    expect(result.code).toBe(1)
    expect(result.outputs).toEqual({
      result: 'fail',
      multi: 'line one\nline two',
      'input-mode': 'warn',
      'input-report': '<unset>',
      pr: '7',
      leaked: '0'
    })
    expect(result.summary).toBe('# Model governance\n')
    expect(result.commands).toEqual([
      { command: 'error', properties: { file: 'a.yml', line: '3' }, message: 'boom' },
      { command: 'warning', properties: { title: 'a:b,c', file: 'b.yml' }, message: 'two\nlines 100%' }
    ])
    expect(result.env).toMatchObject({
      'INPUT_FINE-TUNING': 'x',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_REPOSITORY: 'o/r',
      GITHUB_REF: 'refs/pull/7/merge',
      GITHUB_HEAD_REF: 'feature/pr-7',
      GITHUB_BASE_REF: 'main',
      GITHUB_WORKSPACE: dir,
      GITHUB_API_URL: 'http://127.0.0.1:1',
      GITHUB_SERVER_URL: 'https://github.com'
    })
  })

  it('fills in action.yml defaults as the runner does', async () => {
    const dir = makeTempDir('mgg-harness-')
    const script = join(dir, 'env.mjs')
    await writeFile(
      script,
      'console.log(JSON.stringify({ token: process.env.INPUT_TOKEN, mode: process.env.INPUT_MODE }))'
    )
    const result = await runAction({
      workspace: dir,
      inputs: { mode: 'enforce' },
      event: { name: 'push', payload: { ref: 'refs/heads/main', after: HEAD } },
      token: 'ghs_custom',
      script
    })
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout)).toEqual({ token: 'ghs_custom', mode: 'enforce' })
    expect(result.env.GITHUB_REF).toBe('refs/heads/main')
    expect(result.env.GITHUB_SHA).toBe(HEAD)
    expect(result.env.GITHUB_API_URL).toBe('http://127.0.0.1:9')
  })

  it('runs a CLI script with a clean environment', async () => {
    const dir = makeTempDir('mgg-harness-')
    const script = join(dir, 'cli.mjs')
    await writeFile(
      script,
      "process.stdout.write(JSON.stringify({ args: process.argv.slice(2), cwd: process.cwd(), gh: Object.keys(process.env).filter((k) => k.startsWith('GITHUB_')) }))\nprocess.stderr.write('usage')\nprocess.exit(2)"
    )
    const result = await runCli(['check', '--format', 'json'], { cwd: dir, script, env: { NO_COLOR: '1' } })
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('usage')
    expect(JSON.parse(result.stdout)).toEqual({ args: ['check', '--format', 'json'], cwd: dir, gh: [] })
  })

  it('parses workflow commands and file commands', () => {
    expect(parseWorkflowCommands('::notice::hi\n::add-mask::s3cr3t\n::endgroup::\nnot a command')).toEqual([
      { command: 'notice', properties: {}, message: 'hi' },
      { command: 'add-mask', properties: {}, message: 's3cr3t' },
      { command: 'endgroup', properties: {}, message: '' }
    ])
    expect(parseFileCommand('a=1\nb<<EOF\nx=y\nEOF\n')).toEqual({ a: '1', b: 'x=y' })
    expect(inputVariable('fine tuning')).toBe('INPUT_FINE_TUNING')
    expect(inputVariable('repo-token')).toBe('INPUT_REPO-TOKEN')
  })
})

describe('git repos', () => {
  it('builds a real repository with two commits', async () => {
    const repo = await createRepo({ 'model-governance.yml': 'version: 1\n', 'data/a.jsonl': '{}\n' })
    try {
      const base = await repo.sha()
      await repo.branch('feature')
      const head = await repo.commit(
        { 'data/b.jsonl': new Uint8Array([0x5b, 0x31, 0x5d, 0x0a]) },
        'add data',
        {
          remove: ['data/a.jsonl']
        }
      )
      expect(base).toMatch(/^[0-9a-f]{40}$/)
      expect(head).toMatch(/^[0-9a-f]{40}$/)
      expect(head).not.toBe(base)
      expect(await repo.sha('main')).toBe(base)
      expect(await repo.sha('feature')).toBe(head)
      expect(await repo.sha('HEAD~1')).toBe(base)
      expect((await repo.git('diff', '--name-status', base, head)).trim().split('\n')).toEqual([
        'D\tdata/a.jsonl',
        'A\tdata/b.jsonl'
      ])
      await repo.write({ 'notes.txt': 'draft' })
      expect((await repo.git('status', '--porcelain')).trim()).toBe('?? notes.txt')
      await repo.checkout('main')
      expect(await repo.sha()).toBe(base)

      const again = await createRepo({ 'model-governance.yml': 'version: 1\n', 'data/a.jsonl': '{}\n' })
      expect(await again.sha()).toBe(base)
      await again.cleanup()
    } finally {
      await repo.cleanup()
    }
  })

  it('refuses paths outside the repository', async () => {
    await expect(createRepo({ '../escape.txt': 'x' })).rejects.toThrow(/escapes the repository/)
  })
})

describe('fake GitHub server with a real octokit', () => {
  it('serves octokit.paginate, getContent, a RequestError and a sticky comment', async () => {
    const { getOctokit } = await import('@actions/github')
    const server = await startGitHubServer(
      { 'POST /repos/:owner/:repo/issues/:n/comments': () => 403 },
      {
        pulls: { 3: pullRequest({ number: 3, headSha: HEAD, baseSha: BASE, changed_files: 120 }) },
        files: { 3: Array.from({ length: 120 }, (_, i) => prFile({ filename: `f${i}` })) },
        contents: { [BASE]: { '.github/model-governance-policy.yml': 'version: 1\n' } }
      }
    )
    try {
      const octokit = getOctokit('ghs_x', { baseUrl: server.url, request: { retries: 0 } })
      const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
        owner: 'o',
        repo: 'r',
        pull_number: 3,
        per_page: 100
      })
      expect(files).toHaveLength(120)
      const { data } = await octokit.rest.repos.getContent({
        owner: 'o',
        repo: 'r',
        path: '.github/model-governance-policy.yml',
        ref: BASE
      })
      expect(Buffer.from((data as { content: string }).content, 'base64').toString()).toBe('version: 1\n')
      await expect(
        octokit.rest.repos.getContent({ owner: 'o', repo: 'r', path: 'missing.yml', ref: BASE })
      ).rejects.toMatchObject({ status: 404 })
      await expect(
        octokit.rest.issues.createComment({ owner: 'o', repo: 'r', issue_number: 3, body: 'x' })
      ).rejects.toMatchObject({ status: 403, response: { data: { message: 'Forbidden' } } })
      expect(server.requestsTo('GET', '/repos/o/r/pulls/3/files')[0]!.headers.authorization).toBe(
        'token ghs_x'
      )
    } finally {
      await server.close()
    }
  })
})
