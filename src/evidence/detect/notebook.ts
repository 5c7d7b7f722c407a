// Jupyter notebooks: only the source of CODE cells counts (markdown cells and outputs often quote training
// calls). One linear pass over the JSON text that keeps line numbers, so a hit in a cell points at the
// notebook's own line in the JSON file.
import { stripComments, type NumberedLine } from './code-lines.js'

interface Frame {
  kind: 'object' | 'array'
  key?: string
  expectKey: boolean
}

/** Root object, cells array, cell object, source array: nothing deeper matters. */
const MAX_DEPTH = 4

interface Cell {
  type?: string
  parts: NumberedLine[]
}

/** The code lines of the notebook's code cells, comments removed, each numbered with its JSON line. */
export function notebookCodeLines(json: string): NumberedLine[] {
  const out: NumberedLine[] = []
  const stack: Frame[] = [] // the frames down to a cell's source array; deeper levels are only counted
  let depth = 0
  let cell: Cell | undefined
  let line = 1
  let i = 0
  const n = json.length
  while (i < n) {
    const c = json[i] as string
    if (c === '\n') line++
    else if (c === '{' || c === '[') {
      depth++
      if (depth <= MAX_DEPTH) stack.push({ kind: c === '{' ? 'object' : 'array', expectKey: c === '{' })
      if (c === '{' && depth === 3 && inCells(stack)) cell = { parts: [] }
    } else if (c === '}' || c === ']') {
      if (c === '}' && cell && depth === 3 && inCells(stack)) {
        if (cell.type === 'code') out.push(...cellLines(cell.parts))
        cell = undefined
      }
      if (depth <= MAX_DEPTH) stack.pop()
      depth = Math.max(0, depth - 1)
    } else if (c === ',') {
      const top = depth <= MAX_DEPTH ? stack[stack.length - 1] : undefined
      if (top?.kind === 'object') top.expectKey = true
    } else if (c === '"') {
      const end = stringEnd(json, i + 1)
      const top = depth <= MAX_DEPTH ? stack[stack.length - 1] : undefined
      if (top?.kind === 'object' && top.expectKey) {
        top.key = decode(json.slice(i, end + 1))
        top.expectKey = false
      } else if (cell && top) {
        const value = valueRole(stack)
        if (value === 'type') cell.type = decode(json.slice(i, end + 1))
        else if (value === 'source') cell.parts.push({ line, text: decode(json.slice(i, end + 1)) })
      }
      i = end
    }
    i++
  }
  return out
}

/** Whether the innermost frame is a cell object: root object -> "cells" array -> object. */
function inCells(stack: readonly Frame[]): boolean {
  return stack.length === 3 && stack[0]?.key === 'cells' && stack[1]?.kind === 'array'
}

/** What a string value at this depth is: the cell's type, a piece of its source, or something else. */
function valueRole(stack: readonly Frame[]): 'type' | 'source' | undefined {
  const cellFrame = stack[2]
  if (stack[0]?.key !== 'cells' || cellFrame?.kind !== 'object') return undefined
  if (stack.length === 3)
    return cellFrame.key === 'cell_type' ? 'type' : cellFrame.key === 'source' ? 'source' : undefined
  if (stack.length === 4 && cellFrame.key === 'source' && stack[3]?.kind === 'array') return 'source'
  return undefined
}

function cellLines(parts: readonly NumberedLine[]): NumberedLine[] {
  const lines: NumberedLine[] = []
  for (const part of parts) {
    const pieces = part.text.split('\n')
    if (pieces.length > 1 && pieces[pieces.length - 1] === '') pieces.pop()
    for (const text of pieces) lines.push({ line: part.line, text })
  }
  return stripComments(lines, 'python')
}

/** The index of the closing quote of a JSON string whose content starts at `from`. */
function stringEnd(json: string, from: number): number {
  let i = from
  while (i < json.length) {
    const c = json[i]
    if (c === '\\') i += 2
    else if (c === '"') return i
    else i++
  }
  return json.length
}

function decode(raw: string): string {
  try {
    const value: unknown = JSON.parse(raw)
    return typeof value === 'string' ? value : ''
  } catch {
    return ''
  }
}
