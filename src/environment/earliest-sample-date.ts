/**
 * No soil sample in the hub can be older than China's second national soil survey (全国第二次土壤普查), begun in
 * 1979: an earlier date is a typing error, not an archive.
 */
export const EARLIEST_SAMPLE_DATE = '1979-01-01';
