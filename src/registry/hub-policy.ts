import { Policy } from '../sharing/policy/policy';
import { ARGUMENT_ITEMS, PUBLIC_QUERIES, RESOURCES } from './modules';

/** The policy over every module's declarations; one per hub, its guarded fields numbered when the schema is guarded. */
export function createPolicy(): Policy {
  return new Policy(RESOURCES, ARGUMENT_ITEMS, PUBLIC_QUERIES);
}
