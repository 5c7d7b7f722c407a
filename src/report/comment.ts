// The body of the sticky pull request comment: a hidden marker on the first line (so the next run
// finds and updates the same comment), then the Markdown report and, when it fits, the framework
// references. GitHub refuses comment bodies over 65,536 characters (UTF-16 code units), so the body is
// kept under `maxChars`; when the report has to be cut, the comment says so and points to the run.
import type { RunResult } from '../engine/types.js'
import { renderFrameworkSection } from './frameworks-section.js'
import type { DocsUrl } from './markdown-findings.js'
import { renderMarkdown } from './markdown.js'

export const COMMENT_MARKER = '<!-- model-governance-gate:report -->'

/** GitHub's limit for an issue comment body, in characters. */
export const GITHUB_COMMENT_LIMIT = 65_536
/** The default cap: GitHub's limit less a safety margin. */
export const DEFAULT_MAX_COMMENT_CHARS = 65_000

export interface CommentOptions {
  docsUrl: DocsUrl
  runUrl?: string
  /** Default 65,000 characters (UTF-16 code units, as GitHub counts them). */
  maxChars?: number
}

// UTF-8 takes 1 to 3 bytes per UTF-16 code unit, so a byte cap of N characters always fits N characters,
// and no cap above 3N can show more.
const MAX_UTF8_BYTES_PER_CODE_UNIT = 3

export function renderComment(result: RunResult, options: CommentOptions): string {
  const maxChars = options.maxChars ?? DEFAULT_MAX_COMMENT_CHARS
  const head = `${COMMENT_MARKER}\n`
  const markdownOptions = { docsUrl: options.docsUrl, ...(options.runUrl && { runUrl: options.runUrl }) }

  const full = renderMarkdown(result, { ...markdownOptions, maxBytes: Number.MAX_SAFE_INTEGER })
  const frameworks = renderFrameworkSection(result.findings)
  if (head.length + full.length + frameworks.length <= maxChars) return head + full + frameworks
  if (head.length + full.length <= maxChars) return head + full

  const notice = cutNotice(options.runUrl)
  const budget = maxChars - head.length - notice.length
  if (budget <= 0) return fitWithin(head, maxChars)
  const report = largestReportWithin(budget, (maxBytes) =>
    renderMarkdown(result, { ...markdownOptions, maxBytes })
  )
  return head + report + notice
}

function cutNotice(runUrl: string | undefined): string {
  const where = runUrl
    ? `[the workflow run](${runUrl}) (job summary and JSON report)`
    : 'the job summary and the JSON report of the workflow run'
  return `\n> [!NOTE]\n> This comment was shortened to fit GitHub's size limit for comments. The full report is in ${where}.\n`
}

/**
 * The longest report of at most `budget` characters. renderMarkdown caps bytes, not characters: the
 * byte cap equal to the budget always fits, and multi-byte text (icons, non-Latin messages) may let a
 * larger byte cap fit too, so the largest fitting byte cap is searched for.
 */
function largestReportWithin(budget: number, render: (maxBytes: number) => string): string {
  let best = render(budget)
  if (best.length > budget) return fitWithin(best, budget) // cannot happen (bytes >= code units)
  let low = budget
  let high = budget * MAX_UTF8_BYTES_PER_CODE_UNIT
  while (low < high) {
    const middle = Math.ceil((low + high) / 2)
    const candidate = render(middle)
    if (candidate.length <= budget) {
      low = middle
      best = candidate
    } else {
      high = middle - 1
    }
  }
  return best
}

/** Text cut to `max` code units at a line end (never inside a surrogate pair); the marker line stays. */
function fitWithin(text: string, max: number): string {
  if (text.length <= max) return text
  const cut = text.lastIndexOf('\n', max - 1)
  return cut >= 0 ? text.slice(0, cut + 1) : ''
}
