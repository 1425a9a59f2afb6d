/** Every GraphQL operation the page sends, named so the audit trail and metrics say what the page did. */

/** Anonymous visitors: the public disclosure index (/public/graphql). */
export const DISCLOSURE_INDEX = `query CatalogDisclosureIndex {
  disclosureIndex { code name provider updateCycle lastUpdate items { fieldName label tier } }
}`;

/** Answers only to a valid key, so it is the sign-in check: names the department and counts what waits for it. */
export const SIGN_IN = `query CatalogSignIn {
  me { code name kind }
  accessRequests(role: PROVIDER, status: PENDING) { id }
}`;

/** The menu's count of requests waiting for this department's answer. */
export const PENDING_DECISIONS = `query CatalogPendingDecisions {
  accessRequests(role: PROVIDER, status: PENDING) { id }
}`;

/** The whole catalog in brief: the filters' options and how many entries each would give. */
export const CATALOG_FACETS = `query CatalogFacets {
  catalog { code domain provider { code name } items { sharingType openToPublic } }
}`;

export const CATALOG_LIST = `query CatalogList($keyword: String, $domain: String, $provider: String, $sharingType: SharingType, $openToPublic: Boolean) {
  catalog(keyword: $keyword, domain: $domain, provider: $provider, sharingType: $sharingType, openToPublic: $openToPublic) {
    code name classification domain abstract updateCycle lastUpdate recordCount
    provider { code name }
    items { sharingType openToPublic myAccess { status } }
  }
}`;

/** An entry with the department's access to each item; its grants only for the counties a limited one covers. */
export const CATALOG_ENTRY = `query CatalogEntryPage($code: String!) {
  catalogEntry(code: $code) {
    code name typeName classification domain abstract format updateCycle publishedOn lastUpdate related version recordCount
    exampleQuery downloadFormats
    versions { version changedAt changeNote }
    provider { code name }
    items {
      fieldName label dataType dataTypeName sharingType sharingCondition sharingMethod openToPublic opennessCondition disclosureTier
      myAccess { status reason grantValidTo scoped purposes }
    }
  }
  myPending: accessRequests(role: CONSUMER, status: PENDING) { id items dueOn overdue resource { code } }
  myGrants: accessGrants(role: CONSUMER) { items active resource { code } counties { name } }
}`;

export const REQUEST_ACCESS = `mutation CatalogRequestAccess($resource: String!, $items: [String!]!, $purpose: String!, $legalBasis: String!, $periodFrom: LocalDate!, $periodTo: LocalDate!) {
  requestAccess(resource: $resource, items: $items, purpose: $purpose, legalBasis: $legalBasis, periodFrom: $periodFrom, periodTo: $periodTo) {
    id status dueOn
  }
}`;

const REQUEST_FIELDS = `id items purpose legalBasis periodFrom periodTo status submittedAt dueOn overdue decidedAt decisionReason
  consumer { code name }
  resource { code name provider { name } items { fieldName label } }`;

const GRANT_FIELDS = `id items purpose validFrom validTo revokedAt revokeReason active
  consumer { name }
  resource { code name provider { name } items { fieldName label } }
  counties { name }`;

export const REQUESTS_AND_GRANTS = `query CatalogRequestsAndGrants {
  toDecide: accessRequests(role: PROVIDER, status: PENDING) { ${REQUEST_FIELDS} }
  mine: accessRequests(role: CONSUMER) { ${REQUEST_FIELDS} }
  received: accessGrants(role: CONSUMER) { ${GRANT_FIELDS} }
  given: accessGrants(role: PROVIDER) { ${GRANT_FIELDS} }
}`;

export const APPROVE_REQUEST = `mutation CatalogApproveRequest($id: ID!, $validTo: LocalDate, $note: String) {
  approveAccessRequest(id: $id, validTo: $validTo, note: $note) { id status }
}`;

export const REJECT_REQUEST = `mutation CatalogRejectRequest($id: ID!, $reason: String!) {
  rejectAccessRequest(id: $id, reason: $reason) { id status }
}`;

export const WITHDRAW_REQUEST = `mutation CatalogWithdrawRequest($id: ID!) {
  withdrawAccessRequest(id: $id) { id status }
}`;

export const REVOKE_GRANT = `mutation CatalogRevokeGrant($id: ID!, $reason: String!) {
  revokeAccessGrant(id: $id, reason: $reason) { id active revokedAt }
}`;

/** 平台管理: the working calendar of a year and the departments' keys. */
export const ADMINISTRATION = `query CatalogAdministration($year: Int!) {
  calendarDays(year: $year) { day kind name source }
  apiKeys { id prefix name department departmentName createdAt expiresAt revokedAt active }
  departments(first: 100) { nodes { code name kind } }
}`;

export const SET_CALENDAR_DAY = `mutation CatalogSetCalendarDay($day: LocalDate!, $kind: CalendarDayKind, $name: String) {
  setCalendarDay(day: $day, kind: $kind, name: $name)
}`;

export const ISSUE_KEY = `mutation CatalogIssueKey($department: String!, $name: String!, $validDays: Int) {
  issueApiKey(department: $department, name: $name, validDays: $validDays) { key apiKey { id prefix } }
}`;

export const REVOKE_KEY = `mutation CatalogRevokeKey($id: ID!, $reason: String!) {
  revokeApiKey(id: $id, reason: $reason) { id active }
}`;

export const UPDATE_ITEM = `mutation CatalogUpdateItem($resource: String!, $field: String!, $sharingType: SharingType, $sharingCondition: String,
  $openToPublic: Boolean, $disclosureTier: DisclosureTier, $note: String!) {
  updateCatalogItem(resource: $resource, field: $field, sharingType: $sharingType, sharingCondition: $sharingCondition,
    openToPublic: $openToPublic, disclosureTier: $disclosureTier, note: $note) { version }
}`;
