// The popup's heavier panels (the data list with the country table, consents, the log, set-up),
// loaded after the first view so that opening the popup stays quick.
export { AuditLog } from '../ui/audit-log.tsx';
export { HouseholdData } from '../ui/household-data.tsx';
export { ConsentList } from '../ui/consent-list.tsx';
export { SetupForm } from '../ui/setup-form.tsx';
