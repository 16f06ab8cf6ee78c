/** The read requests of the load and kill checks: five shapes of the public API over the seed report. */
export const READ_MIX: readonly { name: string; query: string }[] = [
  { name: 'lookup', query: '{ node(id: "region:重庆市") { id name } }' },
  { name: 'nested list', query: '{ projects(first: 30) { nodes { name regions(first: 5) { nodes { name parent { name } } } } } }' },
  { name: 'search', query: '{ search(query: "陆海新通道", first: 20) { score node { id name } } }' },
  {
    name: 'metrics filter',
    query:
      '{ metrics(where: {unit: ["%"], valueGt: 10}, orderBy: [{field: VALUE, direction: DESC}], first: 20) { totalCount nodes { subject value unit kind period region { name } } } }',
  },
  { name: 'policyRegionLinks', query: '{ policyRegionLinks(regionId: "region:重庆市", first: 20) { length policy { name } path { nodes { name } } sources { text } } }' },
];
