/**
 * What kind of policy instrument a Policy node is. The kind is read off the noun that ends the name
 * (seeds/lexicon/policy-nouns.txt), so 《…行动方案》 is a PLAN and 《…促进法》 a LAW; quoted slogans with a
 * programme noun (“满天星”行动计划, “百千万”工程) are PROGRAMs.
 *
 * - LAW: a statute passed by a legislature (《民营经济促进法》)
 * - REGULATION: 条例, 办法, 规定, 细则 — binding rules below statute level
 * - PLAN: 规划, 纲要, 方案, 计划 — a plan with goals and tasks, often with a year range (2023—2027年)
 * - PROGRAM: a named campaign or programme, usually a quoted slogan (“满天星”行动计划, “就在山城”)
 * - MEASURES: 政策, 措施, 政策包 — a package of support measures (支持市场主体发展36条政策措施)
 * - OPINION: 意见, 建议 — guidance documents
 * - DECISION: 决定, 决议, 通知
 * - LIST: 清单, 目录 (《重庆市2023年优化营商环境激发市场活力重点任务清单》)
 * - DOCUMENT: anything else named as a document (系列政策文件)
 * - STRATEGY: a named strategy (创新驱动发展战略, 扩大内需战略)
 * - PILOT: a designation or pilot (国家城市更新试点, 国家要素市场化配置综合改革试点, …示范区 as a title won)
 * - SYSTEM: a named mechanism, system or institution (服务企业专员制度, “一老一小”服务体系)
 * - REFORM: a named reform (“三变”改革, 国资国企改革)
 */
export const PolicyKind = {
  LAW: 'LAW',
  REGULATION: 'REGULATION',
  PLAN: 'PLAN',
  PROGRAM: 'PROGRAM',
  MEASURES: 'MEASURES',
  OPINION: 'OPINION',
  DECISION: 'DECISION',
  LIST: 'LIST',
  DOCUMENT: 'DOCUMENT',
  STRATEGY: 'STRATEGY',
  PILOT: 'PILOT',
  SYSTEM: 'SYSTEM',
  REFORM: 'REFORM',
} as const;
export type PolicyKind = (typeof PolicyKind)[keyof typeof PolicyKind];
