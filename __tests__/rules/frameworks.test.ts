import { describe, expect, it } from '@jest/globals'
import type { FrameworkRef } from '../../src/engine/types.js'
import {
  FRAMEWORK_ORDER,
  FRAMEWORK_REFS,
  FRAMEWORK_TITLES,
  FRAMEWORKS,
  frameworkTag,
  frameworkTags,
  frameworkTitle
} from '../../src/rules/frameworks.js'
import { RULE_IDS } from '../../src/rules/ids.js'

// Ids that frameworks.md's Key gives no title for, and that may therefore lack one. Empty today: the Key
// titles every id the Mapping table uses.
const ALLOWED_WITHOUT_TITLE: ReadonlySet<string> = new Set<string>([])

const r = (framework: FrameworkRef['framework'], id: string, condition?: string): FrameworkRef =>
  condition === undefined ? { framework, id } : { framework, id, condition }

describe('FRAMEWORK_REFS', () => {
  it('covers exactly the 27 rule ids, each with at least one reference', () => {
    expect(Object.keys(FRAMEWORK_REFS).sort()).toEqual([...RULE_IDS].sort())
    expect(RULE_IDS).toHaveLength(27)
    for (const id of RULE_IDS) expect(FRAMEWORK_REFS[id].length).toBeGreaterThan(0)
  })

  it('MG001 matches the table row', () => {
    const sub = 'when the fine-tune is a substantial modification of a high-risk system'
    expect(FRAMEWORK_REFS.MG001).toEqual([
      r('nist-ai-rmf', 'GOVERN 1.4'),
      r('nist-ai-rmf', 'GOVERN 1.6'),
      r('nist-ai-rmf', 'MANAGE 1.1'),
      r('nist-ai-rmf', 'MANAGE 4.1'),
      r('nist-ai-600-1', 'MG-3.1-003'),
      r('nist-ai-600-1', 'MP-4.1-007'),
      r('nist-ai-600-1', 'GV-1.6-003'),
      r('owasp-llm', 'LLM03'),
      r('owasp-llm', 'LLM04'),
      r('owasp-asi', 'ASI04', 'agentic'),
      r('iso42001', 'A.6.1.3'),
      r('iso42001', 'A.6.2.3'),
      r('iso42001', 'A.6.2.5'),
      r('eu-ai-act', 'Art. 17(1)(a)'),
      r('eu-ai-act', 'Art. 3(23)', sub),
      r('eu-ai-act', 'Art. 43(4)', sub),
      r('eu-ai-act', 'Art. 25(1)(b)', sub),
      r('eu-ai-act', 'Annex IV(2)(a)'),
      r('eu-ai-act', 'Annex IV(6)'),
      r('nist-csf', 'ID.AM-08'),
      r('nist-csf', 'ID.RA-07'),
      r('nist-csf', 'PR.PS-01')
    ])
  })

  it('MG102 matches the table row', () => {
    expect(FRAMEWORK_REFS.MG102).toEqual([
      r('nist-ai-rmf', 'MEASURE 2.7'),
      r('nist-ai-rmf', 'MAP 4.2'),
      r('nist-ai-600-1', 'MS-2.7-001'),
      r('nist-ai-600-1', 'MG-4.1-006'),
      r('owasp-llm', 'LLM04'),
      r('owasp-llm', 'LLM03'),
      r('owasp-asi', 'ASI04', 'agentic'),
      r('iso42001', 'A.7.4'),
      r('iso42001', 'A.7.5'),
      r('eu-ai-act', 'Art. 15(5)'),
      r('eu-ai-act', 'Art. 10(3)'),
      r('nist-csf', 'PR.DS-01')
    ])
  })

  it('MG303 matches the table row', () => {
    expect(FRAMEWORK_REFS.MG303).toEqual([
      r('nist-ai-rmf', 'MEASURE 2.3'),
      r('nist-ai-rmf', 'MEASURE 2.5'),
      r('nist-ai-rmf', 'MEASURE 2.6'),
      r('nist-ai-rmf', 'MEASURE 2.10'),
      r('nist-ai-rmf', 'MEASURE 2.11'),
      r('nist-ai-rmf', 'MANAGE 1.1'),
      r('nist-ai-600-1', 'GV-1.3-002'),
      r('nist-ai-600-1', 'MS-2.6-003'),
      r('nist-ai-600-1', 'MS-2.7-008'),
      r('owasp-llm', 'LLM02', 'leakage metrics'),
      r('owasp-llm', 'LLM04', 'safety metrics'),
      r('owasp-llm', 'LLM09', 'quality metrics'),
      r('iso42001', 'A.6.2.4'),
      r('iso42001', 'A.6.2.5'),
      r('eu-ai-act', 'Art. 9(8)'),
      r('eu-ai-act', 'Art. 15(1)'),
      r('nist-csf', 'GV.RM-02'),
      r('nist-csf', 'PR.PS-06')
    ])
  })

  it('MG302 keeps the GPAI condition on Art. 53(1)(a) only', () => {
    const eu = FRAMEWORK_REFS.MG302.filter((ref) => ref.framework === 'eu-ai-act')
    expect(eu).toEqual([
      r('eu-ai-act', 'Art. 9(8)'),
      r('eu-ai-act', 'Art. 17(1)(d)'),
      r('eu-ai-act', 'Annex IV(2)(g)'),
      r('eu-ai-act', 'Art. 53(1)(a)', 'GPAI model providers only')
    ])
  })

  it('MG701 matches the table row (no ISO/IEC 42001 entry)', () => {
    expect(FRAMEWORK_REFS.MG701).toEqual([
      r('nist-ai-rmf', 'MEASURE 2.7'),
      r('owasp-llm', 'LLM02'),
      r('owasp-llm', 'LLM07', 'when the serving config holds the system prompt'),
      r('owasp-asi', 'ASI03', 'agentic'),
      r('eu-ai-act', 'Art. 15(5)'),
      r('nist-csf', 'PR.AA-01'),
      r('nist-csf', 'PR.DS-01')
    ])
  })

  it('MG801 matches the table row', () => {
    expect(FRAMEWORK_REFS.MG801).toEqual([
      r('nist-ai-rmf', 'MANAGE 1.3'),
      r('nist-ai-rmf', 'MANAGE 1.4'),
      r('nist-ai-rmf', 'GOVERN 1.4'),
      r('nist-ai-600-1', 'MG-1.3-001'),
      r('iso42001', 'A.3.2'),
      r('eu-ai-act', 'Art. 9(5)'),
      r('nist-csf', 'ID.RA-07'),
      r('nist-csf', 'ID.RA-06')
    ])
  })

  it('MG305 has only the NIST and ISO references the table gives', () => {
    expect(FRAMEWORK_REFS.MG305.map(frameworkTag)).toEqual([
      'nist-ai-rmf:MAP-1.4',
      'nist-ai-rmf:MAP-3.1',
      'nist-ai-rmf:MANAGE-1.1',
      'nist-ai-600-1:MS-2.3-001',
      'nist-ai-600-1:MG-3.2-002',
      'iso42001:A.6.2.4'
    ])
  })

  it('groups references in the order of the table columns', () => {
    for (const id of RULE_IDS) {
      const positions = FRAMEWORK_REFS[id].map((ref) => FRAMEWORK_ORDER.indexOf(ref.framework))
      expect(positions.every((p) => p >= 0)).toBe(true)
      expect(positions).toEqual([...positions].sort((a, b) => a - b))
    }
  })

  it('uses the id forms of each framework', () => {
    const forms: Record<FrameworkRef['framework'], RegExp> = {
      'nist-ai-rmf': /^(GOVERN|MAP|MEASURE|MANAGE) \d+\.\d+$/,
      'nist-ai-600-1': /^(GV|MP|MS|MG)-\d+\.\d+-\d{3}$/,
      'owasp-llm': /^LLM(0[1-9]|10)$/,
      'owasp-asi': /^ASI(0[1-9]|10)$/,
      iso42001: /^A\.\d+(\.\d+)+$/,
      'eu-ai-act': /^(Art\. \d+|Annex IV)(\(\d+\))(\([a-z0-9]+\))*$/,
      'nist-csf': /^(GV|ID|PR|DE|RS|RC)\.[A-Z]{2}-\d{2}$/
    }
    for (const id of RULE_IDS) {
      for (const ref of FRAMEWORK_REFS[id]) expect(ref.id).toMatch(forms[ref.framework])
    }
  })
})

