import { PERSON_ROLE_LABELS, type PersonRole } from './person.ts';

/**
 * How the disclosure log names a person of the household: role and first name ("Kind: Mia"), so the
 * citizen sees whose data went where; never any other value.
 */
export function personLogName(role: PersonRole, givenNames: string | undefined): string {
  return `${PERSON_ROLE_LABELS[role].de}: ${(givenNames ?? '').trim().split(/\s+/)[0] ?? ''}`.slice(0, 80);
}
