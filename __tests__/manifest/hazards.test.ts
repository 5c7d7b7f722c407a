// Every hostile or broken input gives exactly one clear diagnostic, never a throw.
import { describe, expect, it } from '@jest/globals'
import { parseManifest } from '../../src/manifest/parse.js'
import { expectOne, FILE, minimal } from './helpers.js'

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Uint8Array.from(
    parts.flatMap((part) => (typeof part === 'string' ? [...new TextEncoder().encode(part)] : part))
  )

describe('parseManifest: bytes that are not a small UTF-8 text file', () => {
  it('refuses a file over the size limit without parsing it', () => {
    const big = `${minimal()}# ${'x'.repeat(2 * 1024 * 1024)}\n`
    const started = Date.now()
    expectOne(parseManifest(big, FILE), { line: 1, column: 1 }, /is 2\.0 MiB, over the 1\.0 MiB limit/)
    expect(Date.now() - started).toBeLessThan(1000)
  })

  it('honours a custom size limit, counted in bytes', () => {
    expectOne(
      parseManifest('é'.repeat(60), FILE, { maxBytes: 100 }),
      { line: 1, column: 1 },
      /120 bytes, over the 100 bytes limit/
    )
  })

  it('refuses binary content at the NUL byte', () => {
    expectOne(
      parseManifest(bytes('version: 1\nmod', [0], 'els:\n'), FILE),
      { line: 2, column: 4 },
      /NUL byte.*looks binary/
    )
    expectOne(parseManifest('version: 1\nmod\u0000els:\n', FILE), { line: 2, column: 4 }, /NUL byte/)
  })

  it('refuses invalid UTF-8 at the first bad byte', () => {
    const parsed = parseManifest(bytes('version: 1\nmodels:\n  - id: é', [0xff, 0xfe], '\n'), FILE)
    expectOne(
      parsed,
      { line: 3, column: 10 },
      /not valid UTF-8 at line 3, column 10; save the file with UTF-8 encoding/
    )
  })

  it.each([
    ['a truncated sequence', [0xe2, 0x82]],
    ['an overlong encoding', [0xc0, 0xaf]],
    ['a UTF-16 surrogate', [0xed, 0xa0, 0x80]]
  ])('refuses %s', (_name, bad) => {
    expectOne(parseManifest(bytes('a: ', bad), FILE), { line: 1, column: 4 }, /not valid UTF-8/)
  })

  it('strips a UTF-8 BOM, from bytes and from text', () => {
    expect(parseManifest(bytes([0xef, 0xbb, 0xbf], minimal()), FILE).diagnostics).toEqual([])
    expect(parseManifest(`\uFEFF${minimal()}`, FILE).diagnostics).toEqual([])
    // Positions are unaffected by the BOM.
    const parsed = parseManifest(bytes([0xef, 0xbb, 0xbf], 'version: 3\nmodels: []\n'), FILE)
    expect(parsed.diagnostics[0]?.location).toMatchObject({ line: 1, column: 10 })
  })
})

