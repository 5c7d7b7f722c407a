// Every registered rule carries its catalogue metadata, its framework references and a docs page
// that cites them; adding a rule without its page fails here.
import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { RULE_CATALOGUE, RULE_IDS } from '../../src/rules/ids.js'
import { RULES } from '../../src/rules/index.js'
import { FRAMEWORK_REFS, frameworkTag } from '../../src/rules/frameworks.js'

const docs = (name: string) => new URL(`../../docs/rules/${name}`, import.meta.url)

describe('the rule registry', () => {
  it('lists each rule once, in id order, with its catalogue name and family', () => {
    const ids = RULES.map((r) => r.meta.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect([...ids].sort()).toEqual(ids)
    for (const { meta } of RULES) {
      expect({ id: meta.id, name: meta.name, family: meta.family }).toEqual({
        id: meta.id,
        ...RULE_CATALOGUE[meta.id]
      })
      expect(meta.frameworks).toBe(FRAMEWORK_REFS[meta.id])
      expect(meta.summary.length).toBeGreaterThan(10)
    }
  })

  it.each(RULES.map((rule) => ({ id: rule.meta.id, rule })))(
    '$id has a docs page citing its framework references',
    ({ rule }) => {
      const page = docs(`${rule.meta.id}.md`)
      expect(existsSync(page)).toBe(true)
      const text = readFileSync(page, 'utf8')
      expect(text.split('\n')[0]).toBe(`# ${rule.meta.id} ${rule.meta.name}`)
      for (const heading of [
        '## What it checks',
        '## Why it matters',
        '## How to fix it',
        '## How to waive it',
        '## Framework references'
      ]) {
        expect(text).toContain(heading)
      }
      for (const ref of rule.meta.frameworks) expect(text).toContain(`\`${frameworkTag(ref)}\``)
    }
  )

  it('indexes every rule id in docs/rules/README.md, linking and marking live the registered ones', () => {
    const index = readFileSync(docs('README.md'), 'utf8')
    const live = new Set(RULES.map((r) => r.meta.id))
    for (const id of RULE_IDS) {
      const row = index
        .split('\n')
        .find((line) => line.startsWith(`| ${id} `) || line.startsWith(`| [${id}](`))
      expect(row).toBeDefined()
      expect(row).toMatch(
        live.has(id) ? new RegExp(`^\\| \\[${id}\\]\\(${id}\\.md\\) +\\| live `) : /^\| MG\d{3} +\| planned /
      )
    }
  })
})
