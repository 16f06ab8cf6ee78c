import { footnoteMarkBefore, stripFootnoteMarks } from '../../../src/ingest/text/footnoteMarks';

// 海南 2026 numbers its notes inside the text: 用好“三资”［22］监管平台, “1+5+N”［8］公共卫生体系
describe('footnoteMarks', () => {
  it('strips full-width and normalised marks', () => {
    expect(stripFootnoteMarks('“三资”［22］监管平台')).toBe('“三资”监管平台');
    expect(stripFootnoteMarks('“1+5+N”[8]公共卫生体系')).toBe('“1+5+N”公共卫生体系');
  });
  it('leaves bracketed words and long numbers alone', () => {
    expect(stripFootnoteMarks('中欧(亚)班列')).toBe('中欧(亚)班列');
    expect(stripFootnoteMarks('[2026]')).toBe('[2026]');
  });
  it('finds the mark that ends right before an offset', () => {
    const text = '用好“三资”[22]监管平台';
    expect(footnoteMarkBefore(text, text.indexOf('监'))).toBe(4);
    expect(footnoteMarkBefore(text, text.indexOf('”'))).toBe(0);
  });
});
