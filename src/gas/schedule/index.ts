export { planVisits } from './plan-visits';
export { moveVisit, MoveRequest, type MovedVisit } from './move-visit';
export { callListEndpoint, showCallList } from './call-list';
