// Relationship counts per type, from the count store (constant time).
// @returns type: String, count: Integer
CALL () {
  MATCH ()-[r:SUPPORTS]->() RETURN 'SUPPORTS' AS type, count(r) AS count
  UNION ALL MATCH ()-[r:LOCATED_IN]->() RETURN 'LOCATED_IN' AS type, count(r) AS count
  UNION ALL MATCH ()-[r:ISSUED_BY]->() RETURN 'ISSUED_BY' AS type, count(r) AS count
  UNION ALL MATCH ()-[r:APPROVED_BY]->() RETURN 'APPROVED_BY' AS type, count(r) AS count
  UNION ALL MATCH ()-[r:MEASURES]->() RETURN 'MEASURES' AS type, count(r) AS count
  UNION ALL MATCH ()-[r:PART_OF]->() RETURN 'PART_OF' AS type, count(r) AS count
  UNION ALL MATCH ()-[r:IMPLEMENTS]->() RETURN 'IMPLEMENTS' AS type, count(r) AS count
  UNION ALL MATCH ()-[r:MENTIONED_IN]->() RETURN 'MENTIONED_IN' AS type, count(r) AS count
  UNION ALL MATCH ()-[r:HAS_PASSAGE]->() RETURN 'HAS_PASSAGE' AS type, count(r) AS count
  UNION ALL MATCH ()-[r:HAS_SECTION]->() RETURN 'HAS_SECTION' AS type, count(r) AS count
  UNION ALL MATCH ()-[r:IN_SECTION]->() RETURN 'IN_SECTION' AS type, count(r) AS count
  UNION ALL MATCH ()-[r:ABOUT]->() RETURN 'ABOUT' AS type, count(r) AS count
}
RETURN type, count
