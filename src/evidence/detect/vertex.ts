// Google Vertex AI / Gemini tuning: the Vertex SDK's `sft.train(`, the Gen AI SDK's `tunings.tune(`, the
// PaLM-era `tune_model(`, the Gemini API SDK's `create_tuned_model(`, and REST calls to `tuningJobs`. Calling `generate_content` does not fire.
import { defineDetector, defineSignals, hit } from './types.js'
import { viewOf } from './view.js'

const S = defineSignals('vertex', {
  'vertex-tuning-job': { strength: 'strong', reason: 'Vertex AI / Gemini tuning job created' }
})

const CALLS: readonly { re: RegExp; needs: RegExp; detail: string }[] = [
  { re: /\bsft\.(?:preview_)?train\s*\(/, needs: /\bvertexai\b/, detail: '`sft.train(...)`' },
  { re: /\.tunings\.tune\s*\(/, needs: /\bgenai\b/, detail: '`tunings.tune(...)`' },
  { re: /\.tune_model\s*\(/, needs: /\bvertexai\b/, detail: '`tune_model(...)`' },
  // The google-generativeai SDK's tuning call (Gemini API).
  { re: /\bcreate_tuned_model\s*\(/, needs: /\bgenai\b/, detail: '`create_tuned_model(...)`' },
  {
    re: /\/tuningJobs(?![\w/-])/,
    needs: /\b(?:baseModel|supervisedTuningSpec|base_model)\b/,
    detail: 'REST `tuningJobs`'
  }
]

export const vertex = defineDetector('vertex', S, (input) => {
  const view = viewOf(input)
  if (!view.isCode) return []
  for (const { re, needs, detail } of CALLS) {
    const line = view.firstAdded(re)
    if (line && view.codeHas(needs)) return [hit(S['vertex-tuning-job'], view.path, line.line, detail)]
  }
  return []
})
