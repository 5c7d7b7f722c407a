// Hugging Face model cards (README front matter): `library_name: peft`, `base_model_relation: adapter|
// finetune`, or training tags (`trl`, `sft`, `generated_from_trainer` ...) next to `base_model`. Medium:
// corroboration that a tuned model is being published; only added front-matter lines count.
import type { Signal } from '../../engine/types.js'
import type { NumberedLine } from './code-lines.js'
import { defineDetector, defineSignals, hit } from './types.js'
import { viewOf } from './view.js'
import { YamlKeys } from './yaml-keys.js'

const S = defineSignals('model-card', {
  'model-card-adapter': { strength: 'medium', reason: 'model card of an adapter or fine-tune' },
  'model-card-training-tags': { strength: 'medium', reason: 'model card tagged by a training library' }
})

const TRAINING_TAGS = new Set([
  'trl',
  'sft',
  'dpo',
  'orpo',
  'kto',
  'grpo',
  'generated_from_trainer',
  'unsloth',
  'axolotl',
  'lora',
  'qlora',
  'llama-factory',
  'peft'
])

export const modelCard = defineDetector('model-card', S, (input): Signal[] => {
  const view = viewOf(input)
  if (view.kind !== 'markdown' || !view.touched || !view.hasText) return []
  const front = frontMatter(view.lines)
  if (front.length === 0) return []
  const y = new YamlKeys(front)
  const lib = y.get('library_name')
  if (lib?.value === 'peft' && view.isAdded(lib.line))
    return [hit(S['model-card-adapter'], view.path, lib.line, '`library_name: peft`')]
  const relation = y.get('base_model_relation')
  if (relation && /^(adapter|finetune)$/.test(relation.value) && view.isAdded(relation.line)) {
    return [
      hit(S['model-card-adapter'], view.path, relation.line, `\`base_model_relation: ${relation.value}\``)
    ]
  }
  if (!y.has('base_model')) return []
  const tag = trainingTag(front)
  return tag && view.isAdded(tag.line)
    ? [hit(S['model-card-training-tags'], view.path, tag.line, `\`${tag.text}\``)]
    : []
})

/** The lines between a leading `---` and the next `---`. */
function frontMatter(lines: readonly NumberedLine[]): NumberedLine[] {
  if (lines[0]?.text.trim() !== '---') return []
  const end = lines.findIndex((l, i) => i > 0 && l.text.trim() === '---')
  return end < 0 ? [] : lines.slice(1, end)
}

/** The first training tag in `tags:` (block list or inline list). */
function trainingTag(front: readonly NumberedLine[]): { line: number; text: string } | undefined {
  let inTags = false
  for (const { line, text } of front) {
    const inline = /^tags\s*:\s*\[(.*)\]/.exec(text)
    if (inline) {
      const tag = (inline[1] ?? '')
        .split(',')
        .map(clean)
        .find((t) => TRAINING_TAGS.has(t))
      return tag === undefined ? undefined : { line, text: tag }
    }
    if (/^tags\s*:\s*$/.test(text)) {
      inTags = true
      continue
    }
    if (!inTags) continue
    const item = /^\s*-\s*(.+)$/.exec(text)
    if (!item) {
      if (!/^\s/.test(text)) inTags = false
      continue
    }
    const tag = clean(item[1] ?? '')
    if (TRAINING_TAGS.has(tag)) return { line, text: tag }
  }
  return undefined
}

function clean(tag: string): string {
  return tag
    .trim()
    .replace(/^["']|["']$/g, '')
    .toLowerCase()
}
