import { registerEnumType } from 'type-graphql';

/** GB 15618-2018 pH bands, in the standard's column order. */
export enum PhBand {
  LE_5_5 = 'le_5_5',
  FROM_5_5_TO_6_5 = '5_5_to_6_5',
  FROM_6_5_TO_7_5 = '6_5_to_7_5',
  GT_7_5 = 'gt_7_5',
}

registerEnumType(PhBand, {
  name: 'PhBand',
  description: 'GB 15618-2018 的 pH 分档',
  valuesConfig: {
    LE_5_5: { description: 'pH 值 ≤ 5.5' },
    FROM_5_5_TO_6_5: { description: '5.5 < pH 值 ≤ 6.5' },
    FROM_6_5_TO_7_5: { description: '6.5 < pH 值 ≤ 7.5' },
    GT_7_5: { description: 'pH 值 > 7.5' },
  },
});
