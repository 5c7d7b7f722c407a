// Framework references of every rule, transcribed from the design's frameworks.md (its Mapping table
// and its Key). A reference says "this check supports that control or addresses that risk". It does not
// say that passing the check makes a model compliant, nor that the cited obligation applies to a given
// model (most EU AI Act articles bind only providers or deployers of high-risk systems, or providers of
// general-purpose AI models). Keep this file in step with frameworks.md: ids exactly as the table
// writes them, in its order; conditions from the table's brackets; titles only from its Key.
import type { FrameworkId, FrameworkRef } from '../engine/types.js'
import type { RuleId } from './ids.js'

export interface FrameworkInfo {
  /** The name to show, with its version, e.g. "NIST AI RMF 1.0". */
  name: string
  version: string
  /** Where the framework is published (frameworks.md, "Sources"). */
  url: string
}

export const FRAMEWORKS: Record<FrameworkId, FrameworkInfo> = {
  'nist-ai-rmf': {
    name: 'NIST AI RMF 1.0',
    version: '1.0 (NIST AI 100-1, January 2023)',
    url: 'https://nvlpubs.nist.gov/nistpubs/ai/NIST.AI.100-1.pdf'
  },
  'nist-ai-600-1': {
    name: 'NIST AI 600-1',
    version: 'Generative AI Profile, July 2024',
    url: 'https://doi.org/10.6028/NIST.AI.600-1'
  },
  'owasp-llm': {
    name: 'OWASP Top 10 for LLM Applications 2025',
    version: '2025',
    url: 'https://genai.owasp.org/llm-top-10/'
  },
  'owasp-asi': {
    name: 'OWASP Top 10 for Agentic Applications 2026',
    version: '2026',
    url: 'https://genai.owasp.org/resource/owasp-top-10-for-agentic-applications-for-2026/'
  },
  iso42001: {
    name: 'ISO/IEC 42001:2023 Annex A',
    version: '2023',
    url: 'https://www.iso.org/standard/42001'
  },
  'eu-ai-act': {
    name: 'EU AI Act (Regulation (EU) 2024/1689)',
    version: 'Regulation (EU) 2024/1689, OJ L, 12.7.2024',
    url: 'https://eur-lex.europa.eu/eli/reg/2024/1689/oj'
  },
  'nist-csf': {
    name: 'NIST CSF 2.0',
    version: '2.0 (NIST CSWP 29, February 2024)',
    url: 'https://doi.org/10.6028/NIST.CSWP.29'
  }
}

/** The order of the Mapping table's columns (the NIST AI 600-1 actions follow the AI RMF ones). */
export const FRAMEWORK_ORDER: readonly FrameworkId[] = [
  'nist-ai-rmf',
  'nist-ai-600-1',
  'owasp-llm',
  'owasp-asi',
  'iso42001',
  'eu-ai-act',
  'nist-csf'
]

/** One cell of the table: an id, or an id with the condition the table puts in brackets. */
type Cell = readonly (string | readonly [id: string, condition: string])[]

function refs(cells: Partial<Record<FrameworkId, Cell>>): readonly FrameworkRef[] {
  const out: FrameworkRef[] = []
  for (const framework of FRAMEWORK_ORDER) {
    for (const entry of cells[framework] ?? []) {
      if (typeof entry === 'string') out.push({ framework, id: entry })
      else out.push({ framework, id: entry[0], condition: entry[1] })
    }
  }
  return Object.freeze(out)
}

const SUBSTANTIAL_MODIFICATION = 'when the fine-tune is a substantial modification of a high-risk system'

/**
 * The Mapping table, row by row. An EU AI Act condition written after a group of ids separated by ";"
 * (MG001: "Art. 3(23), Art. 43(4), Art. 25(1)(b) (when ...)") applies to every id of that group.
 */
