import { Availability } from '../../src/store';

describe('Availability', () => {
  it('tells its listeners each change once, however often the same state is reported', () => {
    const a = new Availability();
    const heard: boolean[] = [];
    const off = a.onChange((up) => heard.push(up));
    a.report(true);
    a.report(false, new Error('gone'));
    a.report(false, new Error('still gone'));
    a.report(true);
    a.report(true);
    expect(heard).toEqual([false, true]);
    expect(a.up).toBe(true);
    off();
    a.report(false);
    expect(heard).toEqual([false, true]);
  });
});
