import type { Resolvers } from '../generated/graphql';
import { Agency } from './Agency';
import { Metric } from './Metric';
import { Mutation } from './Mutation';
import { Node } from './Node';
import { Passage } from './Passage';
import { Policy } from './Policy';
import { PolicyRegionLink } from './PolicyRegionLink';
import { Project } from './Project';
import { Query } from './Query';
import { Region } from './Region';
import { Relationship } from './Relationship';
import { Report } from './Report';
import { Source } from './Source';

/** The resolver map, one entry per schema type that needs more than default field resolution. */
export const resolvers: Resolvers = {
  Query,
  Mutation,
  Node,
  Policy,
  Agency,
  Region,
  Project,
  Metric,
  Report,
  Passage,
  Source,
  Relationship,
  PolicyRegionLink,
};