describe('frameworkTag', () => {
  it('follows the suggested citation form', () => {
    expect(frameworkTag(r('nist-ai-rmf', 'MEASURE 2.3'))).toBe('nist-ai-rmf:MEASURE-2.3')
    expect(frameworkTag(r('nist-ai-600-1', 'MS-2.7-008'))).toBe('nist-ai-600-1:MS-2.7-008')
    expect(frameworkTag(r('owasp-llm', 'LLM04'))).toBe('owasp-llm:LLM04:2025')
    expect(frameworkTag(r('owasp-asi', 'ASI03'))).toBe('owasp-asi:ASI03:2026')
    expect(frameworkTag(r('owasp-asi', 'ASI04', 'agentic'))).toBe('owasp-asi:ASI04:2026')
    expect(frameworkTag(r('iso42001', 'A.7.5'))).toBe('iso42001:A.7.5')
    expect(frameworkTag(r('eu-ai-act', 'Art. 15(5)'))).toBe('eu-ai-act:Art.15(5)')
    expect(frameworkTag(r('eu-ai-act', 'Annex IV(2)(d)'))).toBe('eu-ai-act:Annex-IV(2)(d)')
    expect(frameworkTag(r('nist-csf', 'PR.AA-05'))).toBe('nist-csf:PR.AA-05')
  })

  it('gives tags without spaces, unique within each rule', () => {
    for (const id of RULE_IDS) {
      const tags = frameworkTags(id)
      for (const tag of tags) expect(tag).not.toMatch(/\s/)
      expect(new Set(tags).size).toBe(tags.length)
    }
  })
})

