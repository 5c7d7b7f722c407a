// RepoFiles against real temp directories and git repositories: what is read, and what is refused.
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { gitRefFiles, RepoFileError, type RepoFiles, workspaceFiles } from '../../src/evidence/repo-files.js'
import { createRepo, type TempRepo } from '../support/git-repo.js'

const BIG = randomBytes(3 * 1024 * 1024 + 123)

async function readAll(files: RepoFiles, path: string): Promise<Buffer> {
  const chunks: Uint8Array[] = []
  for await (const chunk of await files.open(path)) chunks.push(chunk)
  return Buffer.concat(chunks)
}

async function rejection(promise: Promise<unknown>): Promise<RepoFileError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e
  )
  if (!(error instanceof RepoFileError)) throw new Error(`expected a RepoFileError, got ${String(error)}`)
  return error
}

describe('workspaceFiles', () => {
  let repo: TempRepo
  let files: RepoFiles
  beforeAll(async () => {
    repo = await createRepo({
      'data/small.jsonl': '{"a":1}\n',
      'data/big.bin': BIG,
      'data/nested/deep.txt': 'deep\n',
      'README.md': 'hello\n'
    })
    // A secret beside the repository, which links and `..` must not reach.
    writeFileSync(join(dirname(repo.dir), 'outside.txt'), 'secret\n')
    symlinkSync(join(dirname(repo.dir), 'outside.txt'), join(repo.dir, 'data/escape.jsonl'))
    symlinkSync('small.jsonl', join(repo.dir, 'data/alias.jsonl'))
    symlinkSync('nested', join(repo.dir, 'data/linkdir'))
    symlinkSync(dirname(repo.dir), join(repo.dir, 'up'))
    mkdirSync(join(repo.dir, 'data/empty-dir'))
    execFileSync('mkfifo', [join(repo.dir, 'data/pipe')])
    files = workspaceFiles(repo.dir)
  })
  afterAll(async () => repo.cleanup())

  it('stats, streams and heads a regular file', async () => {
    expect(await files.stat('data/small.jsonl')).toEqual({ kind: 'file', size: 8 })
    expect((await readAll(files, 'data/small.jsonl')).toString()).toBe('{"a":1}\n')
    expect(Buffer.from(await files.head('data/small.jsonl', 4)).toString()).toBe('{"a"')
    expect(Buffer.from(await files.head('data/small.jsonl', 1000)).toString()).toBe('{"a":1}\n')
    expect(await files.head('data/small.jsonl', 0)).toHaveLength(0)
  })

  it('streams a file larger than one chunk, byte for byte', async () => {
    expect(await files.stat('data/big.bin')).toEqual({ kind: 'file', size: BIG.length })
    expect((await readAll(files, 'data/big.bin')).equals(BIG)).toBe(true)
    expect(Buffer.from(await files.head('data/big.bin', 1_500_000)).equals(BIG.subarray(0, 1_500_000))).toBe(
      true
    )
  })

  it('accepts ./ and repeated slashes, which name the same file', async () => {
    expect(await files.stat('./data//nested/./deep.txt')).toEqual({ kind: 'file', size: 5 })
  })

  it('reports a missing file, also under a path whose parent is a file', async () => {
    expect(await files.stat('data/nope.jsonl')).toEqual({ kind: 'missing' })
    expect(await files.stat('nope/deeper/x.jsonl')).toEqual({ kind: 'missing' })
    expect(await files.stat('README.md/x')).toEqual({ kind: 'missing' })
    expect((await rejection(files.open('data/nope.jsonl'))).fact).toEqual({ kind: 'missing' })
    expect((await rejection(files.head('data/nope.jsonl', 10))).fact).toEqual({ kind: 'missing' })
  })

  it('refuses a symlink to a file outside the repository', async () => {
    expect(await files.stat('data/escape.jsonl')).toEqual({
      kind: 'refused',
      reason: 'it is a symbolic link to a file outside the repository'
    })
    expect((await rejection(files.open('data/escape.jsonl'))).fact.kind).toBe('refused')
    expect((await rejection(files.head('data/escape.jsonl', 10))).fact.kind).toBe('refused')
  })

  it('refuses a path through a symlinked directory that leaves the repository', async () => {
    expect(await files.stat('up/outside.txt')).toEqual({
      kind: 'refused',
      reason: 'it resolves outside the repository through the symbolic link up'
    })
  })

  it('refuses a symlink that points inside the repository: links are never followed', async () => {
    expect(await files.stat('data/alias.jsonl')).toEqual({
      kind: 'refused',
      reason: 'it is a symbolic link; links are not followed'
    })
    expect(await files.stat('data/linkdir/deep.txt')).toEqual({
      kind: 'refused',
      reason: 'it goes through the symbolic link data/linkdir; links are not followed'
    })
  })

  it('refuses .. and other hostile paths before touching the disk', async () => {
    for (const path of [
      '../outside.txt',
      'data/../../outside.txt',
      '/etc/passwd',
      'data\\small.jsonl',
      'a\0b'
    ]) {
      const fact = await files.stat(path)
      expect(fact.kind).toBe('refused')
      expect((await rejection(files.open(path))).fact.kind).toBe('refused')
    }
    expect(await files.stat('../outside.txt')).toEqual({
      kind: 'refused',
      reason: 'the path must stay inside the repository; remove the .. segment'
    })
    expect(await files.stat('.')).toEqual({
      kind: 'refused',
      reason: 'the path names the repository root, not a file'
    })
  })

  it("refuses git's own directory", async () => {
    expect(await files.stat('.git/config')).toMatchObject({ kind: 'refused' })
  })

  it('refuses a directory and other non-regular files', async () => {
    expect(await files.stat('data/empty-dir')).toEqual({
      kind: 'refused',
      reason: 'it is a directory, not a file'
    })
    expect(await files.stat('data')).toEqual({ kind: 'refused', reason: 'it is a directory, not a file' })
    // A FIFO would block a reader forever: it is refused, never opened.
    expect(await files.stat('data/pipe')).toEqual({
      kind: 'refused',
      reason: 'it is not a regular file (a device, socket or pipe)'
    })
  })

  it('rejects with an I/O error (not a fact) when the repository root itself is gone', async () => {
    const gone = workspaceFiles(join(repo.dir, 'no-such-dir'))
    await expect(gone.stat('data/small.jsonl')).rejects.toThrow(/ENOENT/)
  })
})

