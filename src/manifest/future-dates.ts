// Dates that record something that already happened (data collected, redaction verified, rollback
// drilled) cannot lie in the future: such a date is a typo or a claim made ahead of the work.
// Written against the raw value so that it reports alongside schema problems.
import { z } from 'zod'
import type { YamlLocator } from '../yaml/locate.js'
import { dottedPath } from '../yaml/zod-issues.js'
import { MANIFEST_KIND, type ManifestDiagnostic, type NodePath } from './types.js'

// Only real dates: an impossible one (2026-02-30) is already the schema's to report.
const CALENDAR_DATE = z.iso.date()

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The paths of every past-event date in the manifest, with their values. */
function pastEventDates(value: unknown): { path: NodePath; date: unknown }[] {
  const found: { path: NodePath; date: unknown }[] = []
  if (!isObject(value) || !Array.isArray(value.models)) return found
  value.models.forEach((model: unknown, m) => {
    if (!isObject(model)) return
    if (isObject(model.rollback)) {
      found.push({ path: ['models', m, 'rollback', 'tested_at'], date: model.rollback.tested_at })
    }
    if (!Array.isArray(model.datasets)) return
    model.datasets.forEach((dataset: unknown, d) => {
      if (!isObject(dataset)) return
      found.push({ path: ['models', m, 'datasets', d, 'collected_at'], date: dataset.collected_at })
      if (isObject(dataset.redaction)) {
        found.push({
          path: ['models', m, 'datasets', d, 'redaction', 'verified_at'],
          date: dataset.redaction.verified_at
        })
      }
    })
  })
  return found
}

export function futureDateDiagnostics(value: unknown, now: Date, locator: YamlLocator): ManifestDiagnostic[] {
  const today = now.toISOString().slice(0, 10)
  return pastEventDates(value)
    .filter(({ date }) => typeof date === 'string' && CALENDAR_DATE.safeParse(date).success && date > today)
    .map(({ path }) => ({
      message: `${dottedPath(path, MANIFEST_KIND)} is after today (${today} UTC), but it records something that already happened; write the date it happened.`,
      location: locator.locate(path),
      path
    }))
}
