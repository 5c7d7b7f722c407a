// Training-data shapes in JSON Lines. The same `{"messages": [...]}` rows serve evals, so a row shape
// counts as training data only where the path says so (`train`, `sft`, `finetune` ...), or for
// preference pairs, which only preference training uses.
import type { FileView } from './view.js'

const TRAINING_PATH =
  /(^|[/_.-])(train|training|finetune|fine[-_]tun(e|ing)|ft|sft|dpo|orpo|kto|preference)([/_.-]|$)/i
const ROWS_READ = 20

export function isTrainingPath(path: string): boolean {
  return TRAINING_PATH.test(path)
}

/** The first of the first added rows (parsed as JSON objects) for which `match` holds. */
export function firstRow(
  view: FileView,
  match: (row: Record<string, unknown>) => boolean
): { line: number } | undefined {
  if (view.kind !== 'jsonl' || !view.touched) return undefined
  let read = 0
  for (const { line, text } of view.lines) {
    if (read >= ROWS_READ) break
    if (text.trim() === '' || !view.isAdded(line)) continue
    read++
    const row = parseObject(text)
    if (row && match(row)) return { line }
  }
  return undefined
}

function parseObject(text: string): Record<string, unknown> | undefined {
  if (!text.trimStart().startsWith('{')) return undefined
  try {
    const value: unknown = JSON.parse(text)
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined
  } catch {
    return undefined
  }
}

/** A `messages` list with an assistant turn: a chat conversation. */
export function hasAssistantTurn(messages: unknown): boolean {
  return Array.isArray(messages) && messages.some((m) => isObject(m) && m['role'] === 'assistant')
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
