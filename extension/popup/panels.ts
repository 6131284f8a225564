// The popup's heavier panels (the data list with the country table, consents, the log, set-up),
// loaded after the first view so that opening the popup stays quick.
export { AttributeGroups } from '../ui/attribute-groups.tsx';
export { AuditLog } from '../ui/audit-log.tsx';
export { ConsentList } from '../ui/consent-list.tsx';
export { SetupForm } from '../ui/setup-form.tsx';
