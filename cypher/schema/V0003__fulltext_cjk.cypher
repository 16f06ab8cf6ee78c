// One full-text index over entity and report names and passage text, with the CJK analyzer (bigrams), so that
// Chinese queries such as 陆海新通道 match without word segmentation.
// https://neo4j.com/docs/cypher-manual/5/indexes/semantic-indexes/full-text-indexes/
CREATE FULLTEXT INDEX kg_fulltext IF NOT EXISTS
FOR (n:Policy|Agency|Region|Project|Metric|Report|Passage) ON EACH [n.name, n.text]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } }
