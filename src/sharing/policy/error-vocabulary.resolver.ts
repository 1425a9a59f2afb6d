import { Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { ERROR_CODES, ErrorCode } from '../../graphql/error-codes';
import { DENIAL_REASON_MEANINGS, DenialReason } from './denial-reason.enum';

@ObjectType('ErrorCodeEntry', { description: '一个错误代码（extensions.code）' })
export class ErrorCodeEntry {
  @Field(() => ErrorCode, { description: '代码' })
  code!: ErrorCode;

  @Field(() => Int, { description: '在 GraphQL 之外（导入、变更推送、请求体限制）回答的 HTTP 状态码；整个操作被拒绝时 GraphQL 也用它' })
  httpStatus!: number;

  @Field({ description: '含义' })
  meaning!: string;
}

@ObjectType('DenialReasonEntry', { description: '一个拒绝原因（FORBIDDEN 错误的 extensions.reason）' })
export class DenialReasonEntry {
  @Field(() => DenialReason, { description: '原因' })
  reason!: DenialReason;

  @Field({ description: '含义' })
  meaning!: string;
}

@ObjectType('ErrorVocabulary', {
  description: '错误的封闭词汇：每个错误有 extensions.code，拒绝另有 extensions.reason，其余细节都在 extensions.details 下',
})
export class ErrorVocabulary {
  @Field(() => [ErrorCodeEntry], { description: '全部错误代码' })
  codes!: ErrorCodeEntry[];

  @Field(() => [DenialReasonEntry], { description: '全部拒绝原因' })
  reasons!: DenialReasonEntry[];
}

const VOCABULARY: ErrorVocabulary = Object.assign(new ErrorVocabulary(), {
  codes: Object.entries(ERROR_CODES).map(([code, { status, meaning }]) => Object.assign(new ErrorCodeEntry(), { code, httpStatus: status, meaning })),
  reasons: Object.entries(DENIAL_REASON_MEANINGS).map(([reason, meaning]) => Object.assign(new DenialReasonEntry(), { reason, meaning })),
});

@Resolver()
export class ErrorVocabularyResolver {
  @Query(() => ErrorVocabulary, { description: '错误代码和拒绝原因的完整列表（供集成方处理错误）' })
  errorVocabulary(): ErrorVocabulary {
    return VOCABULARY;
  }
}
