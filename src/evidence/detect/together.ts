// Together AI fine-tuning: the `together fine-tuning create` CLI and the SDK's `fine_tuning.create(`.
// Listing, retrieving or downloading fine-tunes, and chat completions, do not fire.
import { defineDetector, defineSignals, hit } from './types.js'
import { viewOf } from './view.js'

const S = defineSignals('together', {
  'together-ft-job': { strength: 'strong', reason: 'Together AI fine-tuning job created' }
})

const CLI = /\b(?:together|tg)\s+fine-tuning\s+create\b/
const SDK = /\b(?:fine_tuning|fineTuning)\.create\s*\(/

export const together = defineDetector('together', S, (input) => {
  const view = viewOf(input)
  if (!view.isCode) return []
  const cli = view.firstAdded(CLI)
  if (cli) return [hit(S['together-ft-job'], view.path, cli.line, 'CLI')]
  const sdk = view.firstAdded(SDK)
  return sdk && view.codeHas(/\btogether(?:-ai)?\b/i)
    ? [hit(S['together-ft-job'], view.path, sdk.line, 'SDK')]
    : []
})
