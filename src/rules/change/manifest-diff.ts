// A semantic diff of one model's entry between the base branch and the head: the controls the change
// weakens (MG003). Pure: entries in, weakenings out. Each weakening says what weakened, from what to
// what, and where to point: at the head node that now holds the weaker value, or, for something
// removed, at the base node that held it.
import type { DatasetEntry, ModelEntry, NodePath } from '../../manifest/types.js'
import { requirementsFor, tierOf } from '../../policy/parse.js'
import type { Policy, Tier } from '../../policy/types.js'

/** Where a weakening is: a path in the head manifest, or (for a removal) in the base manifest. */
export type DiffSide = 'head' | 'base'

export interface Weakening {
  /** What weakened, as the start of a sentence without its end: "Approver @dave of model x was removed". */
  what: string
  side: DiffSide
  path: NodePath
}

/** A model entry and its index in its manifest's `models:`. */
export interface Indexed {
  index: number
  entry: ModelEntry
}

type Direction = 'min' | 'max'

/** One bound of one threshold: `min: 0.88` of the threshold at `index`. */
interface Bound {
  index: number
  value: number
}

const TIER_RANK: Record<Tier, number> = { low: 0, medium: 1, high: 2 }
const WORD: Record<Direction, string> = { min: 'minimum', max: 'maximum' }

/** Whether bound `a` is stricter than `b` in that direction (a higher minimum, a lower maximum). */
const stricter = (direction: Direction, a: number, b: number) => (direction === 'min' ? a > b : a < b)

/**
 * Every weakening of `base` by `head` (the same model id). The full controls are compared only while
 * the model is a fine-tune on both sides; approvers are compared whatever the approach, because
 * approvals govern prompt and retrieval models too.
 */
export function weakenings(base: Indexed, head: Indexed, policy: Policy): Weakening[] {
  const id = base.entry.id
  const wasFineTune = base.entry.approach === 'fine-tune'
  const isFineTune = head.entry.approach === 'fine-tune'
  if (!wasFineTune || !isFineTune) {
    const found = approverWeakenings(id, base, head)
    if (!wasFineTune) return found
    return [
      {
        what: `Model ${id} is no longer governed as a fine-tune: its approach changed from fine-tune to ${head.entry.approach}, which drops its data, evaluation, rollback and monitoring controls`,
        side: 'head',
        path: ['models', head.index, 'approach']
      },
      ...found
    ]
  }
  return [
    ...riskTierWeakenings(id, base, head, policy),
    ...datasetWeakenings(id, base, head),
    ...minApprovalsWeakenings(id, base, head, policy),
    ...approverWeakenings(id, base, head),
    ...thresholdWeakenings(id, base, head),
    ...maxRegressionWeakenings(id, base, head),
    ...sectionWeakenings(id, base, head, policy)
  ]
}

/** The effective tier (risk_tier, else the policy's default_tier) lowered. */
function riskTierWeakenings(id: string, base: Indexed, head: Indexed, policy: Policy): Weakening[] {
  const from = tierOf(policy, base.entry)
  const to = tierOf(policy, head.entry)
  if (TIER_RANK[to] >= TIER_RANK[from]) return []
  if (head.entry.risk_tier !== undefined) {
    return [
      {
        what: `The risk tier of model ${id} was lowered from ${from} to ${to}`,
        side: 'head',
        path: ['models', head.index, 'risk_tier']
      }
    ]
  }
  return [
    {
      what: `The risk tier of model ${id} was lowered from ${from} to ${to} by removing \`risk_tier\` (the policy's default_tier applies)`,
      side: 'base',
      path: ['models', base.index, 'risk_tier']
    }
  ]
}

/** The bounds of each metric and direction: metric -> direction -> bounds, in file order. */
function boundsOf(entry: ModelEntry): Map<string, Record<Direction, Bound[]>> {
  const byMetric = new Map<string, Record<Direction, Bound[]>>()
  ;(entry.evaluation?.thresholds ?? []).forEach((threshold, index) => {
    let bounds = byMetric.get(threshold.metric)
    if (bounds === undefined) {
      bounds = { min: [], max: [] }
      byMetric.set(threshold.metric, bounds)
    }
    if (threshold.min !== undefined) bounds.min.push({ index, value: threshold.min })
    if (threshold.max !== undefined) bounds.max.push({ index, value: threshold.max })
  })
  return byMetric
}

