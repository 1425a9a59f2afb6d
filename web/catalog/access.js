/**
 * What an item's `myAccess` means for the department. The hub decides it for the request's declared purpose
 * (X-Purpose), and this page declares none: an item under an active grant then comes back REQUESTABLE with
 * reason PURPOSE_MISMATCH. The department can read it, declaring the grant's purpose.
 */
export function accessOf(myAccess) {
  return myAccess.reason === 'PURPOSE_MISMATCH' ? 'READABLE' : myAccess.status;
}