describe('FRAMEWORK_TITLES', () => {
  it('titles every id the table uses, or allows it explicitly', () => {
    const missing: string[] = []
    for (const id of RULE_IDS) {
      for (const ref of FRAMEWORK_REFS[id]) {
        if (frameworkTitle(ref) === undefined && !ALLOWED_WITHOUT_TITLE.has(frameworkTag(ref))) {
          missing.push(`${id} ${frameworkTag(ref)}`)
        }
      }
    }
    expect(missing).toEqual([])
  })

  it('has no title for an id the table does not use', () => {
    const used = new Set(RULE_IDS.flatMap((id) => frameworkTags(id)))
    for (const framework of FRAMEWORK_ORDER) {
      for (const id of Object.keys(FRAMEWORK_TITLES[framework])) {
        expect(used.has(frameworkTag({ framework, id }))).toBe(true)
      }
    }
  })

  it('gives the Key text for spot checks', () => {
    expect(frameworkTitle(r('owasp-llm', 'LLM04'))).toBe('Data and Model Poisoning')
    expect(frameworkTitle(r('owasp-asi', 'ASI03'))).toBe('Identity & Privilege Abuse')
    expect(frameworkTitle(r('iso42001', 'A.7.5'))).toBe('Data provenance')
    expect(frameworkTitle(r('nist-csf', 'PR.AA-05'))).toBe(
      'access permissions follow least privilege and separation of duties'
    )
    expect(frameworkTitle(r('eu-ai-act', 'Art. 15(5)'))).toMatch(/unauthorised alteration/)
    expect(frameworkTitle(r('nist-ai-rmf', 'GOVERN 9.9'))).toBeUndefined()
  })
})

describe('FRAMEWORKS', () => {
  it('names and versions every framework', () => {
    expect(Object.keys(FRAMEWORKS).sort()).toEqual([...FRAMEWORK_ORDER].sort())
    expect(FRAMEWORKS['nist-ai-rmf'].name).toBe('NIST AI RMF 1.0')
    expect(FRAMEWORKS['owasp-llm'].name).toBe('OWASP Top 10 for LLM Applications 2025')
    expect(FRAMEWORKS.iso42001.name).toBe('ISO/IEC 42001:2023 Annex A')
    expect(FRAMEWORKS['eu-ai-act'].name).toBe('EU AI Act (Regulation (EU) 2024/1689)')
    expect(FRAMEWORKS['nist-csf'].name).toBe('NIST CSF 2.0')
    for (const info of Object.values(FRAMEWORKS)) {
      expect(info.version).not.toBe('')
      expect(info.url).toMatch(/^https:\/\//)
    }
  })
})
