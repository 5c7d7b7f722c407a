// Weight artifacts, as Git LFS pointers or binaries, classified by path: adapter weights (PEFT's
// adapter_model.*, MLX's adapters.safetensors, LoRA files, weights in an adapter folder) are strong when
// new; other weight files are weak; so is a `.gitattributes` rule that sends safetensors to LFS.
import type { Signal } from '../../engine/types.js'
import { defineDetector, defineSignals, hit } from './types.js'
import { viewOf, type FileView } from './view.js'

const S = defineSignals('weights', {
  'adapter-weights': { strength: 'strong', reason: 'new adapter weights' },
  'adapter-weights-changed': { strength: 'medium', reason: 'adapter weights changed' },
  'weights-file': { strength: 'weak', reason: 'model weights file' },
  'lfs-weights-rule': { strength: 'weak', reason: 'Git LFS rule for model weights' }
})

const ADAPTER_NAME = /^(?:adapter_model\.(?:safetensors|bin)|(?:\d+_)?adapters\.safetensors)$/
const WEIGHT_EXT = /\.(?:safetensors|gguf)$/
const OTHER_WEIGHTS = /^(?:pytorch_model.*\.bin|consolidated\.\d+\.pth)$/
const ADAPTER_HINT = /(?:^|[^a-z])(?:q?lora|adapters?|peft)(?:[^a-z]|$)/i
const LFS_PATTERN = /\.(?:safetensors|gguf)$/

export const weights = defineDetector('weights', S, (input) => {
  const view = viewOf(input)
  if (view.kind === 'gitattributes') return lfsRule(view)
  if (!view.touched) return []
  const isWeights =
    WEIGHT_EXT.test(view.name) || OTHER_WEIGHTS.test(view.name) || ADAPTER_NAME.test(view.name)
  if (!isWeights) return []
  const dirs = view.path.split('/').slice(0, -1)
  const adapter =
    ADAPTER_NAME.test(view.name) ||
    (WEIGHT_EXT.test(view.name) && (ADAPTER_HINT.test(view.name) || dirs.some((d) => ADAPTER_HINT.test(d))))
  const pointer = lfsPointer(view)
  const def = !adapter
    ? S['weights-file']
    : view.status === 'added'
      ? S['adapter-weights']
      : S['adapter-weights-changed']
  return [hit(def, view.path, pointer ? 1 : undefined, pointer ?? (view.hasText ? undefined : 'binary'))]
})

/** "Git LFS pointer, N bytes" when the content is an LFS pointer. */
function lfsPointer(view: FileView): string | undefined {
  const content = view.input.content
  if (content === undefined || !content.startsWith('version https://git-lfs.github.com/spec/v1'))
    return undefined
  const size = /^size (\d+)$/m.exec(content.slice(0, 400))?.[1]
  return size === undefined ? 'Git LFS pointer' : `Git LFS pointer, ${size} bytes`
}

function lfsRule(view: FileView): Signal[] {
  for (const { line, text } of view.addedCode) {
    const [pattern] = text.trim().split(/\s+/, 1)
    if (pattern !== undefined && LFS_PATTERN.test(pattern) && text.includes('filter=lfs')) {
      return [hit(S['lfs-weights-rule'], view.path, line, `\`${pattern}\``)]
    }
  }
  return []
}
