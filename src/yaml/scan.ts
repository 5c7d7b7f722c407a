// One pass over the parsed YAML for what the parser lets through but a governance file must not hold:
// nesting deep enough to exhaust the stack, tags, duplicate keys. It also collects the aliases, which
// are counted before anything expands them. Duplicate keys are checked here rather than by the
// parser's `uniqueKeys`, which compares each key with every earlier one: quadratic on a hostile file.
import { isAlias, isMap, isScalar, visit, type Alias, type Document } from 'yaml'
import type { FileKind, YamlDiagnostic } from './types.js'

/** Ancestors (collections and pairs) a node may have; a real governance file needs about a dozen. */
export const MAX_DEPTH = 100

export type At = (offset: number, message: string, end?: number) => YamlDiagnostic

export interface ScanResult {
  problems: YamlDiagnostic[]
  aliases: Alias[]
}

export function tooDeepMessage(file: string, kind: FileKind): string {
  return `${file} nests values too deeply; a ${kind.what} needs only a few levels.`
}

/** The name a user wrote for a tag: `!!binary` for the YAML core tags, the tag itself otherwise. */
function tagName(tag: string): string {
  return tag.startsWith('tag:yaml.org,2002:') ? `!!${tag.slice('tag:yaml.org,2002:'.length)}` : tag
}

/** The offset where a node's tag is written: the token that starts with ! just before the node. */
function tagOffset(text: string, nodeStart: number): number {
  const bang = text.lastIndexOf('!', nodeStart - 1)
  if (bang < 0) return nodeStart
  let start = bang
  while (start > 0 && !/[\s,[{]/.test(text[start - 1] ?? ' ')) start--
  return start
}

/** A user's value cut to a length a message can quote. */
export function clip(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}...` : value
}

export function scanDocument(doc: Document, text: string, file: string, kind: FileKind, at: At): ScanResult {
  const problems: YamlDiagnostic[] = []
  const aliases: Alias[] = []
  visit(doc, {
    Node(_key, node, path) {
      const start = node.range?.[0] ?? 0
      if (path.length > MAX_DEPTH) {
        problems.push(at(start, tooDeepMessage(file, kind)))
        return visit.BREAK
      }
      if (isAlias(node)) {
        aliases.push(node)
      } else if (node.tag !== undefined) {
        problems.push(
          at(
            tagOffset(text, start),
            `YAML tags such as ${tagName(node.tag)} are not used in ${file}; remove the tag and write a plain value (quote it if needed).`
          )
        )
      }
      if (isMap(node)) {
        const seen = new Set<string>()
        for (const pair of node.items) {
          if (!isScalar(pair.key) || !pair.key.range) continue
          // Compared as text, as the keys of the resulting object are: `1` and "1" collide too.
          const name = String(pair.key.value)
          if (seen.has(name)) {
            problems.push(
              at(
                pair.key.range[0],
                `The key "${clip(name)}" appears twice in the same mapping; keep one and remove the other.`,
                pair.key.range[1]
              )
            )
          }
          seen.add(name)
        }
      }
      return undefined
    }
  })
  return { problems, aliases }
}
