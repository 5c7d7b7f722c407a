// Training commands in workflows, Makefiles, Dockerfiles, scripts and notebook cells: `axolotl train`,
// `llamafactory-cli train`, `tune run <training recipe>`, `trl sft`, `mlx_lm.lora --train`. Medium: a
// command alone may only rerun an existing recipe. `tune run eleuther_eval`, `mlx_lm.generate` and
// `llamafactory-cli chat` do not fire. Continuation lines (`\`) are joined; exec-form arrays are flattened.
import type { Signal } from '../../engine/types.js'
import { defineDetector, defineSignals, hit, type SignalDef } from './types.js'
import { viewOf, type CodeLine } from './view.js'

const S = defineSignals('cli', {
  'axolotl-cli': { strength: 'medium', reason: 'axolotl training command' },
  'llamafactory-cli': { strength: 'medium', reason: 'LLaMA-Factory training command' },
  'torchtune-cli': { strength: 'medium', reason: 'torchtune training recipe run' },
  'trl-cli': { strength: 'medium', reason: 'TRL training command' },
  'mlx-lm-lora-cli': { strength: 'medium', reason: 'MLX-LM LoRA training command' }
})

const KEYWORD = /axolotl|llamafactory-cli|lmf|trl|mlx_lm|tune/
const TUNE_RUN = /\btune\s+run\s/
const TRAINING_RECIPE = /finetune|dpo|ppo|grpo|distillation|qat/
const COMMANDS: readonly { def: SignalDef; re: RegExp; also?: RegExp }[] = [
  { def: S['axolotl-cli'], re: /\baxolotl(?:\s+train\b|\.cli\.train\b)/ },
  { def: S['llamafactory-cli'], re: /(?:^|[\s/])(?:llamafactory-cli|lmf)\s+train\b/ },
  {
    def: S['trl-cli'],
    re: /\btrl\s+(?:sft|dpo|kto|grpo|rloo|reward|orpo|cpo|ppo|online_dpo|gkd|xpo|nash_md|bco|prm)\b/
  },
  { def: S['mlx-lm-lora-cli'], re: /\bmlx_lm(?:\.lora|\s+lora)\b/, also: /\s--train\b/ }
]

export const cli = defineDetector('cli', S, (input) => {
  const view = viewOf(input)
  if (!view.isCode) return []
  const out: Signal[] = []
  const seen = new Set<string>()
  for (const cmd of logicalLines(view.code)) {
    if (!cmd.added || !KEYWORD.test(cmd.text)) continue
    const text = ` ${cmd.text.replace(/["'`,[\]]/g, ' ')} `
    for (const { def, re, also } of COMMANDS) {
      if (!seen.has(def.id) && re.test(text) && (also === undefined || also.test(text))) {
        seen.add(def.id)
        out.push(hit(def, view.path, cmd.line))
      }
    }
    const recipe = seen.has('torchtune-cli') ? undefined : tuneRecipe(text)
    if (recipe) {
      seen.add('torchtune-cli')
      out.push(hit(S['torchtune-cli'], view.path, cmd.line, `\`${recipe}\``))
    }
  }
  return out
})

/** The training recipe of a `tune run` command: a token before `--config` naming a training recipe. */
function tuneRecipe(text: string): string | undefined {
  const m = TUNE_RUN.exec(text)
  if (!m) return undefined
  const start = m.index + m[0].length
  for (const token of text.slice(start, start + 400).split(/\s+/)) {
    if (token === '--config' || token === '-c' || token === '&&' || token === ';') break
    if (!token.startsWith('-') && TRAINING_RECIPE.test(token)) return token
  }
  return undefined
}

/** Lines joined across trailing backslashes; added when any part is added; numbered by the first part. */
function logicalLines(code: readonly CodeLine[]): CodeLine[] {
  const out: CodeLine[] = []
  let current: CodeLine | undefined
  for (const l of code) {
    const text = l.text.trimEnd()
    const continues = text.endsWith('\\')
    const part = continues ? text.slice(0, -1) : text
    if (current) {
      current.text += ` ${part}`
      current.added ||= l.added
    } else current = { line: l.line, text: part, added: l.added }
    if (!continues) {
      out.push(current)
      current = undefined
    }
  }
  if (current) out.push(current)
  return out
}