/** The bound that binds when a metric has several in one direction: the strictest, first in the file. */
function effective(direction: Direction, bounds: readonly Bound[]): Bound | undefined {
  let best: Bound | undefined
  for (const bound of bounds)
    if (best === undefined || stricter(direction, bound.value, best.value)) best = bound
  return best
}

/**
 * Thresholds matched by metric and direction. A metric gone from the head is one removal (at its base
 * threshold); a direction that disappears while the opposite one appears is a switch (at the head's
 * new bound); a direction that just disappears is a removal (at the base's bound); otherwise each
 * direction's binding bound is compared with the head's.
 */
function thresholdWeakenings(id: string, base: Indexed, head: Indexed): Weakening[] {
  const found: Weakening[] = []
  const thresholds = (i: number, ...rest: (string | number)[]): NodePath => [
    'models',
    i,
    'evaluation',
    'thresholds',
    ...rest
  ]
  const headBounds = boundsOf(head.entry)
  for (const [metric, baseByDirection] of boundsOf(base.entry)) {
    const baseMin = effective('min', baseByDirection.min)
    const baseMax = effective('max', baseByDirection.max)
    const headByDirection = headBounds.get(metric)
    if (baseMin === undefined && baseMax === undefined) continue
    // The metric is gone from the head: one removal, at its (first) base threshold.
    if (headByDirection === undefined) {
      const had = [baseMin && `minimum ${baseMin.value}`, baseMax && `maximum ${baseMax.value}`]
        .filter((part): part is string => typeof part === 'string')
        .join(', ')
      const first = base.entry.evaluation?.thresholds?.findIndex((t) => t.metric === metric) ?? 0
      found.push({
        what: `Threshold ${metric} (${had}) of model ${id} was removed`,
        side: 'base',
        path: thresholds(base.index, first)
      })
      continue
    }
    const headMin = effective('min', headByDirection.min)
    const headMax = effective('max', headByDirection.max)
    const compare = (direction: Direction, from: Bound | undefined, to: Bound | undefined) => {
      if (from === undefined) return
      const word = WORD[direction]
      if (to === undefined) {
        const opposite: Direction = direction === 'min' ? 'max' : 'min'
        const baseOpposite = direction === 'min' ? baseMax : baseMin
        const headOpposite = direction === 'min' ? headMax : headMin
        if (baseOpposite === undefined && headOpposite !== undefined) {
          found.push({
            what: `Threshold ${metric} of model ${id} was switched from a ${word} of ${from.value} to a ${WORD[opposite]} of ${headOpposite.value}`,
            side: 'head',
            path: thresholds(head.index, headOpposite.index, opposite)
          })
        } else {
          found.push({
            what: `The ${word} (${from.value}) of threshold ${metric} of model ${id} was removed`,
            side: 'base',
            path: thresholds(base.index, from.index, direction)
          })
        }
        return
      }
      if (!stricter(direction, from.value, to.value)) return
      found.push({
        what: `The ${word} of threshold ${metric} of model ${id} was ${direction === 'min' ? 'lowered' : 'raised'} from ${from.value} to ${to.value}`,
        side: 'head',
        path: thresholds(head.index, to.index, direction)
      })
    }
    compare('min', baseMin, headMin)
    compare('max', baseMax, headMax)
  }
  return found
}

function maxRegressionWeakenings(id: string, base: Indexed, head: Indexed): Weakening[] {
  const from = base.entry.evaluation?.max_regression
  const to = head.entry.evaluation?.max_regression
  if (from === undefined) return []
  if (to === undefined) {
    return [
      {
        what: `The max_regression (${from}) of model ${id} was removed`,
        side: 'base',
        path: ['models', base.index, 'evaluation', 'max_regression']
      }
    ]
  }
  if (to <= from) return []
  return [
    {
      what: `The max_regression of model ${id} was raised from ${from} to ${to}`,
      side: 'head',
      path: ['models', head.index, 'evaluation', 'max_regression']
    }
  ]
}

/**
 * `min_approvals` lowered; removed only when that lowers it, i.e. when the base's value was above the
 * head tier's minimum, which applies once the field is gone.
 */
