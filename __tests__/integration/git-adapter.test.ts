// The local git adapter against real repositories in temp dirs.
import { mkdtempSync, realpathSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  changedFiles,
  defaultBranch,
  GitError,
  hasCommit,
  mergeBase,
  readFileAtRef,
  repoRoot,
  resolveRef
} from '../../src/evidence/git.js'
import { createRepo, type TempRepo } from '../support/git-repo.js'

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes)
const MAX = { maxBytes: 1024 }

describe('repository and refs', () => {
  let repo: TempRepo
  beforeAll(async () => {
    repo = await createRepo({ 'README.md': 'hello\n', 'docs/a.md': 'a\n' })
  })
  afterAll(async () => repo.cleanup())

  it('finds the top of the clone from a subdirectory', async () => {
    expect(await repoRoot(join(repo.dir, 'docs'))).toBe(repo.dir)
  })

  it('says what to do outside a repository', async () => {
    const outside = realpathSync(mkdtempSync(join(tmpdir(), 'mgg-not-a-repo-')))
    try {
      await expect(repoRoot(outside)).rejects.toThrow(GitError)
      await expect(repoRoot(outside)).rejects.toThrow(
        /is not inside a git repository; run from a clone, or pass --repo/
      )
      await expect(repoRoot(join(outside, 'missing'))).rejects.toThrow(/does not exist/)
    } finally {
      rmSync(outside, { recursive: true, force: true })
    }
  })

  it('resolves refs to full shas, and refuses option-like refs', async () => {
    const head = await repo.sha()
    expect(await resolveRef(repo.dir, 'main')).toBe(head)
    expect(await resolveRef(repo.dir, head.slice(0, 10))).toBe(head)
    expect(await resolveRef(repo.dir, 'no-such-branch')).toBeUndefined()
    expect(await hasCommit(repo.dir, head)).toBe(true)
    expect(await hasCommit(repo.dir, 'f'.repeat(40))).toBe(false)
    await expect(resolveRef(repo.dir, '--output=/tmp/x')).rejects.toThrow(GitError)
  })

  it('finds the merge base, and none between unrelated histories', async () => {
    const base = await repo.sha()
    await repo.branch('feature')
    const feature = await repo.commit({ 'f.txt': 'f\n' }, 'feature')
    await repo.checkout('main')
    const main = await repo.commit({ 'm.txt': 'm\n' }, 'main moves on')
    expect(await mergeBase(repo.dir, feature, main)).toBe(base)
    await repo.git('checkout', '--quiet', '--orphan', 'unrelated')
    const orphan = await repo.commit({ 'o.txt': 'o\n' }, 'orphan')
    expect(await mergeBase(repo.dir, orphan, main)).toBeUndefined()
    await repo.checkout('main')
  })

  it('finds the default branch: origin/HEAD, else main, else master', async () => {
    expect(await defaultBranch(repo.dir)).toBe('main')
    const clone = join(repo.dir, '..', 'clone')
    await repo.git('clone', '--quiet', repo.dir, clone)
    expect(await defaultBranch(clone)).toBe('origin/main')

    const old = await createRepo({ 'a.txt': 'a\n' })
    try {
      await old.git('branch', '-m', 'main', 'master')
      expect(await defaultBranch(old.dir)).toBe('master')
      await old.git('branch', '-m', 'master', 'trunk')
      expect(await defaultBranch(old.dir)).toBeUndefined()
    } finally {
      await old.cleanup()
    }
  })
})

