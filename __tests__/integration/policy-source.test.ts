// The policy is read from the BASE commit: a pull request must not be able to weaken the rules it is
// judged by. These tests build real repositories where the head (or the working tree) loosens it.
import { createHash } from 'node:crypto'
import { symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from '@jest/globals'
import { loadPolicy, type PolicyLoad, policyChanged } from '../../src/evidence/policy-source.js'
import { builtInPolicy } from '../../src/policy/parse.js'
import type { ResolvedPolicy } from '../../src/policy/types.js'
import { createRepo, type TempRepo } from '../support/git-repo.js'

const PATH = '.github/model-governance-policy.yml'
const STRICT = 'version: 1\nmode: enforce\ntiers:\n  high:\n    min_approvals: 3\n'
const LOOSE = 'version: 1\nmode: warn\ntiers:\n  high:\n    min_approvals: 0\n'

let repo: TempRepo | undefined
afterEach(async () => {
  await repo?.cleanup()
  repo = undefined
})

function resolved(load: PolicyLoad): ResolvedPolicy {
  if ('error' in load) throw new Error(`expected a policy, got: ${load.error.message}`)
  return load.resolved
}

function failed(load: PolicyLoad) {
  if (!('error' in load)) throw new Error('expected an error')
  return load.error
}

describe('loadPolicy from the repository', () => {
  it('uses the base commit, not a head commit that loosens the policy', async () => {
    repo = await createRepo({ [PATH]: STRICT })
    const base = await repo.sha()
    await repo.branch('loosen')
    const head = await repo.commit({ [PATH]: LOOSE }, 'loosen the policy')
    await repo.write({ [PATH]: 'version: 1\nmode: warn\n' })

    const policy = resolved(await loadPolicy({ root: repo.dir, baseRef: base, policyRef: PATH }))
    expect(policy.policy.mode).toBe('enforce')
    expect(policy.policy.tiers.high.min_approvals).toBe(3)
    expect(policy.source).toBe(`${PATH}@${base}`)
    expect(policy.sha256).toBe(createHash('sha256').update(STRICT).digest('hex'))
    expect(policy.builtIn).toBe(false)

    // The same call with the head as base would see the loosened file: the base is what protects.
    expect(resolved(await loadPolicy({ root: repo.dir, baseRef: head, policyRef: PATH })).policy.mode).toBe(
      'warn'
    )
  })

  it('resolves a branch name to the commit it names in the source', async () => {
    repo = await createRepo({ [PATH]: STRICT })
    const policy = resolved(await loadPolicy({ root: repo.dir, baseRef: 'main', policyRef: `./${PATH}` }))
    expect(policy.source).toBe(`${PATH}@${await repo.sha('main')}`)
  })

  it('falls back to the built-in default when the policy only exists in the head', async () => {
    repo = await createRepo({ 'README.md': 'hi\n' })
    const base = await repo.sha()
    await repo.branch('add-policy')
    await repo.commit({ [PATH]: LOOSE }, 'add a lenient policy')
    const policy = resolved(await loadPolicy({ root: repo.dir, baseRef: base, policyRef: PATH }))
    expect(policy).toEqual(builtInPolicy())
  })

  it('reports an invalid base policy with its file, line and column', async () => {
    repo = await createRepo({ [PATH]: 'version: 1\nmode: enforce\nrules:\n  MG002: off\n' })
    const error = failed(await loadPolicy({ root: repo.dir, baseRef: 'HEAD', policyRef: PATH }))
    expect(error).toMatchObject({ file: PATH, line: 4, column: 10 })
    expect(error.message).toContain('rules.MG002 cannot be off')
    expect(error.message).toContain('fix it in a pull request of its own')
  })

  it('lists every problem of an invalid policy, the first with its location', async () => {
    repo = await createRepo({ [PATH]: 'version: 1\nmode: enforcing\ndefault_tier: extreme\n' })
    const error = failed(await loadPolicy({ root: repo.dir, baseRef: 'HEAD', policyRef: PATH }))
    expect(error.line).toBe(2)
    expect(error.message).toContain(`\n${PATH}:3:15: default_tier must be one of low, medium, high`)
  })

  it('refuses a symlink at the policy path instead of following it or ignoring it', async () => {
    repo = await createRepo({ 'real.yml': LOOSE })
    symlinkSync('../real.yml', join(repo.dir, 'policy-link.yml'))
    await repo.commit({}, 'link')
    const error = failed(await loadPolicy({ root: repo.dir, baseRef: 'HEAD', policyRef: 'policy-link.yml' }))
    expect(error.message).toMatch(/is a symbolic link; links are not followed/)
  })

  it('turns an unknown base and a hostile path into errors, not throws', async () => {
    repo = await createRepo({ [PATH]: STRICT })
    expect(failed(await loadPolicy({ root: repo.dir, baseRef: 'nope', policyRef: PATH })).message).toMatch(
      /The base nope is not a commit in this clone/
    )
    expect(
      failed(await loadPolicy({ root: repo.dir, baseRef: 'HEAD', policyRef: '../x.yml' })).message
    ).toMatch(/must stay inside the repository/)
  })

  it('reads the base through an injected reader when the clone lacks the base commit', async () => {
    const paths: string[] = []
    const readBase = async (path: string) => {
      paths.push(path)
      return new TextEncoder().encode(STRICT)
    }
    const load = await loadPolicy({
      root: '/nonexistent',
      baseRef: 'a'.repeat(40),
      policyRef: PATH,
      readBase
    })
    expect(resolved(load).source).toBe(`${PATH}@${'a'.repeat(40)}`)
    expect(paths).toEqual([PATH])
    const none = await loadPolicy({
      root: '/nonexistent',
      baseRef: 'b',
      policyRef: PATH,
      readBase: async () => undefined
    })
    expect(resolved(none).builtIn).toBe(true)
  })
})

describe('loadPolicy from another repository', () => {
  const REF = 'acme/governance/policies/ml.yml@v2'

  it('needs a reader (a token and the API)', async () => {
    const error = failed(await loadPolicy({ root: '/nonexistent', baseRef: 'HEAD', policyRef: REF }))
    expect(error.message).toMatch(/needs a token and the GitHub API/)
  })

  it('reads it through the reader and records where it came from', async () => {
    const calls: string[][] = []
    const readRemote = async (...args: string[]) => {
      calls.push(args)
      return new TextEncoder().encode('version: 1\nmode: warn\n')
    }
    const policy = resolved(
      await loadPolicy({ root: '/nonexistent', baseRef: 'HEAD', policyRef: REF, readRemote })
    )
    expect(calls).toEqual([['acme', 'governance', 'policies/ml.yml', 'v2']])
    expect(policy.source).toBe(REF)
    expect(policy.policy.mode).toBe('warn')
  })

  it('never falls back to the default when the named policy is missing or unreadable', async () => {
    const missing = await loadPolicy({
      root: '/x',
      baseRef: 'HEAD',
      policyRef: REF,
      readRemote: async () => undefined
    })
    expect(failed(missing).message).toMatch(/does not exist/)
    const broken = await loadPolicy({
      root: '/x',
      baseRef: 'HEAD',
      policyRef: REF,
      readRemote: async () => {
        throw new Error('HTTP 403')
      }
    })
    expect(failed(broken).message).toMatch(/could not be read \(HTTP 403\)/)
  })
})

describe('policyChanged', () => {
  it('tells whether the change touches the policy file', async () => {
    repo = await createRepo({ [PATH]: STRICT, 'README.md': 'hi\n' })
    const base = await repo.sha()
    await repo.branch('docs')
    const docs = await repo.commit({ 'README.md': 'hello\n' }, 'docs only')
    expect(await policyChanged(repo.dir, base, docs, PATH)).toBe(false)
    const loosened = await repo.commit({ [PATH]: LOOSE }, 'loosen')
    expect(await policyChanged(repo.dir, base, loosened, PATH)).toBe(true)
    expect(await policyChanged(repo.dir, docs, undefined, PATH)).toBe(true)

    await repo.checkout('main')
    await repo.git('mv', PATH, 'elsewhere.yml')
    expect(await policyChanged(repo.dir, base, undefined, `./${PATH}`)).toBe(true)
  })
})