function minApprovalsWeakenings(id: string, base: Indexed, head: Indexed, policy: Policy): Weakening[] {
  const from = base.entry.approvals?.min_approvals
  const to = head.entry.approvals?.min_approvals
  if (from === undefined) return []
  if (to === undefined) {
    const tierMinimum = requirementsFor(policy, head.entry).min_approvals
    if (tierMinimum >= from) return []
    return [
      {
        what: `The min_approvals (${from}) of model ${id} was removed, which lowers it to the ${tierOf(policy, head.entry)} tier's minimum of ${tierMinimum}`,
        side: 'base',
        path: ['models', base.index, 'approvals', 'min_approvals']
      }
    ]
  }
  if (to >= from) return []
  return [
    {
      what: `The min_approvals of model ${id} was lowered from ${from} to ${to}`,
      side: 'head',
      path: ['models', head.index, 'approvals', 'min_approvals']
    }
  ]
}

/** Each base approver the head no longer names (handles compare without regard to case). */
function approverWeakenings(id: string, base: Indexed, head: Indexed): Weakening[] {
  const kept = new Set((head.entry.approvals?.approvers ?? []).map((handle) => handle.toLowerCase()))
  const seen = new Set<string>()
  const found: Weakening[] = []
  ;(base.entry.approvals?.approvers ?? []).forEach((handle, i) => {
    const key = handle.toLowerCase()
    if (kept.has(key) || seen.has(key)) return
    seen.add(key)
    found.push({
      what: `Approver ${handle} of model ${id} was removed`,
      side: 'base',
      path: ['models', base.index, 'approvals', 'approvers', i]
    })
  })
  return found
}

/** Datasets matched by id: a redaction record removed, personal data no longer declared. */
function datasetWeakenings(id: string, base: Indexed, head: Indexed): Weakening[] {
  const found: Weakening[] = []
  const headDatasets = head.entry.datasets ?? []
  ;(base.entry.datasets ?? []).forEach((dataset: DatasetEntry, bi) => {
    const hi = headDatasets.findIndex((d) => d.id === dataset.id)
    const match = headDatasets[hi]
    // A dataset dropped from the model is no longer trained on; data still in use is MG106's.
    if (match === undefined) return
    const basePath = (field: string): NodePath => ['models', base.index, 'datasets', bi, field]
    if (dataset.personal_data === true && match.personal_data !== true) {
      found.push(
        match.personal_data === false
          ? {
              what: `Dataset ${dataset.id} of model ${id} was changed from personal_data: true to false`,
              side: 'head',
              path: ['models', head.index, 'datasets', hi, 'personal_data']
            }
          : {
              what: `The personal_data: true declaration of dataset ${dataset.id} of model ${id} was removed`,
              side: 'base',
              path: basePath('personal_data')
            }
      )
    }
    if (dataset.redaction !== undefined && match.redaction === undefined) {
      found.push({
        what: `The redaction record of dataset ${dataset.id} of model ${id} was removed`,
        side: 'base',
        path: basePath('redaction')
      })
    }
  })
  return found
}

/**
 * The rollback or monitoring section removed; with monitoring kept, each signal removed that the policy
 * requires of the model's tier (on the base or the head, so lowering the tier does not hide it).
 */
function sectionWeakenings(id: string, base: Indexed, head: Indexed, policy: Policy): Weakening[] {
  const found: Weakening[] = []
  for (const section of ['rollback', 'monitoring'] as const) {
    if (base.entry[section] !== undefined && head.entry[section] === undefined) {
      found.push({
        what: `The ${section} section of model ${id} was removed`,
        side: 'base',
        path: ['models', base.index, section]
      })
    }
  }
  const baseMonitoring = base.entry.monitoring
  const headMonitoring = head.entry.monitoring
  if (baseMonitoring === undefined || headMonitoring === undefined) return found
  const required = new Set([
    ...requirementsFor(policy, base.entry).monitoring_signals,
    ...requirementsFor(policy, head.entry).monitoring_signals
  ])
  const kept = new Set(headMonitoring.signals ?? [])
  const seen = new Set<string>()
  ;(baseMonitoring.signals ?? []).forEach((signal, i) => {
    if (!required.has(signal) || kept.has(signal) || seen.has(signal)) return
    seen.add(signal)
    found.push({
      what: `The required monitoring signal ${signal} of model ${id} was removed from \`monitoring.signals\``,
      side: 'base',
      path: ['models', base.index, 'monitoring', 'signals', i]
    })
  })
  return found
}
