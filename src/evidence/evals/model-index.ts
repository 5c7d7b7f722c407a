import { parse } from 'yaml'
import { Collector, finish, isObject } from './json.js'
import type { EvalRead } from './types.js'

/** The YAML between the opening `---` line and the next `---` (or `...`) line, if any. */
export function frontMatter(text: string): string | undefined {
  const lines = text.split('\n')
  if (lines[0]?.trimEnd() !== '---') return undefined
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]?.trimEnd()
    if (line === '---' || line === '...') return lines.slice(1, i).join('\n')
  }
  return undefined
}

function parseYaml(text: string): { ok: true; value: unknown } | { ok: false; reason: string } {
  try {
    return { ok: true, value: parse(text, { maxAliasCount: 100, prettyErrors: true }) as unknown }
  } catch (error) {
    return { ok: false, reason: `invalid YAML in the model card front matter: ${(error as Error).message}` }
  }
}

const label = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined

/**
 * A Hugging Face model card (README.md) with `model-index` in its YAML front matter; a bare YAML
 * document with `model-index` is accepted too. Each `model-index[*].results[*].metrics[*]` is a
 * record: group = `dataset.name` else `dataset.type`, metric = `type` else `name`. An empty
 * `results` list is a failure, never a pass (trainer cards often have `results: []`).
 */
export function readModelIndex(text: string): EvalRead {
  const yaml = frontMatter(text)
  const parsed = parseYaml(yaml ?? text)
  if (!parsed.ok) return parsed
  const data = parsed.value
  if (!isObject(data) || !Array.isArray(data['model-index'])) {
    return {
      ok: false,
      reason:
        yaml === undefined
          ? 'the model card has no YAML front matter between --- lines with a model-index'
          : 'the model card front matter has no model-index list'
    }
  }
  const out = new Collector('model-index')
  for (const model of data['model-index']) {
    if (!isObject(model) || !Array.isArray(model.results)) continue
    for (const result of model.results) {
      if (!isObject(result) || !Array.isArray(result.metrics)) continue
      const dataset = isObject(result.dataset) ? result.dataset : {}
      const group = label(dataset.name) ?? label(dataset.type)
      for (const metric of result.metrics) {
        if (!isObject(metric)) continue
        const name = label(metric.type) ?? label(metric.name)
        if (name === undefined) continue
        out.add({ ...(group === undefined ? {} : { group }), metric: name }, metric.value)
      }
    }
  }
  return finish(out, 'the model card model-index')
}
