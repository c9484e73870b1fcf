/** The draft key of the "add a contact" form, shared by every screen that opens it. */
export const CONTACT_DRAFT = 'contact:new';
