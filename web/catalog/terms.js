/** The plan's terms for what the API returns as codes, in Chinese with the English term where it helps. */

export const SHARING_TYPE = {
  UNCONDITIONAL: '无条件共享',
  CONDITIONAL: '有条件共享',
  NOT_SHARED: '不予共享',
};

export const SHARING_TYPE_HINT = {
  UNCONDITIONAL: '所有政务部门均可使用',
  CONDITIONAL: '经提供部门审批授权后使用',
  NOT_SHARED: '仅提供部门使用，须有法律法规依据',
};

export const DISCLOSURE_TIER = {
  FULL: '完整公开',
  MASKED: '脱敏公开',
  GENERALISED: '泛化公开',
  AGGREGATE_ONLY: '仅公开统计值',
};

export const ACCESS_STATUS = {
  READABLE: '可读',
  REQUESTABLE: '可申请',
  NEVER: '不可获得',
};

export const ACCESS_STATUS_EN = {
  READABLE: 'you can read',
  REQUESTABLE: 'you may request',
  NEVER: 'never',
};

export const DENIAL_REASON = {
  NOT_SHARED: '不予共享：仅提供部门可用',
  NO_GRANT: '尚未获得授权，可提出共享申请',
  GRANT_EXPIRED: '授权已过期或已被撤销，可重新申请',
  OUT_OF_SCOPE: '超出授权或本级政府的数据范围',
  NOT_IN_CATALOG: '未列入资源共享目录',
  NOT_OPEN: '未向社会开放',
  PURPOSE_MISMATCH: '声明的用途与授权用途不符',
};

/** The hub's rule (src/sharing/grants/access-requests.ts): a provider answers a request within 10 working days. */
export const ANSWER_DEADLINE = '10 个工作日';

export const REQUEST_STATUS = {
  PENDING: '待审批',
  APPROVED: '已批准',
  REJECTED: '不予批准',
  WITHDRAWN: '已撤回',
};

export const DOMAIN = {
  reference: '基础数据',
  environment: '环保（土壤环境）',
  agriculture: '农业（农用地）',
  land: '国土（土地）',
  planning: '规划',
  plan: '工作方案',
};

/** What each `extensions.code` means to the person in front of the page. */
export const ERROR_TEXT = {
  UNAUTHENTICATED: '未登录，或密钥无效、已过期、已吊销',
  FORBIDDEN: '无权进行此操作',
  BAD_USER_INPUT: '填写的内容有误',
  NOT_FOUND: '没有找到',
  RATE_LIMITED: '请求过于频繁，请稍后再试',
  BAD_REQUEST: '请求格式有误',
  GRAPHQL_PARSE_FAILED: '页面与平台接口不一致，请刷新页面',
  GRAPHQL_VALIDATION_FAILED: '页面与平台接口不一致，请刷新页面',
  PAYLOAD_TOO_LARGE: '提交的内容过大',
  QUERY_TOO_DEEP: '查询过于复杂',
  QUERY_TOO_COSTLY: '查询过于复杂',
  REQUEST_TIMEOUT: '平台处理超时，请稍后重试',
  STATEMENT_TIMEOUT: '平台处理超时，请稍后重试',
  SERVICE_UNAVAILABLE: '平台正在停止或维护，请稍后重试',
  INTERNAL_SERVER_ERROR: '平台内部错误，请把下面的错误编号告诉平台管理员',
  NETWORK: '无法连接平台',
  BAD_RESPONSE: '平台的应答无法识别',
};

/** The form fields behind the arguments a BAD_USER_INPUT names. */
export const ARGUMENT = {
  resource: '资源',
  items: '信息项',
  purpose: '用途',
  legalBasis: '依据',
  periodFrom: '使用期限起',
  periodTo: '使用期限止',
  validTo: '授权截止日期',
  reason: '答复说明',
  id: '申请编号',
};