export const FRAMEWORK_REFS: Record<RuleId, readonly FrameworkRef[]> = {
  // ungoverned-fine-tune
  MG001: refs({
    'nist-ai-rmf': ['GOVERN 1.4', 'GOVERN 1.6', 'MANAGE 1.1', 'MANAGE 4.1'],
    'nist-ai-600-1': ['MG-3.1-003', 'MP-4.1-007', 'GV-1.6-003'],
    'owasp-llm': ['LLM03', 'LLM04'],
    'owasp-asi': [['ASI04', 'agentic']],
    iso42001: ['A.6.1.3', 'A.6.2.3', 'A.6.2.5'],
    'eu-ai-act': [
      'Art. 17(1)(a)',
      ['Art. 3(23)', SUBSTANTIAL_MODIFICATION],
      ['Art. 43(4)', SUBSTANTIAL_MODIFICATION],
      ['Art. 25(1)(b)', SUBSTANTIAL_MODIFICATION],
      'Annex IV(2)(a)',
      'Annex IV(6)'
    ],
    'nist-csf': ['ID.AM-08', 'ID.RA-07', 'PR.PS-01']
  }),
  // manifest-invalid
  MG002: refs({
    'nist-ai-rmf': ['GOVERN 1.4', 'GOVERN 1.6', 'MAP 4.2'],
    iso42001: ['A.6.2.3', 'A.6.2.7'],
    'eu-ai-act': ['Art. 11(1)', 'Art. 17(1)(k)'],
    'nist-csf': ['PR.PS-01']
  }),
  // governance-weakened
  MG003: refs({
    'nist-ai-rmf': ['GOVERN 1.3', 'GOVERN 1.4', 'GOVERN 2.1', 'MAP 1.5'],
    iso42001: ['A.3.2', 'A.6.1.3'],
    'eu-ai-act': ['Art. 17(1)(a)', 'Art. 17(1)(m)'],
    'nist-csf': ['ID.RA-07', 'GV.PO-02', 'GV.RR-02']
  }),
  // policy-changed
  MG004: refs({
    'nist-ai-rmf': ['GOVERN 1.4', 'GOVERN 1.5'],
    iso42001: ['A.2.2', 'A.2.4'],
    'eu-ai-act': ['Art. 17(1)'],
    'nist-csf': ['GV.PO-01', 'GV.PO-02']
  }),
  // dataset-provenance-incomplete
  MG101: refs({
    'nist-ai-rmf': ['MAP 2.3', 'MAP 4.1', 'GOVERN 6.1'],
    'nist-ai-600-1': ['GV-1.2-001', 'MP-4.1-004', 'MS-2.5-005'],
    'owasp-llm': ['LLM03', 'LLM04'],
    'owasp-asi': [['ASI04', 'agentic']],
    iso42001: ['A.4.3', 'A.7.3', 'A.7.5'],
    'eu-ai-act': ['Art. 10(2)(b)', 'Art. 17(1)(f)', 'Annex IV(2)(d)'],
    'nist-csf': ['ID.AM-07', 'GV.SC-07', 'GV.OC-03']
  }),
  // dataset-checksum-mismatch
  MG102: refs({
    'nist-ai-rmf': ['MEASURE 2.7', 'MAP 4.2'],
    'nist-ai-600-1': ['MS-2.7-001', 'MG-4.1-006'],
    'owasp-llm': ['LLM04', 'LLM03'],
    'owasp-asi': [['ASI04', 'agentic']],
    iso42001: ['A.7.4', 'A.7.5'],
    'eu-ai-act': ['Art. 15(5)', 'Art. 10(3)'],
    'nist-csf': ['PR.DS-01']
  }),
  // dataset-redaction-missing
  MG103: refs({
    'nist-ai-rmf': ['MEASURE 2.10', 'MAP 4.1', 'GOVERN 1.1'],
    'nist-ai-600-1': ['MP-4.1-005', 'MP-4.1-010', 'MG-2.2-009'],
    'owasp-llm': ['LLM02'],
    iso42001: ['A.7.6', 'A.7.4'],
    'eu-ai-act': ['Art. 10(2)(b)', 'Art. 10(2)(c)'],
    'nist-csf': ['PR.DS-01', 'GV.OC-03']
  }),
  // dataset-contains-secret
  MG104: refs({
    'nist-ai-rmf': ['MEASURE 2.7'],
    'owasp-llm': ['LLM02'],
    iso42001: ['A.7.6', 'A.7.4'],
    'eu-ai-act': ['Art. 15(5)', 'Art. 10(2)(c)'],
    'nist-csf': ['PR.DS-01', 'PR.AA-01']
  }),
  // dataset-contains-personal-data
  MG105: refs({
    'nist-ai-rmf': ['MEASURE 2.10', 'MAP 4.1', 'GOVERN 1.1'],
    'nist-ai-600-1': ['MS-2.6-002', 'MP-4.1-005'],
    'owasp-llm': ['LLM02'],
    iso42001: ['A.7.4', 'A.7.6'],
    'eu-ai-act': ['Art. 10(2)(b)', 'Art. 10(2)(c)'],
    'nist-csf': ['PR.DS-01', 'GV.OC-03', 'ID.AM-07']
  }),
  // dataset-undeclared
  MG106: refs({
    'nist-ai-rmf': ['GOVERN 1.6', 'MAP 4.1', 'MEASURE 2.7'],
    'nist-ai-600-1': ['MG-4.1-006', 'MP-4.1-004'],
    'owasp-llm': ['LLM04', 'LLM03'],
    'owasp-asi': [['ASI04', 'agentic']],
    iso42001: ['A.4.3', 'A.7.2', 'A.7.5'],
    'eu-ai-act': ['Art. 10(2)', 'Art. 15(5)', 'Annex IV(2)(d)'],
    'nist-csf': ['ID.AM-07', 'ID.AM-08']
  }),
  // approvers-undeclared
  MG201: refs({
    'nist-ai-rmf': ['GOVERN 2.1', 'GOVERN 3.2'],
    iso42001: ['A.3.2'],
    'eu-ai-act': ['Art. 17(1)(m)'],
    'nist-csf': ['GV.RR-02']
  }),
  // approval-missing
  MG202: refs({
    'nist-ai-rmf': ['GOVERN 2.1', 'MANAGE 1.1', 'MEASURE 1.3'],
    'nist-ai-600-1': ['GV-1.3-002', 'MS-2.3-003'],
    iso42001: ['A.3.2', 'A.6.2.5'],
    'eu-ai-act': ['Art. 17(1)(m)', 'Annex IV(2)(g)'],
    'nist-csf': ['GV.RR-02', 'PR.AA-05', 'ID.RA-07']
  }),
  // approval-unverifiable
  MG203: refs({
    'nist-ai-rmf': ['GOVERN 1.4', 'MANAGE 1.1'],
    iso42001: ['A.6.2.5'],
    'eu-ai-act': ['Art. 17(1)(m)'],
    'nist-csf': ['GV.RR-02', 'ID.RA-07']
  }),
  // thresholds-incomplete
  MG301: refs({
    'nist-ai-rmf': ['MEASURE 1.1', 'MAP 1.5'],
    'nist-ai-600-1': ['GV-1.3-002'],
    iso42001: ['A.6.2.2', 'A.6.2.4'],
    'eu-ai-act': ['Art. 9(8)', 'Art. 15(1)', 'Annex IV(4)'],
    'nist-csf': ['GV.RM-02']
  }),
  // eval-results-missing
  MG302: refs({
    'nist-ai-rmf': ['MEASURE 2.1', 'MEASURE 2.3'],
    'nist-ai-600-1': ['GV-1.5-003'],
    iso42001: ['A.6.2.4', 'A.6.2.7'],
    'eu-ai-act': [
      'Art. 9(8)',
      'Art. 17(1)(d)',
      'Annex IV(2)(g)',
      ['Art. 53(1)(a)', 'GPAI model providers only']
    ],
    'nist-csf': ['PR.PS-06']
  }),
  // threshold-not-met
  MG303: refs({
    'nist-ai-rmf': [
      'MEASURE 2.3',
      'MEASURE 2.5',
      'MEASURE 2.6',
      'MEASURE 2.10',
      'MEASURE 2.11',
      'MANAGE 1.1'
    ],
    'nist-ai-600-1': ['GV-1.3-002', 'MS-2.6-003', 'MS-2.7-008'],
    'owasp-llm': [
      ['LLM02', 'leakage metrics'],
      ['LLM04', 'safety metrics'],
      ['LLM09', 'quality metrics']
    ],
    iso42001: ['A.6.2.4', 'A.6.2.5'],
    'eu-ai-act': ['Art. 9(8)', 'Art. 15(1)'],
    'nist-csf': ['GV.RM-02', 'PR.PS-06']
  }),
  // eval-regression
  MG304: refs({
    'nist-ai-rmf': ['MEASURE 2.3', 'MEASURE 4.3', 'MANAGE 1.1'],
    'nist-ai-600-1': ['MG-3.1-003', 'MS-2.7-008'],
    'owasp-llm': ['LLM04'],
    iso42001: ['A.6.2.4', 'A.6.2.5'],
    'eu-ai-act': ['Art. 15(1)', 'Art. 9(8)'],
    'nist-csf': ['ID.RA-07', 'PR.PS-06']
  }),
  // no-measurable-uplift
  MG305: refs({
    'nist-ai-rmf': ['MAP 1.4', 'MAP 3.1', 'MANAGE 1.1'],
    'nist-ai-600-1': ['MS-2.3-001', 'MG-3.2-002'],
    iso42001: ['A.6.2.4']
  }),
  // rollback-plan-incomplete
  MG401: refs({
    'nist-ai-rmf': ['MANAGE 2.3', 'MANAGE 2.4', 'GOVERN 1.7'],
    'nist-ai-600-1': ['GV-1.7-001', 'GV-6.2-006', 'MG-2.4-004'],
    iso42001: ['A.6.2.5', 'A.6.2.6'],
    'eu-ai-act': ['Art. 14(4)(e)', 'Art. 15(4)', 'Art. 20(1)'],
    'nist-csf': ['RC.RP-01', 'RC.RP-02', 'ID.IM-04', 'PR.DS-11']
  }),
  // rollback-procedure-missing
  MG402: refs({
    'nist-ai-rmf': ['MANAGE 2.4', 'MANAGE 4.1'],
    'nist-ai-600-1': ['MG-2.3-001'],
    iso42001: ['A.6.2.6', 'A.6.2.7'],
    'eu-ai-act': ['Art. 20(1)'],
    'nist-csf': ['ID.IM-04', 'RC.RP-01']
  }),
  // rollback-drill-stale
  MG403: refs({
    'nist-ai-rmf': ['MANAGE 2.4', 'GOVERN 4.3'],
    'nist-ai-600-1': ['GV-6.2-006', 'MG-4.2-002'],
    iso42001: ['A.6.2.6'],
    'eu-ai-act': ['Art. 15(4)'],
    'nist-csf': ['ID.IM-02', 'PR.DS-11']
  }),
  // monitoring-incomplete
  MG501: refs({
    'nist-ai-rmf': ['MEASURE 2.4', 'MEASURE 3.1', 'MANAGE 4.1', 'GOVERN 2.1'],
    'nist-ai-600-1': ['MG-4.1-002'],
    'owasp-llm': [['LLM02', 'leakage signal']],
    iso42001: ['A.6.2.6', 'A.3.2'],
    'eu-ai-act': ['Art. 72(1)', 'Art. 72(2)', 'Art. 72(3)', 'Art. 26(5)', 'Art. 17(1)(h)'],
    'nist-csf': ['DE.CM-09', 'GV.RR-02']
  }),
  // justification-missing
  MG601: refs({
    'nist-ai-rmf': ['MAP 1.1', 'MAP 1.4', 'MAP 2.1', 'MANAGE 2.1'],
    'nist-ai-600-1': ['MP-1.1-001', 'MS-2.5-002'],
    iso42001: ['A.6.1.2', 'A.6.2.2', 'A.6.2.3'],
    'eu-ai-act': ['Annex IV(2)(b)']
  }),
  // literal-credential
  MG701: refs({
    'nist-ai-rmf': ['MEASURE 2.7'],
    'owasp-llm': ['LLM02', ['LLM07', 'when the serving config holds the system prompt']],
    'owasp-asi': [['ASI03', 'agentic']],
    'eu-ai-act': ['Art. 15(5)'],
    'nist-csf': ['PR.AA-01', 'PR.DS-01']
  }),
  // identity-overprivileged
  MG702: refs({
    'nist-ai-rmf': ['MEASURE 2.7', 'MAP 4.2'],
    'owasp-llm': [
      ['LLM06', "serving identities used by the model's tools"],
      ['LLM10', 'access to model repositories and training environments']
    ],
    'owasp-asi': [['ASI03', 'agentic']],
    'eu-ai-act': ['Art. 15(5)'],
    'nist-csf': ['PR.AA-05']
  }),
  // identity-lifecycle
  MG703: refs({
    'nist-ai-rmf': ['MEASURE 2.7', 'GOVERN 2.1'],
    'owasp-asi': [['ASI03', 'agentic']],
    'eu-ai-act': ['Art. 15(5)'],
    'nist-csf': ['PR.AA-01', 'GV.RR-02']
  }),
  // exception-invalid
  MG801: refs({
    'nist-ai-rmf': ['MANAGE 1.3', 'MANAGE 1.4', 'GOVERN 1.4'],
    'nist-ai-600-1': ['MG-1.3-001'],
    iso42001: ['A.3.2'],
    'eu-ai-act': ['Art. 9(5)'],
    'nist-csf': ['ID.RA-07', 'ID.RA-06']
  })
}

