import { describe, expect, it } from '@jest/globals'
import { parsePolicyRef, PolicyRefError } from '../../src/policy/remote.js'

describe('parsePolicyRef', () => {
  it('reads a repository path, dropping a leading ./', () => {
    expect(parsePolicyRef('.github/model-governance-policy.yml')).toEqual({
      kind: 'repo',
      path: '.github/model-governance-policy.yml'
    })
    expect(parsePolicyRef(' ./policy.yml ')).toEqual({ kind: 'repo', path: 'policy.yml' })
  })

  it('reads owner/repo/path@ref as a remote policy', () => {
    expect(parsePolicyRef('acme/governance/policies/ml.yml@v2')).toEqual({
      kind: 'remote',
      owner: 'acme',
      repo: 'governance',
      path: 'policies/ml.yml',
      ref: 'v2'
    })
    expect(parsePolicyRef('acme-corp/.github/model-governance-policy.yml@refs/heads/main')).toMatchObject({
      kind: 'remote',
      repo: '.github',
      ref: 'refs/heads/main'
    })
  })

  it.each([
    ['/etc/passwd', /relative to the repository root/],
    ['C:/policy.yml', /drive path/],
    ['../other/policy.yml', /stay inside the repository/],
    ['policies/../../x.yml', /stay inside the repository/],
    ['policies\\ml.yml', /forward slashes/],
    ['policy\u0000.yml', /control characters/],
    ['', /is empty/],
    ['policies/', /must name a file/],
    ['acme/governance@v1', /owner\/repo\/path\/to\/policy.yml@ref/],
    ['acme/governance/../x.yml@v1', /stay inside the repository/],
    ['acme/governance/policy.yml@-delete', /not a valid git ref/],
    ['acme/governance/policy.yml@main..dev', /not a valid git ref/],
    ['-acme/governance/policy.yml@v1', /not a GitHub owner name/],
    ['acme/gov ernance/policy.yml@v1', /not a GitHub repository name/]
  ])('refuses %j', (input, message) => {
    expect(() => parsePolicyRef(input)).toThrow(PolicyRefError)
    expect(() => parsePolicyRef(input)).toThrow(message)
  })
})
