// Turns a path inside a governance file (the manifest, the policy) into a file/line/column by walking
// the parsed YAML document, so that a diagnostic or a finding points at the node it is about, or at its
// nearest existing ancestor.
import { isMap, isPair, isScalar, isSeq, LineCounter, type Document, type Node, type Pair } from 'yaml'
import type { Location } from '../engine/types.js'
import type { NodePath } from './types.js'

interface Found {
  /** The deepest node reached along the path. */
  node: Node | undefined
  /** The map entry whose value is `node`, when the last step went through a map key. */
  pair: Pair | undefined
  /** How many path segments were matched. */
  depth: number
}

// Each map's entries by key, built on first use: a map with many keys (a hostile file full of unknown
// keys, each needing a location) must not cost a scan per lookup.
const entriesByMap = new WeakMap<object, Map<string, Pair>>()

function findPair(map: Node, key: string | number): Pair | undefined {
  if (!isMap(map)) return undefined
  let entries = entriesByMap.get(map)
  if (entries === undefined) {
    entries = new Map()
    for (const item of map.items) {
      if (!isPair(item) || !isScalar(item.key)) continue
      const name = String(item.key.value)
      if (!entries.has(name)) entries.set(name, item)
    }
    entriesByMap.set(map, entries)
  }
  return entries.get(String(key))
}

function walk(doc: Document, path: NodePath): Found {
  let node = (doc.contents ?? undefined) as Node | undefined
  let pair: Pair | undefined
  let depth = 0
  for (const segment of path) {
    if (node === undefined) break
    if (isMap(node)) {
      const next = findPair(node, segment)
      if (next === undefined) break
      pair = next
      node = (next.value ?? undefined) as Node | undefined
    } else if (isSeq(node) && typeof segment === 'number') {
      const next = node.items[segment] as Node | undefined
      if (next === undefined) break
      pair = undefined
      node = next
    } else {
      break
    }
    depth++
  }
  return { node, pair, depth }
}

export class YamlLocator {
  constructor(
    private readonly doc: Document | undefined,
    private readonly lineCounter: LineCounter,
    private readonly file: string
  ) {}

  /** A locator for a file that was never parsed (refused as bytes, or lost to a crash): line 1, column 1. */
  static unparsed(file: string): YamlLocator {
    return new YamlLocator(undefined, new LineCounter(), file)
  }

  /** The location of a source offset range. */
  at(start: number, end?: number): Location {
    const from = this.lineCounter.linePos(start)
    const location: Location = { file: this.file, line: from.line, column: from.col }
    if (end !== undefined && end > start) {
      const to = this.lineCounter.linePos(end)
      location.endLine = to.line
      location.endColumn = to.col
    }
    return location
  }

  /**
   * The node at `path`, or its nearest existing ancestor. A map entry whose value is a block
   * collection or empty points at its key (`rollback:`), since its value starts on a later line.
   */
  locate = (path: NodePath): Location => {
    if (this.doc === undefined) return { file: this.file, line: 1, column: 1 }
    let found = walk(this.doc, path)
    let location = this.position(found)
    // Walk back to the nearest ancestor that has a source position (an empty document has none).
    while (location === undefined && found.depth > 0) {
      found = walk(this.doc, path.slice(0, found.depth - 1))
      location = this.position(found)
    }
    return location ?? { file: this.file, line: 1, column: 1 }
  }

  private position({ node, pair }: Found): Location | undefined {
    const key = pair !== undefined && isScalar(pair.key) ? pair.key : undefined
    const isEmpty = isScalar(node) && node.range?.[0] === node.range?.[1]
    const isBlock = (isMap(node) || isSeq(node)) && node.flow !== true
    if (key?.range && (node === undefined || isEmpty || isBlock)) return this.at(key.range[0], key.range[1])
    if (node?.range) return this.at(node.range[0], isScalar(node) ? node.range[1] : undefined)
    return undefined
  }

  /** The key of the map entry at `path` (for unknown or duplicate keys), else `locate(path)`. */
  locateKey = (path: NodePath): Location => {
    if (this.doc === undefined || path.length === 0) return this.locate(path)
    const { pair, depth } = walk(this.doc, path)
    if (depth === path.length && pair !== undefined && isScalar(pair.key) && pair.key.range) {
      return this.at(pair.key.range[0], pair.key.range[1])
    }
    return this.locate(path)
  }
}
