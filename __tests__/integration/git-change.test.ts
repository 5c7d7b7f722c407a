// The change read from real repositories: statuses, renames, and added lines with their head numbers.
import { chmod, symlink } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Change, ChangedFile } from '../../src/engine/evidence.js'
import { changeFromGit, linesOfText } from '../../src/evidence/change/git-change.js'
import { createRepo, type TempRepo } from '../support/git-repo.js'

const numbered = (n: number, prefix = 'line') =>
  Array.from({ length: n }, (_, i) => `${prefix} ${i + 1}`).join('\n') + '\n'

function files(change: Change): ChangedFile[] {
  if (!change.available) throw new Error(`change unavailable: ${change.reason}`)
  expect(change.source).toBe('git')
  return change.files
}

function fileAt(change: Change, path: string): ChangedFile {
  const file = files(change).find((f) => f.path === path)
  if (!file) throw new Error(`${path} is not in the change`)
  return file
}

describe('changeFromGit between two commits', () => {
  let repo: TempRepo
  let base: string
  let head: string
  const before = numbered(20)
  // Lines 3 and 4 replaced, one line inserted after 10, line 15 deleted, two appended at the end.
  const after =
    before
      .split('\n')
      .slice(0, 20)
      .flatMap((line, i) => {
        if (i === 2) return ['changed 3', 'changed 4']
        if (i === 3) return []
        if (i === 9) return [line, 'inserted after 10']
        if (i === 14) return []
        return [line]
      })
      .concat(['appended 1', 'appended 2'])
      .join('\n') + '\n'

  beforeAll(async () => {
    repo = await createRepo({
      'train/config.yml': before,
      'old/name.txt': numbered(30, 'stable'),
      'gone.txt': 'bye\n',
      'same.txt': 'same\n',
      'script.sh': 'echo hi\n'
    })
    base = await repo.sha()
    await repo.commit(
      {
        'train/config.yml': after,
        'new/name.txt': numbered(30, 'stable').replace('stable 30\n', 'stable 30\nrenamed and added\n'),
        'added.jsonl': '{"messages":[]}\n{"messages":[1]}\n'
      },
      'change',
      { remove: ['old/name.txt', 'gone.txt'] }
    )
    await chmod(join(repo.dir, 'script.sh'), 0o755)
    await repo.git('add', 'script.sh')
    await repo.git('commit', '--quiet', '-m', 'mode')
    head = await repo.sha()
  })
  afterAll(async () => repo.cleanup())

  it('lists each file with its status and previous path, sorted by path', async () => {
    const change = await changeFromGit(repo.dir, base, head)
    expect(files(change).map(({ path, status, previousPath }) => ({ path, status, previousPath }))).toEqual([
      { path: 'added.jsonl', status: 'added', previousPath: undefined },
      { path: 'gone.txt', status: 'removed', previousPath: undefined },
      { path: 'new/name.txt', status: 'renamed', previousPath: 'old/name.txt' },
      { path: 'script.sh', status: 'modified', previousPath: undefined },
      { path: 'train/config.yml', status: 'modified', previousPath: undefined }
    ])
  })

  it('numbers added lines exactly as in the head file, across several hunks', async () => {
    const change = await changeFromGit(repo.dir, base, head)
    expect(fileAt(change, 'train/config.yml').addedLines).toEqual([
      { line: 3, text: 'changed 3' },
      { line: 4, text: 'changed 4' },
      { line: 11, text: 'inserted after 10' },
      { line: 21, text: 'appended 1' },
      { line: 22, text: 'appended 2' }
    ])
    // Cross-check against the head file itself.
    const headLines = after.split('\n')
    for (const { line, text } of fileAt(change, 'train/config.yml').addedLines ?? []) {
      expect(headLines[line - 1]).toBe(text)
    }
  })

  it('gives every line of an added file, only the new line of a renamed one, none of a removed one', async () => {
    const change = await changeFromGit(repo.dir, base, head)
    expect(fileAt(change, 'added.jsonl').addedLines).toEqual([
      { line: 1, text: '{"messages":[]}' },
      { line: 2, text: '{"messages":[1]}' }
    ])
    expect(fileAt(change, 'new/name.txt').addedLines).toEqual([{ line: 31, text: 'renamed and added' }])
    expect(fileAt(change, 'gone.txt').addedLines).toEqual([])
    // A mode change adds no line, and is known to add none.
    expect(fileAt(change, 'script.sh').addedLines).toEqual([])
  })

  it('returns an unavailable change with git’s reason for a commit the clone lacks', async () => {
    const change = await changeFromGit(repo.dir, 'f'.repeat(40), head)
    expect(change.available).toBe(false)
    if (!change.available) expect(change.reason).toMatch(/^git cannot compare f{40} with [0-9a-f]{40}: /)
    const optionLike = await changeFromGit(repo.dir, '--output=/tmp/x', head)
    expect(optionLike).toEqual({ available: false, reason: '"--output=/tmp/x" is not a valid git ref.' })
  })
})

