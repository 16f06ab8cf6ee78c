import { Agency, Metric, Policy, Project, Region } from './entities';
import { Node, Passage, Report, Source } from './documents';
import { PolicyRegionLink, Relationship } from './graph';
import { Mutation } from './Mutation';
import { Query } from './Query';

/** The resolver map, one entry per schema type that needs more than default field resolution. */
export const resolvers = {
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
