// The change read from the pull request files API, against the loopback GitHub fake.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Change, ChangedFile } from '../../src/engine/evidence.js'
import { addedFromPatch, changeFromPullRequest } from '../../src/evidence/change/api-change.js'
import { createClient, type GitHubClient } from '../../src/evidence/github/client.js'
import { prFile, pullRequest, startGitHubServer, type GitHubServer } from '../support/github-server.js'

const TOKEN = 'ghs_test_token'
const PR = { owner: 'o', repo: 'r' }

// Three hunks with context lines (as the API sends them), a CRLF line, and no final newline.
const PATCH = [
  '@@ -1,4 +1,5 @@',
  ' model: gpt-4o-mini',
  '-epochs: 3',
  '+epochs: 5',
  '+learning_rate_multiplier: 2',
  ' batch_size: 8',
  ' seed: 1',
  '@@ -20,3 +21,4 @@ training:',
  ' a',
  '+b\r',
  ' c',
  ' d',
  '@@ -40,2 +42,2 @@',
  ' tail',
  '-old',
  '+new',
  '\\ No newline at end of file'
].join('\n')

function files(change: Change): ChangedFile[] {
  if (!change.available) throw new Error(`change unavailable: ${change.reason}`)
  expect(change.source).toBe('api')
  return change.files
}

