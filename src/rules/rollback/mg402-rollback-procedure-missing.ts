// MG402: the rollback runbook a fine-tune model names must exist. An https URL is accepted as written
// (the gate never fetches it); anything else is a repository path, checked against the file facts the
// adapters gathered. A path the run has no fact about fails closed: an unseen runbook is not a runbook.
import type { FileFact } from '../../engine/evidence.js'
import { defineRule } from '../../engine/rule.js'
import type { RuleHit } from '../../engine/types.js'
import { hasUrlScheme, isHttpsUrl } from '../../shared/repo-path.js'
import { FRAMEWORK_REFS } from '../frameworks.js'

export default defineRule({
  meta: {
    id: 'MG402',
    name: 'rollback-procedure-missing',
    family: 'rollback',
    defaultSeverity: 'error',
    summary:
      'The rollback procedure of a fine-tune model names a repository path that does not exist, cannot be read or could not be checked.',
    frameworks: FRAMEWORK_REFS.MG402
  },
  check(ctx) {
    const hits: RuleHit[] = []
    for (const { index, entry } of ctx.models) {
      if (entry.approach !== 'fine-tune') continue
      const procedure = entry.rollback?.procedure
      // An absent procedure is MG401's finding.
      if (procedure === undefined || isHttpsUrl(procedure)) continue
      const problem = hasUrlScheme(procedure)
        ? // The schema refuses other schemes; kept so that the rule never trusts a plain-text link. The
          // value is not echoed: a URL can carry credentials.
          `The rollback procedure of model ${entry.id} is a URL that is not https://; link the runbook over https:// or commit it to the repository and name its path.`
        : pathProblem(entry.id, procedure, lookup(ctx.evidence.files, procedure))
      if (problem === undefined) continue
      hits.push({
        message: problem,
        model: entry.id,
        location: ctx.locate(['models', index, 'rollback', 'procedure'])
      })
    }
    return hits
  }
})

type Lookup = FileFact | 'not-gathered' | 'no-files'

function lookup(files: ReadonlyMap<string, FileFact> | undefined, path: string): Lookup {
  if (files === undefined) return 'no-files'
  return files.get(path) ?? files.get(path.replace(/^(?:\.\/)+/, '')) ?? 'not-gathered'
}

function pathProblem(model: string, path: string, fact: Lookup): string | undefined {
  const names = `The rollback procedure of model ${model} names ${path}`
  if (fact === 'no-files' || fact === 'not-gathered') {
    const why =
      fact === 'no-files'
        ? 'the run gathered no repository files'
        : 'the run gathered no facts about that path'
    return `${names}, which could not be checked because ${why}; run the gate on a checkout of the repository (it fails closed until the runbook is seen).`
  }
  switch (fact.kind) {
    case 'missing':
      return `${names}, which is not in the repository; commit the runbook or fix the path.`
    case 'refused':
      return `${names}, which the gate refused to read (${fact.reason}); point procedure at a regular file inside the repository.`
    case 'unavailable':
      return `${names}, which could not be read: ${fact.reason}; fix the file or the checkout and run the gate again (it fails closed until the runbook is seen).`
    case 'file':
      return fact.size === 0
        ? `${names}, which is an empty file; write the rollback steps into it.`
        : undefined
  }
}
