import { strict as assert } from 'node:assert';
import { median, quantile, spread, spreadText } from '../../bench/stats';

describe('bench statistics', () => {
  it('the median of an even count is the mean of the two middle values, of an odd count the middle one', () => {
    assert.equal(median([4, 1, 3, 2]), 2.5);
    assert.equal(median([5, 1, 3]), 3);
    assert.ok(Number.isNaN(median([])));
  });
  it('p90 is by nearest rank, and the input is not reordered', () => {
    const xs = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1];
    assert.equal(quantile(xs, 0.9), 9);
    assert.equal(quantile([7], 0.9), 7);
    assert.deepEqual(xs, [10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    assert.deepEqual(spread([3, 1, 2]), { median: 2, p90: 3, max: 3 });
    assert.equal(spreadText([30, 10, 20, 40]), '25 ms (p90 40, max 40)');
  });
});
