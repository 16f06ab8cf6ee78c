// Links entities to the passages that mention them, with the exact span and the rule that found it; a derived
// source (a parent region, a place read off a name) is flagged `derived`: its span is what it was derived from.
// @param mentions: List<Map> — nodeId, passageId, start, end, rule, derived
// @returns count: Integer
UNWIND $mentions AS m
MATCH (n:Entity {id: m.nodeId})
MATCH (p:Passage {id: m.passageId})
CREATE (n)-[:MENTIONED_IN {start: m.start, end: m.end, rule: m.rule, derived: m.derived}]->(p)
RETURN count(*) AS count
