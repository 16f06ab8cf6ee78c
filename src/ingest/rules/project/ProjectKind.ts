/**
 * What a Project node is, read off the suffix that ends its name (seeds/lexicon/project-suffixes.txt):
 * RAILWAY (高铁, 铁路, stations and freight yards), HIGHWAY, METRO (轨道交通N号线), BRIDGE (bridges and tunnels),
 * AIRPORT (airports and terminals), PORT (码头, 无水港, 航电枢纽), POWER (UHV lines, power stations, 燃机),
 * DATA_CENTER (数据中心, 计算中心), WATER (水库, water transfer, 污水处理厂), PARK (产业园), HOSPITAL and SCHOOL (named
 * institutions built: project-institution-heads.txt), SCIENCE (large research facilities: 实验装置, 探测设施, and
 * institutes and laboratories built), PLANT, PIPELINE; from the soft heads of project-named-heads.txt: PLATFORM (digital
 * platforms and systems built by government), ZONE (bonded and functional zones), NETWORK (named networks and
 * corridors: “米”字型高速铁路网), CENTER (national centres, hubs), BASE, DISTRICT (business districts), ECOLOGY
 * (ecological works, national parks); OTHER for the rest.
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
  HOSPITAL: 'HOSPITAL',
  SCHOOL: 'SCHOOL',
  SCIENCE: 'SCIENCE',
  PLANT: 'PLANT',
  PIPELINE: 'PIPELINE',
  PLATFORM: 'PLATFORM',
  ZONE: 'ZONE',
  NETWORK: 'NETWORK',
  CENTER: 'CENTER',
  BASE: 'BASE',
  DISTRICT: 'DISTRICT',
  ECOLOGY: 'ECOLOGY',
  OTHER: 'OTHER',
} as const;
export type ProjectKind = (typeof ProjectKind)[keyof typeof ProjectKind];