describe('changeFromGit: contents that trip a naive parser', () => {
  let repo: TempRepo
  let base: string
  beforeAll(async () => {
    repo = await createRepo({
      'crlf.txt': 'one\r\ntwo\r\nthree\r\n',
      'tricky.txt': 'a\n',
      'no-eol.txt': 'x\ny',
      'pure/old.txt': numbered(10),
      'weights.bin': Buffer.from([0, 1, 2, 3, 0, 255])
    })
    base = await repo.sha()
  })
  afterAll(async () => repo.cleanup())

  it('reads a CRLF file’s added lines without the carriage returns', async () => {
    await repo.commit({ 'crlf.txt': 'one\r\nTWO\r\nthree\r\nfour\r\n' }, 'crlf')
    const change = await changeFromGit(repo.dir, base, await repo.sha())
    expect(fileAt(change, 'crlf.txt').addedLines).toEqual([
      { line: 2, text: 'TWO' },
      { line: 4, text: 'four' }
    ])
  })

  it('keeps added lines that look like diff headers ("++", "--", "@@", "diff --git")', async () => {
    const content = 'a\n++ b/not-a-header\n-- c\n@@ -1 +1 @@\ndiff --git a/x b/x\n+++ b/evil\n'
    await repo.commit({ 'tricky.txt': content, 'after.txt': 'after\n' }, 'tricky')
    const change = await changeFromGit(repo.dir, base, await repo.sha())
    expect(fileAt(change, 'tricky.txt').addedLines).toEqual([
      { line: 2, text: '++ b/not-a-header' },
      { line: 3, text: '-- c' },
      { line: 4, text: '@@ -1 +1 @@' },
      { line: 5, text: 'diff --git a/x b/x' },
      { line: 6, text: '+++ b/evil' }
    ])
    expect(fileAt(change, 'after.txt').addedLines).toEqual([{ line: 1, text: 'after' }])
    expect(files(change).map((f) => f.path)).not.toContain('evil')
  })

  it('handles "\\ No newline at end of file" on either side', async () => {
    await repo.commit({ 'no-eol.txt': 'x\nY\nz' }, 'eol')
    const change = await changeFromGit(repo.dir, base, await repo.sha())
    expect(fileAt(change, 'no-eol.txt').addedLines).toEqual([
      { line: 2, text: 'Y' },
      { line: 3, text: 'z' }
    ])
  })

  it('lists a binary file with addedLines undefined', async () => {
    await repo.commit(
      { 'weights.bin': Buffer.from([0, 9, 9, 9, 0, 255, 1]), 'adapter.safetensors': Buffer.from([0, 0, 1]) },
      'binary'
    )
    const change = await changeFromGit(repo.dir, base, await repo.sha())
    expect(fileAt(change, 'weights.bin')).toEqual({ path: 'weights.bin', status: 'modified' })
    expect(fileAt(change, 'adapter.safetensors')).toEqual({ path: 'adapter.safetensors', status: 'added' })
  })

  it('reads paths with spaces, quotes, tabs, backslashes and non-ASCII characters', async () => {
    const odd = ['dir with space/a b.txt', 'quote"d.txt', 'tab\there.txt', 'back\\slash.txt', 'données/é.txt']
    await repo.commit(Object.fromEntries(odd.map((p) => [p, `in ${p}\n`])), 'odd names')
    const change = await changeFromGit(repo.dir, base, await repo.sha())
    for (const path of odd) {
      expect(fileAt(change, path)).toEqual({
        path,
        status: 'added',
        addedLines: [{ line: 1, text: `in ${path}` }]
      })
    }
  })

  it('reads a type change (a link that becomes a file) as the file’s lines', async () => {
    await symlink('crlf.txt', join(repo.dir, 'kind.txt'))
    const linked = await repo.commit({}, 'a link')
    await repo.remove(['kind.txt'])
    await repo.commit({ 'kind.txt': 'now a file\n' }, 'a file')
    const change = await changeFromGit(repo.dir, linked, await repo.sha())
    expect(files(change)).toEqual([
      { path: 'kind.txt', status: 'modified', addedLines: [{ line: 1, text: 'now a file' }] }
    ])
  })

  it('knows that a pure rename and an empty new file add nothing', async () => {
    await repo.commit({ 'pure/new.txt': numbered(10), 'empty.txt': '' }, 'rename', {
      remove: ['pure/old.txt']
    })
    const change = await changeFromGit(repo.dir, base, await repo.sha())
    expect(fileAt(change, 'pure/new.txt')).toEqual({
      path: 'pure/new.txt',
      status: 'renamed',
      previousPath: 'pure/old.txt',
      addedLines: []
    })
    expect(fileAt(change, 'empty.txt')).toEqual({ path: 'empty.txt', status: 'added', addedLines: [] })
  })

  it('reads text that .gitattributes marks -diff as unknown, never as "nothing added"', async () => {
    await repo.commit({ '.gitattributes': '*.jsonl -diff\n', 'hidden.jsonl': '{"secret":"x"}\n' }, 'attrs')
    const change = await changeFromGit(repo.dir, base, await repo.sha())
    expect(fileAt(change, 'hidden.jsonl').addedLines).toBeUndefined()
  })

  it('ignores the user’s diff configuration (prefixes, colour, external tools, relative paths)', async () => {
    for (const [key, value] of [
      ['diff.noprefix', 'true'],
      ['diff.mnemonicPrefix', 'true'],
      ['color.diff', 'always'],
      ['color.ui', 'always'],
      ['diff.external', '/bin/false'],
      ['diff.relative', 'true'],
      ['diff.context', '5'],
      ['diff.interHunkContext', '10'],
      ['diff.renames', 'false']
    ]) {
      await repo.git('config', '--local', key as string, value as string)
    }
    try {
      const change = await changeFromGit(repo.dir, base, await repo.sha())
      expect(fileAt(change, 'crlf.txt').addedLines).toEqual([
        { line: 2, text: 'TWO' },
        { line: 4, text: 'four' }
      ])
      expect(fileAt(change, 'pure/new.txt').status).toBe('renamed')
    } finally {
      for (const key of ['diff.noprefix', 'diff.mnemonicPrefix', 'color.diff', 'color.ui', 'diff.external']) {
        await repo.git('config', '--local', '--unset', key)
      }
      for (const key of ['diff.relative', 'diff.context', 'diff.interHunkContext', 'diff.renames']) {
        await repo.git('config', '--local', '--unset', key)
      }
    }
  })
})

