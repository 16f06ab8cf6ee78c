/** Cypher composed from a plan of one GraphQL root field: the one module that composes Cypher (STYLE 6.3). */
export { composeList, composeNodeById, orderKeys, orderSignature, type OrderKey, type Statement } from './compose';
export type { FieldPlan, Keyset, LabelPlan, ListPlan, NeighbourRel, NestedPage, NodeByIdPlan, NodePlan } from './plan';
export { readListTree, readNodeTree, type Prefetched, type TreeNode, type TreePage } from './readTree';
