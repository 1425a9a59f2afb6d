import { registerEnumType } from 'type-graphql';

/**
 * The closed set of codes a client can see in `extensions.code`, each with the HTTP status a refusal outside
 * GraphQL (import, stream, body limits) answers with. Apollo's own codes keep their names.
 */
export const ErrorCode = {
  BAD_REQUEST: 'BAD_REQUEST',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  GRAPHQL_PARSE_FAILED: 'GRAPHQL_PARSE_FAILED',
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
  PERSISTED_QUERY_NOT_SUPPORTED: 'PERSISTED_QUERY_NOT_SUPPORTED',
  OPERATION_RESOLUTION_FAILURE: 'OPERATION_RESOLUTION_FAILURE',
  NOT_FOUND: 'NOT_FOUND',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  APPROVAL_CHECK_REQUIRED: 'APPROVAL_CHECK_REQUIRED',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  QUERY_TOO_DEEP: 'QUERY_TOO_DEEP',
  QUERY_TOO_COSTLY: 'QUERY_TOO_COSTLY',
  RESPONSE_TOO_LARGE: 'RESPONSE_TOO_LARGE',
  REQUEST_TIMEOUT: 'REQUEST_TIMEOUT',
  RATE_LIMITED: 'RATE_LIMITED',
  STATEMENT_TIMEOUT: 'STATEMENT_TIMEOUT',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** What each code means, and its HTTP status: the one mapping from errors to HTTP. */
export const ERROR_CODES: Record<ErrorCode, { status: number; meaning: string }> = {
  BAD_REQUEST: { status: 400, meaning: '请求格式不正确（请求头、请求体或文件格式）' },
  BAD_USER_INPUT: { status: 400, meaning: '参数值无效；details.argument 指出是哪个参数' },
  GRAPHQL_PARSE_FAILED: { status: 400, meaning: '查询语句有语法错误' },
  GRAPHQL_VALIDATION_FAILED: { status: 400, meaning: '查询不符合接口定义' },
  PERSISTED_QUERY_NOT_SUPPORTED: { status: 400, meaning: '不支持持久化查询' },
  OPERATION_RESOLUTION_FAILURE: { status: 400, meaning: '找不到要执行的操作（operationName）' },
  NOT_FOUND: { status: 404, meaning: '没有这个地址或这条记录' },
  UNAUTHENTICATED: { status: 401, meaning: '缺少或无效的部门应用密钥' },
  FORBIDDEN: { status: 403, meaning: '无权读取或操作；reason 给出原因（DenialReason）' },
  APPROVAL_CHECK_REQUIRED: {
    status: 409,
    meaning: '办理规划许可、土地供应或施工许可须先通过用地审批把关（checkApproval）；details 给出最近一次把关及其阻止理由',
  },
  PAYLOAD_TOO_LARGE: { status: 413, meaning: '请求体过大' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, meaning: '不支持的内容类型或编码' },
  QUERY_TOO_DEEP: { status: 400, meaning: '查询嵌套层数超过上限' },
  QUERY_TOO_COSTLY: { status: 400, meaning: '查询代价超过上限：请分页或缩小范围' },
  RESPONSE_TOO_LARGE: { status: 400, meaning: '结果超过单次响应的对象数上限' },
  REQUEST_TIMEOUT: { status: 503, meaning: '请求处理超时，已中止且未作修改' },
  RATE_LIMITED: { status: 429, meaning: '请求过于频繁，请按 Retry-After 稍后再试' },
  STATEMENT_TIMEOUT: { status: 400, meaning: '数据库查询超时：请缩小查询范围' },
  SERVICE_UNAVAILABLE: { status: 503, meaning: '服务暂不可用（数据库不可达或服务正在停止），请稍后重试' },
  INTERNAL_SERVER_ERROR: { status: 500, meaning: '服务器内部错误；errorId 可用于联系平台管理员' },
};

registerEnumType(ErrorCode, {
  name: 'ErrorCode',
  description: '错误代码（extensions.code）：封闭集合',
  valuesConfig: Object.fromEntries(Object.entries(ERROR_CODES).map(([code, { status, meaning }]) => [code, { description: `${meaning}（HTTP ${status}）` }])),
});
