import 'reflect-metadata';
import { serve } from '../serve';

/**
 * The hub exactly as `npm start` runs it, but without its audit trail: only `npm run bench` starts it, beside a normal
 * hub process on the same database, to measure what the trail costs under the same load.
 */
void serve({ audit: false });
