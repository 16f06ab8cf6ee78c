import { httpStatusOf } from '../../../src/server/plugins/httpStatus';

describe('httpStatusOf', () => {
  it.each([
    [['BAD_USER_INPUT'], 400],
    [['QUERY_TOO_COMPLEX'], 400],
    [['GRAPHQL_PARSE_FAILED'], 400],
    [['GRAPHQL_VALIDATION_FAILED'], 400],
    [['EXTRACTION_TIMEOUT'], 400],
    [['UNAUTHENTICATED'], 401],
    [['NOT_FOUND'], 404],
    [['CONFLICT'], 409],
    [['INTERNAL_SERVER_ERROR'], 500],
    [['STORE_UNAVAILABLE'], 503],
    [['TIMEOUT'], 503],
  ])('gives %p the status %p', (codes, status) => expect(httpStatusOf(codes)).toBe(status));

  it('lets the most telling code decide when there are several', () => {
    expect(httpStatusOf(['NOT_FOUND', 'BAD_USER_INPUT'])).toBe(400);
    expect(httpStatusOf(['BAD_USER_INPUT', 'STORE_UNAVAILABLE'])).toBe(503);
    expect(httpStatusOf(['BAD_USER_INPUT', 'UNAUTHENTICATED'])).toBe(401);
  });

  it('leaves a response without errors, or with codes it does not know, at Apollo\'s status', () => {
    expect(httpStatusOf([])).toBeUndefined();
    expect(httpStatusOf(['SOMETHING_ELSE'])).toBeUndefined();
  });
});
