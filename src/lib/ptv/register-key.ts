// The PTV open API's address (every imported contact's source in the register) and the key a
// contact has in the contact-source register. Pure, so the drift check and the API client share
// them with the importer without its file access.
import { normaliseRegisterValue, type RegisterType } from '../validation/contact-register.ts';

export const PTV_API = 'https://api.palvelutietovaranto.suomi.fi/api/v11';

/** A register entry's key: its type and its value normalised as the register compares them. */
export const registerKey = (type: RegisterType, value: string) => `${type}:${normaliseRegisterValue(type, value)}`;
