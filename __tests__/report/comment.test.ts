// The sticky PR comment body: the marker first, the report and framework references when they fit,
// and never more characters than GitHub accepts, even with thousands of findings in multi-byte text.
import { describe, expect, it } from '@jest/globals'
import {
  COMMENT_MARKER,
  DEFAULT_MAX_COMMENT_CHARS,
  GITHUB_COMMENT_LIMIT,
  renderComment
} from '../../src/report/comment.js'
import { renderMarkdown } from '../../src/report/markdown.js'
import { finding, manyFindings, sampleResult } from './sample-result.js'

const docsUrl = (id: string) => `https://example.test/rules/${id}`
const runUrl = 'https://github.com/o/r/actions/runs/42'
const CUT = "This comment was shortened to fit GitHub's size limit for comments."

/** Findings whose text is mostly characters of 2 to 4 UTF-8 bytes: CJK, accents, emoji. */
function multiByteFindings(count: number) {
  return Array.from({ length: count }, (_, index) =>
    finding({
      severity: index % 7 === 0 ? 'error' : index % 3 === 0 ? 'warning' : 'note',
      message: `評価指標 ${index} 🚀🔥 が基準を下回っています: naïve café ✅ ${'データ'.repeat(20)}`,
      file: `データ/訓練-${index}.jsonl`,
      line: index + 1
    })
  )
}

describe('renderComment', () => {
  it('puts the marker on the first line, then the whole report and the framework references', () => {
    const result = sampleResult()
    const body = renderComment(result, { docsUrl, runUrl })
    expect(body.split('\n')[0]).toBe(COMMENT_MARKER)
    expect(body).toContain(renderMarkdown(result, { docsUrl, runUrl }))
    expect(body).toContain('<details><summary>Framework references</summary>')
    expect(body).toContain('**MG303**')
    expect(body).not.toContain(CUT)
  })

  it('stays under the default cap with thousands of multi-byte findings, and says it was cut', () => {
    const result = sampleResult({ findings: multiByteFindings(5_000) })
    const body = renderComment(result, { docsUrl, runUrl })
    expect(body.length).toBeLessThanOrEqual(DEFAULT_MAX_COMMENT_CHARS)
    expect(DEFAULT_MAX_COMMENT_CHARS).toBeLessThan(GITHUB_COMMENT_LIMIT)
    expect(body.startsWith(`${COMMENT_MARKER}\n## ❌ Model governance: fail`)).toBe(true)
    expect(body).toContain(CUT)
    expect(body).toContain(`[the workflow run](${runUrl})`)
    expect(body).toMatch(/… \d+ more findings are in the JSON report\./)
    // Characters, not bytes, are the limit: multi-byte text fills most of it rather than a third.
    expect(Buffer.byteLength(body)).toBeGreaterThan(DEFAULT_MAX_COMMENT_CHARS)
    expect(body.length).toBeGreaterThan(DEFAULT_MAX_COMMENT_CHARS * 0.9)
    // The most severe findings are the ones kept.
    expect(body).toContain('| ❌ error |')
    expect(body).not.toContain('| ℹ️ note |')
    // No lone surrogate (a cut inside an emoji would leave one).
    expect(body).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/)
  })

  it('never exceeds a small maxChars, whatever the text', () => {
    const result = sampleResult({ findings: multiByteFindings(300) })
    for (const maxChars of [500, 1_000, 2_500, 7_777]) {
      const body = renderComment(result, { docsUrl, runUrl, maxChars })
      expect(body.length).toBeLessThanOrEqual(maxChars)
      expect(body.split('\n')[0]).toBe(COMMENT_MARKER)
    }
    expect(renderComment(result, { docsUrl, runUrl, maxChars: 20 })).toBe('')
  })

  it('drops the framework references before any finding', () => {
    const result = sampleResult({ findings: manyFindings(40, 'error') })
    const withFrameworks = renderComment(result, { docsUrl, runUrl })
    const markdown = renderMarkdown(result, { docsUrl, runUrl })
    const body = renderComment(result, {
      docsUrl,
      runUrl,
      maxChars: COMMENT_MARKER.length + 1 + markdown.length
    })
    expect(withFrameworks).toContain('Framework references')
    expect(body).not.toContain('Framework references')
    expect(body).toBe(`${COMMENT_MARKER}\n${markdown}`)
    expect(body).not.toContain(CUT)
  })

  it('names the job summary without a link when the run URL is unknown', () => {
    const body = renderComment(sampleResult({ findings: manyFindings(2_000, 'warning') }), { docsUrl })
    expect(body.length).toBeLessThanOrEqual(DEFAULT_MAX_COMMENT_CHARS)
    expect(body).toContain(`${CUT} The full report is in the job summary and the JSON report`)
    expect(body).not.toMatch(/\]\(https:\/\/github\.com\/o\/r\/actions/)
    expect(body).not.toContain('[the workflow run]')
  })

  it('keeps text from the pull request escaped', () => {
    const hostile = 'ping @org/team <img src=x onerror=alert(1)> [x](https://evil) `code` | cell'
    const body = renderComment(
      sampleResult({ findings: [finding({ message: hostile, file: 'a`b<i>@alice.yml' })] }),
      { docsUrl, runUrl }
    )
    // Paths are code spans (literal text, no mention, no HTML); a backtick cannot close one early.
    expect(body).toContain("`a'b<i>@alice.yml:31:11`")
    expect(body).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(body).toContain('@\u200dorg/team')
    expect(body).toContain('\\[x\\](https://evil)')
    expect(body).not.toMatch(/<img|@org|\[x\]\(https:\/\/evil\)/)
    // The only HTML comment is the marker, so the text cannot hide anything or fake a second marker.
    expect(body.match(/<!--/g)).toHaveLength(1)
  })
})
