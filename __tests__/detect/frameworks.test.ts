// Training frameworks and artifacts: one true positive and one near-miss per ecosystem module.
import { FRAMEWORK_CASES } from './cases/frameworks.js'
import { describeCases } from './helpers.js'

describeCases(FRAMEWORK_CASES)
