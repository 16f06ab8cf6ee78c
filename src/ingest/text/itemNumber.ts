/**
 * A list item's number in digits at the start of a normalised line: `2.实现城镇新增就业18万人以上` (内蒙古 2026's list of
 * the year's tasks), `1、`. It opens a level-3 section (sections.ts) and numbers the list, not a thing, so no figure
 * reads it (metric/protectedMask.ts) and no subject keeps it (metric/cleanSubject.ts). `1.5倍` is a number.
 */
export const ITEM_NUMBER = /^(\d{1,2})[.、](?!\d)/;