describe('changeFromGit: limits', () => {
  let repo: TempRepo
  let base: string
  let head: string
  beforeAll(async () => {
    repo = await createRepo({ 'keep.txt': 'k\n' })
    base = await repo.sha()
    head = await repo.commit(
      { 'big.txt': 'x'.repeat(300) + '\n' + 'y'.repeat(300) + '\n', 'small.txt': 'small\n' },
      'big'
    )
  })
  afterAll(async () => repo.cleanup())

  it('keeps a file over the per-file cap listed, with addedLines undefined', async () => {
    const change = await changeFromGit(repo.dir, base, head, { maxAddedBytesPerFile: 400 })
    expect(fileAt(change, 'big.txt')).toEqual({ path: 'big.txt', status: 'added' })
    expect(fileAt(change, 'small.txt').addedLines).toEqual([{ line: 1, text: 'small' }])
  })

  it('cuts a single line longer than the cap', async () => {
    const change = await changeFromGit(repo.dir, base, head, { maxAddedBytesPerFile: 100 })
    expect(fileAt(change, 'big.txt').addedLines).toBeUndefined()
  })

  it('stops keeping lines once the whole change is over its budget', async () => {
    const change = await changeFromGit(repo.dir, base, head, { maxAddedBytesTotal: 602 })
    // big.txt (sorted first in git's output) takes 600 bytes; small.txt no longer fits.
    expect(fileAt(change, 'big.txt').addedLines).toHaveLength(2)
    expect(fileAt(change, 'small.txt').addedLines).toBeUndefined()
  })
})