describe('parseManifest: YAML that is not one plain mapping', () => {
  it.each([
    ['an empty file', ''],
    ['a file of comments', '# nothing here\n# still nothing\n'],
    ['a bare document marker', '---\n']
  ])('refuses %s', (_name, text) => {
    expectOne(
      parseManifest(text, FILE),
      { line: 1, column: 1 },
      /is empty; add "version: 1" and a "models:" list/
    )
  })

  it('refuses more than one document at the separator', () => {
    expectOne(
      parseManifest(`${minimal()}---\nversion: 1\n`, FILE),
      { line: 6, column: 1 },
      /more than one YAML document/
    )
  })

  it('reports a syntax error at its position', () => {
    expectOne(
      parseManifest('version: 1\nmodels: [a, b\n', FILE),
      { line: 3, column: 1 },
      /is not valid YAML: .*; fix the syntax here\./
    )
  })

  it('explains tab indentation', () => {
    const parsed = parseManifest('version: 1\nmodels:\n\t- id: a\n', FILE)
    expectOne(
      parsed,
      { line: 3, column: 1 },
      /^YAML does not allow tabs for indentation; replace the tab with spaces\.$/
    )
  })

  it('says how to write a handle YAML cannot read unquoted', () => {
    expectOne(
      parseManifest(minimal().replace('"@acme/ml"', '@acme/ml'), FILE),
      { line: 4, column: 12 },
      /must be quoted/
    )
  })

  it('names a duplicate key and points at the second one', () => {
    const text = minimal(['approach: prompt'])
    expectOne(
      parseManifest(text, FILE),
      { line: 6, column: 5 },
      /^The key "approach" appears twice in the same mapping/
    )
  })

  it('compares keys as text, so 1 and "1" are duplicates too', () => {
    expectOne(parseManifest('1: a\n"1": b\n', FILE), { line: 2, column: 1 }, /^The key "1" appears twice/)
  })

  it.each([
    ['flow', `a: ${'['.repeat(3000)}${']'.repeat(3000)}\n`],
    ['block', `a:\n${Array.from({ length: 300 }, (_, i) => `${' '.repeat(i + 1)}b:`).join('\n')} 1\n`]
  ])('refuses %s nesting too deep to walk safely', (_name, text) => {
    const parsed = parseManifest(text, FILE)
    expect(parsed.diagnostics).toHaveLength(1)
    expect(parsed.diagnostics[0]?.message).toBe(
      `${FILE} nests values too deeply; a manifest needs only a few levels.`
    )
  })

  it('stays linear on a file full of unknown keys', () => {
    const text = `version: 1\n${Array.from({ length: 50000 }, (_, i) => `k${i}: 1`).join('\n')}\n`
    const started = Date.now()
    const parsed = parseManifest(text, FILE)
    expect(Date.now() - started).toBeLessThan(10000)
    expect(parsed.diagnostics).toHaveLength(50001)
    expect(parsed.diagnostics[0]?.message).toBe('models is required; add it (the governed models).')
    expect(parsed.diagnostics[50000]?.location).toMatchObject({ line: 50001, column: 1 })
  })

  it.each([
    ['a top-level list', '- a\n- b\n', /not a list/],
    ['a top-level scalar', 'hello\n', /not a single value/]
  ])('refuses %s', (_name, text, message) => {
    expectOne(parseManifest(text, FILE), { line: 1, column: 1 }, message)
  })

  it.each([
    ['!!binary', 'aGVsbG8='],
    ['!foo', 'bar'],
    ['!!str', '1']
  ])('refuses the tag %s at the tag', (tag, value) => {
    const text = minimal([`base_model: ${tag} ${value}`])
    expectOne(
      parseManifest(text, FILE),
      { line: 6, column: 17 },
      new RegExp(`tags such as ${tag} are not used`)
    )
  })

  it('allows a few aliases', () => {
    const text = minimal([
      'approvals:',
      '  approvers: &gov ["@acme/gov"]',
      'monitoring:',
      '  signals: [drift]'
    ])
    const withAlias = `${text}  - id: other\n    owner: "@acme/ml"\n    approach: prompt\n    approvals:\n      approvers: *gov\n`
    const parsed = parseManifest(withAlias, FILE)
    expect(parsed.diagnostics).toEqual([])
    expect(parsed.manifest?.models[1]?.approvals?.approvers).toEqual(['@acme/gov'])
  })

  it('refuses an alias without an anchor', () => {
    expectOne(
      parseManifest(minimal(['base_model: *nowhere']), FILE),
      { line: 6, column: 17 },
      /alias \*nowhere has no anchor/
    )
  })

  it('refuses a billion-laughs alias bomb quickly, before expanding it', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for (let i = 1; i < 100; i++) {
      levels.push(
        `l${i}: &l${i} [${Array.from({ length: 10 }, () => (i === 1 ? '*a' : `*l${i - 1}`)).join(', ')}]`
      )
    }
    const text = `${levels.join('\n')}\n`
    const started = Date.now()
    const parsed = parseManifest(text, FILE)
    expect(Date.now() - started).toBeLessThan(2000)
    // The 21st alias is the first one over the limit: the first alias on line 4 (l3).
    expectOne(parsed, { line: 4, column: 10 }, /uses 990 YAML aliases, more than the limit of 20/)
  })

  it('stops a smaller expansion at toJS with the alias count limit', () => {
    // Three aliases (under the count limit) that each expand a node holding aliases.
    const text = 'a: &a [1, 2]\nb: &b [*a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b]\n'
    expectOne(
      parseManifest(text, FILE, { maxAliases: 10 }),
      { line: 1, column: 1 },
      /expands its YAML aliases too far/
    )
  })
})
