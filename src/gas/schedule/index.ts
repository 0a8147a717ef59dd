export { planVisits } from './plan-visits';
export { moveVisit } from './move-visit';
export { callListEndpoint, showCallList } from './call-list';
export { visitMissed } from './missed-visit';
