import neo4j from 'neo4j-driver';
import { toCypherValue } from '../../../src/store/queries/cypherTypes';

describe('toCypherValue', () => {
  it('sends a declared Integer as a Cypher integer and a declared Float as a float, whole or not', () => {
    expect(toCypherValue(20, 'Integer')).toEqual(neo4j.int(20));
    expect(toCypherValue(10, 'Float?')).toBe(10);
    expect(toCypherValue(4.6, 'Float')).toBe(4.6);
    expect(toCypherValue(null, 'Float?')).toBeNull();
  });

  it('converts every item of a list', () => {
    expect(toCypherValue([1, 2], 'List<Integer>')).toEqual([neo4j.int(1), neo4j.int(2)]);
    expect(toCypherValue([null, 'region:重庆市'], 'List<String?>')).toEqual([null, 'region:重庆市']);
  });

  it('keeps metric values floats inside property maps and makes offsets integers', () => {
    const converted = toCypherValue([{ id: 'm', properties: { value: 2411, valueMax: 12, start: 120, unit: '亿元' } }], 'List<Map>');
    expect(converted).toEqual([{ id: 'm', properties: { value: 2411, valueMax: 12, start: neo4j.int(120), unit: '亿元' } }]);
  });
});