/**
 * Titles from frameworks.md's Key, by framework and by id as the table writes it. NIST subcategories
 * and actions, and CSF subcategories, are the Key's paraphrases; EU AI Act entries join the article's
 * title and the paragraph's description. An id the Key gives no title for is left out.
 */
export const FRAMEWORK_TITLES: Record<FrameworkId, Readonly<Record<string, string>>> = {
  'nist-ai-rmf': {
    'GOVERN 1.1': 'legal and regulatory requirements for AI are understood, managed and documented',
    'GOVERN 1.3': 'processes set how much risk management is needed, based on risk tolerance',
    'GOVERN 1.4':
      'the risk management process and its outcomes rest on transparent policies, procedures and controls',
    'GOVERN 1.5': 'the risk management process is monitored and reviewed periodically, with roles defined',
    'GOVERN 1.6': 'mechanisms exist to inventory AI systems',
    'GOVERN 1.7': 'AI systems can be decommissioned and phased out safely',
    'GOVERN 2.1': 'roles, responsibilities and lines of communication for AI risk are documented and clear',
    'GOVERN 3.2': 'roles for human-AI configurations and human oversight of AI systems are defined',
    'GOVERN 4.3': 'practices enable AI testing, incident identification and information sharing',
    'GOVERN 6.1':
      'policies address risks from third parties, including infringement of intellectual property',
    'MAP 1.1': 'intended purposes, context of use and applicable norms are understood and documented',
    'MAP 1.4': 'the business value or context of use is defined',
    'MAP 1.5': 'organisational risk tolerances are determined and documented',
    'MAP 2.1': 'the tasks the system supports, and the methods that implement them, are defined',
    'MAP 2.3':
      'scientific-integrity and TEVV considerations, including data collection and selection, are documented',
    'MAP 3.1': 'the potential benefits of the intended functionality are examined and documented',
    'MAP 4.1':
      'technology and legal risks of components, including third-party data and software, are mapped',
    'MAP 4.2': "internal risk controls for the system's components are identified and documented",
    'MEASURE 1.1': 'approaches and metrics are selected for the most significant risks',
    'MEASURE 1.3':
      'internal experts who were not front-line developers, or independent assessors, take part in assessments',
    'MEASURE 2.1': 'test sets, metrics and tool details used in TEVV are documented',
    'MEASURE 2.3':
      'performance or assurance criteria are measured under conditions like deployment and documented',
    'MEASURE 2.4': "the system's functionality and behaviour are monitored in production",
    'MEASURE 2.5':
      'the system is shown to be valid and reliable, and the limits of generalisation are documented',
    'MEASURE 2.6': 'the system is evaluated for safety, and its residual risk stays within tolerance',
    'MEASURE 2.7': 'security and resilience are evaluated and documented',
    'MEASURE 2.10': 'privacy risk is examined and documented',
    'MEASURE 2.11': 'fairness and bias are evaluated and the results documented',
    'MEASURE 3.1': 'existing, unanticipated and emergent risks are tracked over time',
    'MEASURE 4.3': 'measurable performance improvements or declines are identified and documented',
    'MANAGE 1.1':
      'someone decides whether the system meets its purpose and whether development or deployment proceeds',
    'MANAGE 1.3':
      'responses to high-priority risks (mitigate, transfer, avoid, accept) are planned and documented',
    'MANAGE 1.4': 'negative residual risks are documented',
    'MANAGE 2.1': 'the resources needed to manage risk are weighed, along with viable non-AI alternatives',
    'MANAGE 2.3': 'procedures exist to respond to and recover from a newly identified risk',
    'MANAGE 2.4':
      'mechanisms exist, with responsibilities assigned, to supersede, disengage or deactivate a system that behaves outside its intended use',
    'MANAGE 4.1':
      'post-deployment monitoring plans exist, covering incident response, recovery and change management'
  },
  'nist-ai-600-1': {
    'GV-1.2-001': 'document the origin and history of training data',
    'GV-1.3-002':
      'set minimum performance or assurance thresholds and review them in go/no-go deployment approval',
    'GV-1.5-003': 'keep the history of test, evaluation, validation and verification (TEVV)',
    'GV-1.6-003':
      'inventory entries record data provenance, oversight roles and underlying foundation models',
    'GV-1.7-001': 'make sure GAI systems can be deactivated',
    'GV-6.2-006': 'test and manage the risks of rollover and fallback technologies',
    'MP-1.1-001':
      'when defining intended purposes, weigh factors such as fine-tuning and data sources such as retrieval',
    'MP-4.1-004': 'document training-data curation policies',
    'MP-4.1-005':
      'set policies for data collection, retention and minimum quality, including the risk of leaking personal information',
    'MP-4.1-007': 're-evaluate models fine-tuned on top of third-party models',
    'MP-4.1-010':
      'check that the use of training data is lawful with respect to intellectual property and privacy',
    'MS-2.3-001':
      'consider baseline benchmark performance when selecting a model to fine-tune or to enhance with retrieval',
    'MS-2.3-003': 'share pre-deployment test results with those who have release-approval authority',
    'MS-2.5-002': 'document how domain knowledge was added (for example RLHF, fine-tuning, retrieval)',
    'MS-2.5-005': 'verify the provenance of training and TEVV data',
    'MS-2.6-002':
      'assess training data for privacy violations, intellectual-property infringement and harmful content',
    'MS-2.6-003': 're-evaluate the safety features of fine-tuned models',
    'MS-2.7-001': 'assess security threats such as backdoors, compromised dependencies and data breaches',
    'MS-2.7-008': 'verify that fine-tuning does not weaken safety and security controls',
    'MG-1.3-001': 'document trade-offs and decisions for risks that are accepted within tolerance',
    'MG-2.2-009': 'use synthetic data or privacy-enhancing techniques where appropriate',
    'MG-2.3-001': 'keep incident response and recovery plans up to date',
    'MG-2.4-004': 'set and review the criteria that warrant deactivating a system',
    'MG-3.1-003': 're-assess model risks after fine-tuning',
    'MG-3.2-002': 'document how a pre-trained model was adapted, and keep access to the un-tuned baseline',
    'MG-4.1-002': 'run and evaluate post-deployment monitoring processes',
    'MG-4.1-006': 'track dataset modifications for provenance',
    'MG-4.2-002': 'practise incident response plans and learn from them'
  },
  'owasp-llm': {
    LLM02: 'Sensitive Information Disclosure',
    LLM03: 'Supply Chain',
    LLM04: 'Data and Model Poisoning',
    LLM06: 'Excessive Agency',
    LLM07: 'System Prompt Leakage',
    LLM09: 'Misinformation',
    LLM10: 'Unbounded Consumption'
  },
  'owasp-asi': {
    ASI03: 'Identity & Privilege Abuse',
    ASI04: 'Agentic Supply Chain Vulnerabilities'
  },
  iso42001: {
    'A.2.2': 'AI policy',
    'A.2.4': 'Review of the AI policy',
    'A.3.2': 'AI roles and responsibilities',
    'A.4.3': 'Data resources',
    'A.6.1.2': 'Objectives for responsible development of AI system',
    'A.6.1.3': 'Processes for responsible AI system design and development',
    'A.6.2.2': 'AI system requirements and specification',
    'A.6.2.3': 'Documentation of AI system design and development',
    'A.6.2.4': 'AI system verification and validation',
    'A.6.2.5': 'AI system deployment',
    'A.6.2.6': 'AI system operation and monitoring',
    'A.6.2.7': 'AI system technical documentation',
    'A.7.2': 'Data for development and enhancement of AI system',
    'A.7.3': 'Acquisition of data',
    'A.7.4': 'Quality of data for AI systems',
    'A.7.5': 'Data provenance',
    'A.7.6': 'Data preparation'
  },
  'eu-ai-act': {
    'Art. 3(23)': 'definition of "substantial modification"',
    'Art. 9(5)': 'Risk management system: residual risk must be judged acceptable',
    'Art. 9(8)':
      'Risk management system: testing before market or service, against metrics and probabilistic thresholds defined beforehand',
    'Art. 10(2)':
      'Data and data governance: data governance practices for training, validation and test sets',
    'Art. 10(2)(b)':
      'Data and data governance: collection processes, origin of data, and the original purpose for personal data',
    'Art. 10(2)(c)': 'Data and data governance: data preparation such as cleaning',
    'Art. 10(3)':
      'Data and data governance: data sets relevant, representative and, as far as possible, free of errors and complete',
    'Art. 11(1)':
      'Technical documentation: drawn up before release and kept up to date, with the content of Annex IV',
    'Annex IV(2)(a)': 'Technical documentation (Annex IV): use and modification of pre-trained systems',
    'Annex IV(2)(b)': 'Technical documentation (Annex IV): key design choices and their rationale',
    'Annex IV(2)(d)':
      'Technical documentation (Annex IV): training data, its provenance and how it was selected',
    'Annex IV(2)(g)':
      'Technical documentation (Annex IV): validation and testing procedures, metrics, and test reports signed by the responsible persons',
    'Annex IV(4)': 'Technical documentation (Annex IV): appropriateness of the performance metrics',
    'Annex IV(6)': 'Technical documentation (Annex IV): changes made through the lifecycle',
    'Art. 14(4)(e)': 'Human oversight: the ability to interrupt the system and bring it to a safe state',
    'Art. 15(1)':
      'Accuracy, robustness and cybersecurity: appropriate accuracy, robustness and cybersecurity, kept consistent over the lifecycle',
    'Art. 15(4)': 'Accuracy, robustness and cybersecurity: resilience, including backup or fail-safe plans',
    'Art. 15(5)':
      'Accuracy, robustness and cybersecurity: resilience against unauthorised alteration, including data poisoning, model poisoning and confidentiality attacks',
    'Art. 17(1)': 'Quality management system: written policies, procedures and instructions',
    'Art. 17(1)(a)': 'Quality management system: compliance strategy, including management of modifications',
    'Art. 17(1)(d)': 'Quality management system: examination, test and validation procedures',
    'Art. 17(1)(f)': 'Quality management system: data management',
    'Art. 17(1)(h)': 'Quality management system: post-market monitoring',
    'Art. 17(1)(k)': 'Quality management system: record-keeping of documentation',
    'Art. 17(1)(m)': 'Quality management system: accountability framework',
    'Art. 20(1)':
      'Corrective actions and duty of information: bring a non-conforming system into conformity, or withdraw, disable or recall it',
    'Art. 25(1)(b)':
      'Responsibilities along the AI value chain: whoever makes a substantial modification to a high-risk system becomes its provider',
    'Art. 26(5)': 'Obligations of deployers of high-risk AI systems: monitor operation',
    'Art. 43(4)': 'Conformity assessment: a substantial modification requires a new conformity assessment',
    'Art. 53(1)(a)':
      'Obligations for providers of general-purpose AI models: technical documentation, including training, testing and evaluation results',
    'Art. 72(1)': 'Post-market monitoring: a monitoring system, based on a documented plan',
    'Art. 72(2)': 'Post-market monitoring: a monitoring system, based on a documented plan',
    'Art. 72(3)': 'Post-market monitoring: a monitoring system, based on a documented plan'
  },
  'nist-csf': {
    'GV.OC-03':
      'legal, regulatory and contractual requirements, including privacy, are understood and managed',
    'GV.RM-02': 'risk appetite and risk tolerance statements are set and maintained',
    'GV.RR-02': 'roles, responsibilities and authorities are established and enforced',
    'GV.PO-01': 'the risk policy is established, communicated and enforced',
    'GV.PO-02': 'the policy is reviewed, updated and enforced as things change',
    'GV.SC-07': 'supplier and third-party risks are understood, assessed and monitored',
    'ID.AM-07': 'inventories of data and its metadata are maintained',
    'ID.AM-08': 'systems, software and data are managed throughout their life cycles',
    'ID.RA-06': 'risk responses are chosen, planned, tracked and communicated',
    'ID.RA-07': 'changes and exceptions are managed, assessed for risk impact, recorded and tracked',
    'ID.IM-02': 'improvements are identified from tests and exercises',
    'ID.IM-04': 'incident response and other operational plans are established and maintained',
    'PR.AA-01': 'identities and credentials of users, services and hardware are managed',
    'PR.AA-05': 'access permissions follow least privilege and separation of duties',
    'PR.DS-01': 'the confidentiality, integrity and availability of data at rest are protected',
    'PR.DS-11': 'backups are created, protected, maintained and tested',
    'PR.PS-01': 'configuration management practices are applied',
    'PR.PS-06': 'secure development practices are integrated and monitored across the life cycle',
    'DE.CM-09': 'computing hardware, software, runtime environments and their data are monitored',
    'RC.RP-01': 'the recovery part of the incident response plan is executed',
    'RC.RP-02': 'recovery actions are selected, scoped, prioritised and performed'
  }
}