describe('changeFromGit against the working tree', () => {
  let repo: TempRepo
  let base: string
  beforeAll(async () => {
    repo = await createRepo({ 'tracked.txt': 'a\nb\nc\n', '.gitignore': 'ignored/\n' })
    base = await repo.sha()
    await repo.write({
      'tracked.txt': 'a\nB\nc\nd\n',
      'untracked/new.jsonl': '{"prompt":"p"}\r\n{"prompt":"q"}',
      'untracked/blob.bin': Buffer.from([1, 0, 2]),
      'untracked/empty.txt': '',
      'ignored/skip.txt': 'not listed\n'
    })
  })
  afterAll(async () => repo.cleanup())

  it('counts untracked files as added with every line added, and skips ignored ones', async () => {
    const change = await changeFromGit(repo.dir, base, undefined)
    expect(files(change)).toEqual([
      {
        path: 'tracked.txt',
        status: 'modified',
        addedLines: [
          { line: 2, text: 'B' },
          { line: 4, text: 'd' }
        ]
      },
      { path: 'untracked/blob.bin', status: 'added' },
      { path: 'untracked/empty.txt', status: 'added', addedLines: [] },
      {
        path: 'untracked/new.jsonl',
        status: 'added',
        addedLines: [
          { line: 1, text: '{"prompt":"p"}' },
          { line: 2, text: '{"prompt":"q"}' }
        ]
      }
    ])
  })

  it('reads an untracked symbolic link as its target, never following it', async () => {
    await symlink('/etc/passwd', join(repo.dir, 'link-out'))
    try {
      const change = await changeFromGit(repo.dir, base, undefined)
      expect(fileAt(change, 'link-out')).toEqual({
        path: 'link-out',
        status: 'added',
        addedLines: [{ line: 1, text: '/etc/passwd' }]
      })
    } finally {
      await repo.remove(['link-out'])
    }
  })

  it('leaves an untracked file over the cap unknown', async () => {
    const change = await changeFromGit(repo.dir, base, undefined, { maxAddedBytesPerFile: 10 })
    expect(fileAt(change, 'untracked/new.jsonl').addedLines).toBeUndefined()
  })
})

describe('linesOfText', () => {
  it('numbers lines from 1, without a phantom line after the final newline', () => {
    expect(linesOfText('')).toEqual([])
    expect(linesOfText('a\n')).toEqual([{ line: 1, text: 'a' }])
    expect(linesOfText('a\r\n\nb')).toEqual([
      { line: 1, text: 'a' },
      { line: 2, text: '' },
      { line: 3, text: 'b' }
    ])
  })
})
