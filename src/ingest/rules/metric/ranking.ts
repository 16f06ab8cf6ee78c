/**
 * A ranking at the start of a string (世界500强, 全国文化企业30强): its number is part of the name of a class of firms
 * or places, never a figure. Read where a subject's numbers are explained (findSubject.ts) and inside a counted noun
 * (nounAfter.ts: 200家世界500强企业).
 */
export const RANKING = /^\d+强/;