describe('changeFromPullRequest', () => {
  let server: GitHubServer
  let client: GitHubClient
  beforeAll(async () => {
    server = await startGitHubServer({}, { tokens: [TOKEN] })
    client = createClient({ token: TOKEN, baseUrl: server.url, retries: 0 })
  })
  afterAll(async () => server.close())

  it('pages through 250 files, 100 at a time, in three requests', async () => {
    const list = Array.from({ length: 250 }, (_, i) =>
      prFile({
        filename: `data/part-${String(i).padStart(3, '0')}.jsonl`,
        status: 'added',
        patch: '@@ -0,0 +1 @@\n+{}'
      })
    )
    server.fixtures.pulls[1] = pullRequest({
      number: 1,
      headSha: 'h'.repeat(40),
      baseSha: 'b'.repeat(40),
      changed_files: 250
    })
    server.fixtures.files[1] = list
    const before = server.requests.length
    const change = await changeFromPullRequest(client, { ...PR, pullNumber: 1, changedFiles: 250 })
    expect(files(change)).toHaveLength(250)
    expect(files(change)[249]).toEqual({
      path: 'data/part-249.jsonl',
      status: 'added',
      addedLines: [{ line: 1, text: '{}' }]
    })
    const calls = server.requests.slice(before)
    expect(calls.map((r) => [r.path, r.query.per_page, r.query.page ?? '1'])).toEqual([
      ['/repos/o/r/pulls/1/files', '100', '1'],
      ['/repos/o/r/pulls/1/files', '100', '2'],
      ['/repos/o/r/pulls/1/files', '100', '3']
    ])
  })

  it('maps statuses and previous paths, and parses added lines from each patch', async () => {
    server.fixtures.files[2] = [
      prFile({ filename: 'train/config.yml', status: 'modified', patch: PATCH }),
      prFile({
        filename: 'train/new-name.yml',
        previous_filename: 'train/old-name.yml',
        status: 'renamed',
        patch: '@@ -3,0 +4 @@\n+added: true'
      }),
      prFile({ filename: 'gone.txt', status: 'removed', patch: '@@ -1 +0,0 @@\n-bye' }),
      prFile({
        filename: 'copy.yml',
        previous_filename: 'orig.yml',
        status: 'copied',
        patch: '@@ -0,0 +1 @@\n+x'
      }),
      prFile({ filename: 'run.sh', status: 'changed' }),
      prFile({ filename: 'adapter_model.safetensors', status: 'added' })
    ]
    const change = await changeFromPullRequest(client, { ...PR, pullNumber: 2 })
    expect(files(change)).toEqual([
      {
        path: 'train/config.yml',
        status: 'modified',
        addedLines: [
          { line: 2, text: 'epochs: 5' },
          { line: 3, text: 'learning_rate_multiplier: 2' },
          { line: 22, text: 'b' },
          { line: 43, text: 'new' }
        ]
      },
      {
        path: 'train/new-name.yml',
        status: 'renamed',
        previousPath: 'train/old-name.yml',
        addedLines: [{ line: 4, text: 'added: true' }]
      },
      { path: 'gone.txt', status: 'removed', addedLines: [] },
      { path: 'copy.yml', status: 'modified', addedLines: [{ line: 1, text: 'x' }] },
      // No patch (binary, a mode change, or a diff too large for the API): unknown.
      { path: 'run.sh', status: 'modified' },
      { path: 'adapter_model.safetensors', status: 'added' }
    ])
  })

  it('is unavailable at the 3000-file cap, naming the real count', async () => {
    server.fixtures.files[3] = Array.from({ length: 3100 }, (_, i) => prFile({ filename: `f/${i}.txt` }))
    const before = server.requests.length
    const change = await changeFromPullRequest(client, { ...PR, pullNumber: 3, changedFiles: 3100 })
    expect(change).toEqual({
      available: false,
      reason:
        'the pull request changes 3100 files; the files API lists at most 3000, so the change must be read from a clone'
    })
    // 30 pages of 100, then the fake (like GitHub) has no further page.
    expect(server.requests.length - before).toBe(30)

    const unknownCount = await changeFromPullRequest(client, { ...PR, pullNumber: 3 })
    expect(unknownCount).toEqual({
      available: false,
      reason:
        'the pull request changes at least 3000 files; the files API lists at most 3000, so the change must be read from a clone'
    })
  })

  it('is unavailable when the list is shorter than the payload’s changed_files', async () => {
    server.fixtures.files[4] = [prFile({ filename: 'a.txt', patch: '@@ -1 +1 @@\n-a\n+b' })]
    const change = await changeFromPullRequest(client, { ...PR, pullNumber: 4, changedFiles: 2 })
    expect(change).toEqual({
      available: false,
      reason:
        'the pull request changes 2 files but the files API listed only 1, so the change must be read from a clone'
    })
  })

  it('is unavailable with the status and message when the API answers 500 on every try', async () => {
    server.setRoute('GET', '/repos/:owner/:repo/pulls/5/files', () => 500)
    const before = server.requests.length
    const change = await changeFromPullRequest(client, { ...PR, pullNumber: 5 })
    expect(change).toEqual({
      available: false,
      reason: 'GitHub answered 500 to GET /repos/o/r/pulls/5/files: Internal Server Error'
    })
    expect(server.requests.length - before).toBe(1)
  })

  it('is unavailable, never throwing, for a missing pull request or a bad token', async () => {
    const missing = await changeFromPullRequest(client, { ...PR, pullNumber: 404 })
    expect(missing.available).toBe(false)
    if (!missing.available)
      expect(missing.reason).toMatch(
        /^GitHub answered 404 to GET \/repos\/o\/r\/pulls\/404\/files: Not Found/
      )

    const stranger = createClient({ token: 'wrong', baseUrl: server.url, retries: 0 })
    const denied = await changeFromPullRequest(stranger, { ...PR, pullNumber: 2 })
    expect(denied.available).toBe(false)
    if (!denied.available) expect(denied.reason).toMatch(/^GitHub answered 401 to .*: Bad credentials/)
  })

  it('is unavailable when GitHub cannot be reached', async () => {
    const gone = await startGitHubServer()
    const url = gone.url
    await gone.close()
    const offline = createClient({ token: TOKEN, baseUrl: url, retries: 0 })
    const change = await changeFromPullRequest(offline, { ...PR, pullNumber: 1 })
    expect(change.available).toBe(false)
    if (!change.available)
      expect(change.reason).toMatch(
        /^GitHub could not be reached for GET \/repos\/o\/r\/pulls\/1\/files: .*ECONNREFUSED/
      )
  })
})

describe('addedFromPatch', () => {
  it('reads hunk headers without counts as one line', () => {
    expect(addedFromPatch('@@ -3 +3 @@\n-a\n+b')).toEqual([{ line: 3, text: 'b' }])
  })

  it('keeps added lines that look like headers', () => {
    expect(addedFromPatch('@@ -0,0 +1,2 @@\n+++ b/x\n+@@ -1 +1 @@')).toEqual([
      { line: 1, text: '++ b/x' },
      { line: 2, text: '@@ -1 +1 @@' }
    ])
  })

  it('gives up (unknown) over the byte cap or on a hunk cut short', () => {
    expect(addedFromPatch('@@ -0,0 +1,2 @@\n+aaaa\n+bbbb', 6)).toBeUndefined()
    expect(addedFromPatch('@@ -0,0 +1,2 @@\n+aaaa\n+bbbb', 8)).toHaveLength(2)
    expect(addedFromPatch('@@ -0,0 +1,3 @@\n+a\n+b')).toBeUndefined()
  })
})