/** The suffix the citation form adds to an id: OWASP ids carry their list's year. */
const TAG_SUFFIX: Partial<Record<FrameworkId, string>> = { 'owasp-llm': ':2025', 'owasp-asi': ':2026' }

/**
 * The tag of a reference in frameworks.md's citation form, `<framework>:<id>`, with spaces replaced by
 * "-": `nist-ai-rmf:MEASURE-2.3`, `owasp-llm:LLM04:2025`, `eu-ai-act:Art.15(5)` (the space after
 * "Art." is dropped, as the doc's example does), `eu-ai-act:Annex-IV(2)(d)`.
 */
export function frameworkTag(ref: Pick<FrameworkRef, 'framework' | 'id'>): string {
  let id = ref.id.trim()
  if (ref.framework === 'eu-ai-act') id = id.replace(/^Art\.\s+/, 'Art.')
  id = id.replace(/\s+/g, '-')
  return `${ref.framework}:${id}${TAG_SUFFIX[ref.framework] ?? ''}`
}

/** The Key's title of a reference, or undefined when the Key has none. */
export function frameworkTitle(ref: Pick<FrameworkRef, 'framework' | 'id'>): string | undefined {
  const titles = FRAMEWORK_TITLES[ref.framework]
  return Object.hasOwn(titles, ref.id) ? titles[ref.id] : undefined
}

/** The tags of a rule's references, in the table's order (SARIF `properties.tags`). */
export function frameworkTags(ruleId: RuleId): string[] {
  return FRAMEWORK_REFS[ruleId].map(frameworkTag)
}
