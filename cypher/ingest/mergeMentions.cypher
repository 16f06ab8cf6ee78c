// Links entities to the passages that mention them, with the exact span and the rule that found it.
// @param mentions: List<Map> — nodeId, passageId, start, end, rule
// @returns count: Integer
UNWIND $mentions AS m
MATCH (n:Entity {id: m.nodeId})
MATCH (p:Passage {id: m.passageId})
CREATE (n)-[:MENTIONED_IN {start: m.start, end: m.end, rule: m.rule}]->(p)
RETURN count(*) AS count
