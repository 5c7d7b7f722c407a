// `check --pr N` finds the repository and the API from the environment or the origin remote, and
// says what to set when it cannot.
import { describe, expect, it } from '@jest/globals'
import { gitHubTarget, parseRemote } from '../../src/cli/github-target.js'
import { createRepo } from '../support/git-repo.js'

describe('parseRemote', () => {
  it.each([
    ['https://github.com/acme/models.git', { host: 'github.com', owner: 'acme', repo: 'models' }],
    ['https://github.com/acme/models', { host: 'github.com', owner: 'acme', repo: 'models' }],
    [
      'https://x-access-token:t@github.com/acme/models.git',
      { host: 'github.com', owner: 'acme', repo: 'models' }
    ],
    ['git@github.com:acme/models.git', { host: 'github.com', owner: 'acme', repo: 'models' }],
    ['ssh://git@ghe.acme.io:2222/ml/models.git', { host: 'ghe.acme.io', owner: 'ml', repo: 'models' }]
  ])('reads %s', (url, expected) => {
    expect(parseRemote(url)).toEqual(expected)
  })

  it('refuses what is not a GitHub-style remote', () => {
    expect(parseRemote('/srv/git/models.git')).toBeUndefined()
    expect(parseRemote('https://github.com/only-owner')).toBeUndefined()
  })
})

describe('gitHubTarget', () => {
  it('needs a token, and says how to get one', async () => {
    const repo = await createRepo({ 'a.txt': 'a' })
    await expect(gitHubTarget(repo.dir, {})).rejects.toThrow(/set GITHUB_TOKEN/)
  })

  it('takes the repository from the origin remote, and an Enterprise host gets /api/v3', async () => {
    const repo = await createRepo({ 'a.txt': 'a' })
    await repo.git('remote', 'add', 'origin', 'git@ghe.acme.io:ml/models.git')
    expect(await gitHubTarget(repo.dir, { GH_TOKEN: 't' })).toEqual({
      token: 't',
      repository: { owner: 'ml', repo: 'models' },
      apiUrl: 'https://ghe.acme.io/api/v3'
    })
  })

  it('prefers GITHUB_REPOSITORY and GITHUB_API_URL', async () => {
    const repo = await createRepo({ 'a.txt': 'a' })
    const env = { GITHUB_TOKEN: 't', GITHUB_REPOSITORY: 'o/r', GITHUB_API_URL: 'http://127.0.0.1:1' }
    expect(await gitHubTarget(repo.dir, env)).toEqual({
      token: 't',
      repository: { owner: 'o', repo: 'r' },
      apiUrl: 'http://127.0.0.1:1'
    })
  })

  it('says what to set when there is no repository to name', async () => {
    const repo = await createRepo({ 'a.txt': 'a' })
    await expect(gitHubTarget(repo.dir, { GITHUB_TOKEN: 't' })).rejects.toThrow(
      /GITHUB_REPOSITORY=owner\/name/
    )
  })
})
