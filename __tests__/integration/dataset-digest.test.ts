// Dataset digests over real files and git repositories: streamed SHA-256, Git LFS pointers read
// without downloading, refusals and I/O failures as values, and memory that stays flat for 2 GiB.
import { createHash, randomBytes } from 'node:crypto'
import { mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { truncate } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { CheckedModel } from '../../src/engine/rule.js'
import { describeDigest, digestDataset, parseLfsPointer } from '../../src/evidence/datasets/digest.js'
import { gatherFileEvidence } from '../../src/evidence/gather-files.js'
import { gitRefFiles, type RepoFiles, workspaceFiles } from '../../src/evidence/repo-files.js'
import { parseManifest } from '../../src/manifest/parse.js'
import { createRepo, type TempRepo } from '../support/git-repo.js'

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex')

const DATA = randomBytes(2 * 1024 * 1024 + 777)
const OID = sha256('the real training data, kept in LFS storage\n')
const POINTER = `version https://git-lfs.github.com/spec/v1\noid sha256:${OID}\nsize 2147483648\n`

describe('digestDataset', () => {
  let repo: TempRepo
  beforeAll(async () => {
    repo = await createRepo({
      'training/data.bin': DATA,
      'training/empty.jsonl': '',
      'training/lfs.jsonl': POINTER,
      'training/nested/x.jsonl': 'x\n'
    })
    writeFileSync(join(repo.dir, '..', 'outside.jsonl'), 'outside\n')
    symlinkSync(join(repo.dir, '..', 'outside.jsonl'), join(repo.dir, 'training/escape.jsonl'))
    symlinkSync('data.bin', join(repo.dir, 'training/alias.bin'))
  })
  afterAll(async () => repo.cleanup())

  it.each([
    ['the working tree', (dir: string) => workspaceFiles(dir)],
    ['a commit', (dir: string) => gitRefFiles(dir, 'HEAD')]
  ])('hashes a file of %s exactly as createHash does over its bytes', async (_, filesOf) => {
    const files = filesOf(repo.dir)
    const digest = await digestDataset(files, 'training/data.bin')
    expect(digest).toEqual({
      kind: 'hashed',
      sha256: sha256(DATA),
      size: DATA.length,
      ms: expect.any(Number)
    })
    expect(await digestDataset(files, 'training/empty.jsonl')).toMatchObject({
      kind: 'hashed',
      sha256: sha256(''),
      size: 0
    })
  })

  it.each([
    ['the working tree', (dir: string) => workspaceFiles(dir)],
    ['a commit', (dir: string) => gitRefFiles(dir, 'HEAD')]
  ])("takes a Git LFS pointer's oid and size from %s, without downloading", async (_, filesOf) => {
    expect(await digestDataset(filesOf(repo.dir), 'training/lfs.jsonl')).toEqual({
      kind: 'lfs-pointer',
      oid: OID,
      size: 2147483648
    })
  })

  it('reports missing, refused and directory paths as values', async () => {
    const files = workspaceFiles(repo.dir)
    expect(await digestDataset(files, 'training/nope.jsonl')).toEqual({ kind: 'missing' })
    expect(await digestDataset(files, 'training/escape.jsonl')).toEqual({
      kind: 'refused',
      reason: 'it is a symbolic link to a file outside the repository'
    })
    expect(await digestDataset(files, 'training/alias.bin')).toEqual({
      kind: 'refused',
      reason: 'it is a symbolic link; links are not followed'
    })
    expect(await digestDataset(files, '../outside.jsonl')).toMatchObject({ kind: 'refused' })
    expect(await digestDataset(files, 'training/nested')).toEqual({
      kind: 'refused',
      reason: 'it is a directory, not a file'
    })
  })

  it('turns an I/O failure into "unavailable", never a throw', async () => {
    // The blob's object is gone from the object store: git lists the file but cannot read it.
    const blob = (await repo.git('rev-parse', 'HEAD:training/nested/x.jsonl')).trim()
    rmSync(join(repo.dir, '.git/objects', blob.slice(0, 2), blob.slice(2)))
    const digest = await digestDataset(gitRefFiles(repo.dir, 'HEAD'), 'training/nested/x.jsonl')
    expect(digest).toMatchObject({
      kind: 'unavailable',
      reason: expect.stringContaining('it is missing or corrupt')
    })
    expect(await digestDataset(gitRefFiles(repo.dir, 'no-such-ref'), 'training/data.bin')).toEqual({
      kind: 'unavailable',
      reason: expect.stringContaining('does not name a commit')
    })
    const failing: RepoFiles = {
      label: 'broken',
      stat: () => Promise.reject(new Error('boom')),
      open: () =>
        Promise.resolve(
          (async function* () {
            yield new Uint8Array(10)
            throw Object.assign(new Error(`EIO: i/o error, read '/secret/abs/path'`), {
              code: 'EIO',
              syscall: 'read'
            })
          })()
        ),
      head: () => Promise.reject(new Error('boom'))
    }
    expect(await digestDataset(failing, 'a.jsonl')).toEqual({
      kind: 'unavailable',
      reason: 'EIO (i/o error)'
    })
  })
})

describe('parseLfsPointer', () => {
  const bytes = (text: string) => new TextEncoder().encode(text)
  const v1 = 'version https://git-lfs.github.com/spec/v1\n'

  it('reads a pointer as git lfs writes it, and one with extra keys in order', () => {
    expect(parseLfsPointer(bytes(POINTER))).toEqual({ oid: OID, size: 2147483648 })
    expect(parseLfsPointer(bytes(`${v1}oid sha256:${OID}\nsize 0\nx-custom keep me\n`))).toEqual({
      oid: OID,
      size: 0
    })
  })

  it.each([
    ['CRLF line endings', POINTER.replaceAll('\n', '\r\n')],
    ['no final newline', POINTER.slice(0, -1)],
    ['keys out of order', `${v1}size 12\noid sha256:${OID}\n`],
    ['a duplicate key', `${v1}oid sha256:${OID}\noid sha256:${OID}\nsize 12\n`],
    ['version not first', `oid sha256:${OID}\n${v1}size 12\n`],
    ['another version', `version https://example.com/spec/v2\noid sha256:${OID}\nsize 12\n`],
    ['upper-case hex', `${v1}oid sha256:${OID.toUpperCase()}\nsize 12\n`],
    ['another hash', `${v1}oid sha1:${OID.slice(0, 40)}\nsize 12\n`],
    ['a short oid', `${v1}oid sha256:${OID.slice(1)}\nsize 12\n`],
    ['two spaces', `${v1}oid  sha256:${OID}\nsize 12\n`],
    ['no size', `${v1}oid sha256:${OID}\n`],
    ['a negative size', `${v1}oid sha256:${OID}\nsize -1\n`],
    ['a leading zero', `${v1}oid sha256:${OID}\nsize 012\n`],
    ['a blank line', `${v1}oid sha256:${OID}\n\nsize 12\n`],
    ['1024 bytes or more', `${v1}oid sha256:${OID}\nsize 12\nz ${'x'.repeat(1024)}\n`],
    ['data that merely starts like one', `${POINTER}{"prompt": "hi"}\n`]
  ])('is not a pointer with %s: the bytes are data and get hashed', (_, text) => {
    expect(parseLfsPointer(bytes(text))).toBeUndefined()
  })

  it('is not a pointer when the bytes are not UTF-8', () => {
    const invalid = new Uint8Array([...bytes(POINTER.slice(0, -1)), 0xff, 0x0a])
    expect(parseLfsPointer(invalid)).toBeUndefined()
  })

  it('flags a pointer with extensions: its oid is not the SHA-256 of the file', () => {
    const text = `${v1}ext-0-foo sha256:${OID}\noid sha256:${OID}\nsize 12\n`
    expect(parseLfsPointer(bytes(text))).toEqual({
      unsupported:
        'it is a Git LFS pointer with the extension ext-0-foo, whose oid is not the SHA-256 of the file'
    })
  })
})

describe('gatherFileEvidence', () => {
  let repo: TempRepo
  const MANIFEST = `version: 1
models:
  - id: tuned
    owner: "@acme/ml"
    approach: fine-tune
    datasets:
      - id: train
        path: training/train.jsonl
        sha256: ${'a'.repeat(64)}
      - id: remote
        uri: s3://bucket/remote.jsonl
        sha256: ${'b'.repeat(64)}
    evaluation:
      results: evals/results.json
      baseline: evals/baseline.json
    rollback:
      procedure: https://wiki.example.com/rollback
    justification:
      evidence:
        prompt_baseline: evals/prompt.json
  - id: tuned-again
    owner: "@acme/ml"
    approach: fine-tune
    datasets:
      - id: same-train
        path: training/train.jsonl
      - id: lfs
        path: training/lfs.jsonl
    rollback:
      procedure: docs/rollback.md
  - id: prompted
    owner: "@acme/ml"
    approach: prompt
    datasets:
      - id: examples
        path: prompts/examples.jsonl
    evaluation:
      results: evals/prompted.json
`
  beforeAll(async () => {
    repo = await createRepo({
      'training/train.jsonl': DATA,
      'training/lfs.jsonl': POINTER,
      'evals/results.json': '{}',
      'docs/rollback.md': '# Rollback\n'
    })
  })
  afterAll(async () => repo.cleanup())

  it('digests each dataset path of the fine-tune models once, and stats the other paths', async () => {
    const parsed = parseManifest(MANIFEST, 'model-governance.yml')
    if (!parsed.manifest) throw new Error(JSON.stringify(parsed.diagnostics))
    const models: CheckedModel[] = parsed.manifest.models.map((entry, index) => ({
      entry,
      index,
      tier: 'medium'
    }))
    const inner = workspaceFiles(repo.dir)
    const opened: string[] = []
    const files: RepoFiles = { ...inner, open: (path) => (opened.push(path), inner.open(path)) }

    const evidence = await gatherFileEvidence(files, parsed.manifest, models)

    expect(opened).toEqual(['training/train.jsonl', 'training/lfs.jsonl'])
    expect([...evidence.datasets.keys()]).toEqual(['training/train.jsonl', 'training/lfs.jsonl'])
    expect(evidence.datasets.get('training/train.jsonl')).toMatchObject({
      kind: 'hashed',
      sha256: sha256(DATA)
    })
    expect(evidence.datasets.get('training/lfs.jsonl')).toEqual({
      kind: 'lfs-pointer',
      oid: OID,
      size: 2147483648
    })
    expect(Object.fromEntries(evidence.files)).toEqual({
      'evals/results.json': { kind: 'file', size: 2 },
      'evals/baseline.json': { kind: 'missing' },
      'evals/prompt.json': { kind: 'missing' },
      'docs/rollback.md': { kind: 'file', size: 11 },
      'evals/prompted.json': { kind: 'missing' }
    })
    expect(evidence.log).toEqual([
      expect.stringMatching(/^Hashed training\/train\.jsonl \(2\.00 MiB\) in \d+ ms( \(\d+ MiB\/s\))?\.$/),
      `Read the Git LFS pointer at training/lfs.jsonl (2.00 GiB, oid sha256:${OID.slice(0, 12)}…); the data was not downloaded.`
    ])
  })

  it('gathers nothing without a manifest', async () => {
    const evidence = await gatherFileEvidence(workspaceFiles(repo.dir), undefined, [])
    expect(evidence).toEqual({ datasets: new Map(), files: new Map(), log: [] })
  })

  it('words the log line as the action prints it', () => {
    const digest = { kind: 'hashed', sha256: 'a'.repeat(64), size: 2 * 1024 ** 3, ms: 3100 } as const
    expect(describeDigest('training/x.jsonl', digest)).toBe(
      'Hashed training/x.jsonl (2.00 GiB) in 3.1 s (661 MiB/s).'
    )
    expect(describeDigest('x', { kind: 'missing' })).toBeUndefined()
  })
})

// 2 GiB of zero bytes: `head -c 2147483648 /dev/zero | sha256sum`.
const TWO_GIB_OF_ZEROS = 'a7c744c13cc101ed66c29f672f92455547889cc586ce6d44fe76ae824958ea51'

describe('a 2 GiB dataset', () => {
  let dir: string
  beforeAll(() => {
    dir = realpathSync(mkdtempSync(join(tmpdir(), 'mgg-sparse-')))
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('is hashed in flat memory', async () => {
    // Sparse: truncate allocates no blocks, so the test needs no disk space.
    writeFileSync(join(dir, 'big.bin'), '')
    await truncate(join(dir, 'big.bin'), 2 * 1024 ** 3)
    const before = process.memoryUsage().rss
    const digest = await digestDataset(workspaceFiles(dir), 'big.bin')
    const grown = process.memoryUsage().rss - before
    expect(digest).toMatchObject({ kind: 'hashed', sha256: TWO_GIB_OF_ZEROS, size: 2 * 1024 ** 3 })
    expect(grown).toBeLessThan(200 * 1024 ** 2)
  }, 120_000)
})