describe('gitRefFiles', () => {
  let repo: TempRepo
  let first: string
  beforeAll(async () => {
    repo = await createRepo({
      'data/train.jsonl': 'v1\n',
      'data/big.bin': BIG,
      'data/nested/deep.txt': 'deep\n'
    })
    first = await repo.sha()
    symlinkSync('train.jsonl', join(repo.dir, 'data/alias.jsonl'))
    symlinkSync('nested', join(repo.dir, 'data/linkdir'))
    symlinkSync('../../outside.txt', join(repo.dir, 'data/escape.jsonl'))
    await repo.commit({ 'data/train.jsonl': 'version two\n' }, 'second')
    // The working tree moves on; the commit is what is read.
    await repo.write({ 'data/train.jsonl': 'uncommitted\n' })
  })
  afterAll(async () => repo.cleanup())

  it('reads a blob at a commit, not the working tree', async () => {
    const atFirst = gitRefFiles(repo.dir, first)
    expect(await atFirst.stat('data/train.jsonl')).toEqual({ kind: 'file', size: 3 })
    expect((await readAll(atFirst, 'data/train.jsonl')).toString()).toBe('v1\n')
    const atHead = gitRefFiles(repo.dir, 'main')
    expect((await readAll(atHead, './data/train.jsonl')).toString()).toBe('version two\n')
    expect(atHead.label).toBe('main')
  })

  it('streams a large blob byte for byte, and stops git when only the head is wanted', async () => {
    const files = gitRefFiles(repo.dir, 'HEAD')
    expect(await files.stat('data/big.bin')).toEqual({ kind: 'file', size: BIG.length })
    expect((await readAll(files, 'data/big.bin')).equals(BIG)).toBe(true)
    expect(Buffer.from(await files.head('data/big.bin', 100)).equals(BIG.subarray(0, 100))).toBe(true)
  })

  it('reports a path absent from the commit as missing', async () => {
    const files = gitRefFiles(repo.dir, first)
    expect(await files.stat('data/alias.jsonl')).toEqual({ kind: 'missing' })
    expect(await files.stat('data/train.jsonl/x')).toEqual({ kind: 'missing' })
    expect(await files.stat('nope/x')).toEqual({ kind: 'missing' })
    expect((await rejection(files.open('nope/x'))).fact).toEqual({ kind: 'missing' })
  })

  it('refuses committed symlinks (mode 120000), inside or outside, and paths through them', async () => {
    const files = gitRefFiles(repo.dir, 'HEAD')
    for (const path of ['data/alias.jsonl', 'data/escape.jsonl']) {
      expect(await files.stat(path)).toEqual({
        kind: 'refused',
        reason: 'it is a symbolic link; links are not followed'
      })
      expect((await rejection(files.open(path))).fact.kind).toBe('refused')
    }
    expect(await files.stat('data/linkdir/deep.txt')).toEqual({
      kind: 'refused',
      reason: 'it goes through the symbolic link data/linkdir; links are not followed'
    })
  })

  it('refuses a directory and hostile paths', async () => {
    const files = gitRefFiles(repo.dir, 'HEAD')
    expect(await files.stat('data/nested')).toEqual({
      kind: 'refused',
      reason: 'it is a directory, not a file'
    })
    expect(await files.stat('../x')).toMatchObject({ kind: 'refused' })
    expect(await files.stat('-x')).toEqual({ kind: 'missing' }) // a path, never an option
  })

  it('rejects (an I/O failure, not a fact) for a ref that names no commit', async () => {
    const files = gitRefFiles(repo.dir, 'no-such-branch')
    await expect(files.stat('data/train.jsonl')).rejects.toThrow(/does not name a commit/)
    await expect(gitRefFiles(repo.dir, '--output=x').stat('a')).rejects.toThrow(/not a valid git ref/)
  })
})
