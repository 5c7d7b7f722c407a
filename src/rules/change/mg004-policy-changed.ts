// MG004: the pull request changes the policy file. The run judged the change by the base branch's
// policy (a pull request must not weaken the rules it is judged by), so the new policy takes effect only
// after merge; this rule says so, for visibility, at line 1 of the policy file.
import { defineRule } from '../../engine/rule.js'
import { FRAMEWORK_REFS } from '../frameworks.js'

// git and the API never write a leading "./"; an input may.
const normalise = (path: string) => path.replace(/^(?:\.\/)+/, '')

export default defineRule({
  meta: {
    id: 'MG004',
    name: 'policy-changed',
    family: 'change',
    defaultSeverity: 'warning',
    summary:
      "The policy file changed in the pull request; the run used the base branch's version (reported for visibility).",
    frameworks: FRAMEWORK_REFS.MG004
  },
  check({ evidence }) {
    const { policyFile, change } = evidence
    // A built-in or remote policy has no file in the repository; an unreadable change is reported elsewhere.
    if (policyFile === undefined || change === undefined || !change.available) return []
    const wanted = normalise(policyFile)
    const file = change.files.find(
      (f) => f.path === wanted || (f.previousPath !== undefined && f.previousPath === wanted)
    )
    if (!file) return []
    const what =
      file.status === 'removed'
        ? 'removes'
        : file.status === 'added'
          ? 'adds'
          : file.path !== wanted
            ? `renames (to ${file.path})`
            : 'changes'
    return [
      {
        message: `This pull request ${what} the policy file ${wanted}; the run used the base branch's version, so the change takes effect only after merge and should be reviewed by the policy's owners.`,
        location: { file: wanted, line: 1, column: 1 }
      }
    ]
  }
})
