/** The sidebar's server side: what src/main.ts stubs. */
export { openSidebar } from './open';
export { sidebarState, selectedCitizen, recordAction, getSettings, saveSettings } from './endpoints';

export { moveMeeting, recordAttendance } from './meetings';
export { chairStandReadingFor, registerVisit } from '../visit-record/register';
