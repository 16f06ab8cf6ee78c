/**
 * What a Project node is, read off the suffix that ends its name (seeds/lexicon/project-suffixes.txt):
 * RAILWAY (高铁, 铁路, stations and freight yards), HIGHWAY, METRO (轨道交通N号线), BRIDGE (bridges and tunnels),
 * AIRPORT (airports and terminals), PORT (码头, 无水港, 航电枢纽), POWER (UHV lines, power stations, 燃机),
 * DATA_CENTER (数据中心, 计算中心), WATER (水库, water transfer, 污水处理厂), PARK (产业园), SCIENCE (large research
 * facilities: 实验装置, 探测设施), PLANT, PIPELINE and OTHER for future suffixes.
 */
export const ProjectKind = {
  RAILWAY: 'RAILWAY',
  HIGHWAY: 'HIGHWAY',
  METRO: 'METRO',
  BRIDGE: 'BRIDGE',
  AIRPORT: 'AIRPORT',
  PORT: 'PORT',
  POWER: 'POWER',
  DATA_CENTER: 'DATA_CENTER',
  WATER: 'WATER',
  PARK: 'PARK',
  SCIENCE: 'SCIENCE',
  PLANT: 'PLANT',
  PIPELINE: 'PIPELINE',
  OTHER: 'OTHER',
} as const;
export type ProjectKind = (typeof ProjectKind)[keyof typeof ProjectKind];