describe('readFileAtRef', () => {
  let repo: TempRepo
  let base: string
  let head: string
  beforeAll(async () => {
    repo = await createRepo({ 'policy.yml': 'mode: enforce\n', 'dir/inner.txt': 'inner\n' })
    base = await repo.sha()
    symlinkSync('policy.yml', join(repo.dir, 'link.yml'))
    symlinkSync('/etc/passwd', join(repo.dir, 'outside.yml'))
    symlinkSync('dir', join(repo.dir, 'linkdir'))
    head = await repo.commit(
      {
        'policy.yml': 'mode: warn\n',
        'big.bin': new Uint8Array(4096).fill(7),
        'raw.bin': new Uint8Array([0, 255, 10, 13])
      },
      'head'
    )
    await repo.write({ 'policy.yml': 'mode: working-tree\n' })
  })
  afterAll(async () => repo.cleanup())

  it('reads the file as it was at each commit, never from the working tree', async () => {
    const atBase = await readFileAtRef(repo.dir, base, 'policy.yml', MAX)
    const atHead = await readFileAtRef(repo.dir, head, './policy.yml', MAX)
    expect(atBase.kind === 'file' && text(atBase.bytes)).toBe('mode: enforce\n')
    expect(atHead.kind === 'file' && text(atHead.bytes)).toBe('mode: warn\n')
  })

  it('returns the exact bytes of a binary file', async () => {
    const read = await readFileAtRef(repo.dir, head, 'raw.bin', MAX)
    expect(read.kind === 'file' && [...read.bytes]).toEqual([0, 255, 10, 13])
  })

  it('says missing for an absent file, and too large before reading a big one', async () => {
    expect(await readFileAtRef(repo.dir, base, 'big.bin', MAX)).toEqual({ kind: 'missing' })
    expect(await readFileAtRef(repo.dir, head, 'nope/policy.yml', MAX)).toEqual({ kind: 'missing' })
    expect(await readFileAtRef(repo.dir, head, 'big.bin', MAX)).toEqual({ kind: 'too-large', size: 4096 })
  })

  it('never follows a symlink, inside or outside the tree', async () => {
    for (const path of ['link.yml', 'outside.yml']) {
      const read = await readFileAtRef(repo.dir, head, path, MAX)
      expect(read).toEqual({
        kind: 'missing',
        reason: `${path} at ${head} is a symbolic link; links are not followed`
      })
    }
    expect(await readFileAtRef(repo.dir, head, 'linkdir/inner.txt', MAX)).toEqual({ kind: 'missing' })
  })

  it('says what a directory is instead of reading it', async () => {
    const read = await readFileAtRef(repo.dir, head, 'dir', MAX)
    expect(read).toMatchObject({ kind: 'missing', reason: expect.stringContaining('is a directory') })
  })

  it.each(['/etc/passwd', '../outside.yml', 'dir/../../x', 'dir\\inner.txt', 'a\u0000b'])(
    'refuses the hostile path %j before calling git',
    async (path) => {
      await expect(readFileAtRef(repo.dir, head, path, MAX)).rejects.toThrow(GitError)
    }
  )

  it('reports an unknown ref as a GitError', async () => {
    await expect(readFileAtRef(repo.dir, 'no-such-ref', 'policy.yml', MAX)).rejects.toThrow(
      /git cannot read no-such-ref/
    )
  })
})

describe('changedFiles', () => {
  let repo: TempRepo
  let base: string
  beforeAll(async () => {
    repo = await createRepo({
      '.gitignore': 'ignored/\n',
      'keep.txt': 'keep\n',
      'edit.txt': 'before\n',
      'gone.txt': 'gone\n',
      'train/old-name.jsonl':
        '{"messages": [{"role": "user", "content": "a long enough line to be similar"}]}\n'.repeat(5),
      'wt/edit.txt': 'before\n',
      'wt/gone.txt': 'gone\n',
      'wt/move-me.txt': 'a line that stays the same across the rename\n'.repeat(5)
    })
    base = await repo.sha()
  })
  afterAll(async () => repo.cleanup())

  it('lists a committed change with renames, sorted by path', async () => {
    await repo.branch('feature')
    const head = await repo.commit(
      {
        'edit.txt': 'after\n',
        'données/é x.jsonl': '{}\n',
        'train/new-name.jsonl':
          '{"messages": [{"role": "user", "content": "a long enough line to be similar"}]}\n'.repeat(5)
      },
      'head',
      { remove: ['gone.txt', 'train/old-name.jsonl'] }
    )
    expect(await changedFiles(repo.dir, base, head)).toEqual([
      { path: 'données/é x.jsonl', status: 'added' },
      { path: 'edit.txt', status: 'modified' },
      { path: 'gone.txt', status: 'removed' },
      { path: 'train/new-name.jsonl', status: 'renamed', previousPath: 'train/old-name.jsonl' }
    ])
    expect(await changedFiles(repo.dir, head, head)).toEqual([])
    await repo.checkout('main')
  })

  it('lists working-tree changes, untracked files included and ignored files not', async () => {
    await repo.write({ 'wt/edit.txt': 'after\n', 'wt/untracked.txt': 'new\n', 'ignored/secret.txt': 'x\n' })
    await repo.remove(['wt/gone.txt'])
    await repo.git('mv', 'wt/move-me.txt', 'wt/moved.txt')
    expect(await changedFiles(repo.dir, base)).toEqual([
      { path: 'wt/edit.txt', status: 'modified' },
      { path: 'wt/gone.txt', status: 'removed' },
      { path: 'wt/moved.txt', status: 'renamed', previousPath: 'wt/move-me.txt' },
      { path: 'wt/untracked.txt', status: 'added' }
    ])
  })
})
