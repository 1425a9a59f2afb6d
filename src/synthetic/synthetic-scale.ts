/** How much synthetic data to make; each sample gets one measurement per farmland heavy metal (8). */
export interface SyntheticScale {
  farmlandUnits: number;
  /** Monitoring points that are not farmland points (control, enterprise, park, water source). */
  otherPoints: number;
  samplesPerPoint: number;
  keyEnterprises: number;
  suspectedSites: number;
  parcels: number;
}

export const SCALES = {
  /** ~10^4 measurements: what `npm start` loads on an empty database. */
  demo: { farmlandUnits: 300, otherPoints: 120, samplesPerPoint: 3, keyEnterprises: 60, suspectedSites: 20, parcels: 200 },
  /** ~10^6 measurements: for `npm run bench`. */
  bench: { farmlandUnits: 10_000, otherPoints: 2_500, samplesPerPoint: 10, keyEnterprises: 600, suspectedSites: 200, parcels: 5_000 },
  /** ~10^7 measurements, a province's worth: for `npm run bench:scale`. */
  province: { farmlandUnits: 100_000, otherPoints: 25_000, samplesPerPoint: 10, keyEnterprises: 2_000, suspectedSites: 500, parcels: 20_000 },
} satisfies Record<string, SyntheticScale>;

export type ScaleName = keyof typeof SCALES;
