// The rule registry: one import and one entry per rule module, in id order.
import type { Rule } from '../engine/rule.js'
import mg002 from './manifest/mg002-manifest-invalid.js'

export const RULES: readonly Rule[] = [mg002]
