import { ErrorCode } from '../graphql/error-codes';
import { HubError } from '../graphql/hub-error';

/**
 * GB/T 21010-2017 土地利用现状分类: the 12 first-level classes and their second-level classes, the vocabulary of a
 * parcel's current use (现状用途) and so of a change of use (改变用途).
 */
const CLASSES: Record<string, string[]> = {
  耕地: ['水田', '水浇地', '旱地'],
  园地: ['果园', '茶园', '橡胶园', '其他园地'],
  林地: ['乔木林地', '竹林地', '红树林地', '森林沼泽', '灌木林地', '灌丛沼泽', '其他林地'],
  草地: ['天然牧草地', '沼泽草地', '人工牧草地', '其他草地'],
  商服用地: ['零售商业用地', '批发市场用地', '餐饮用地', '旅馆用地', '商务金融用地', '娱乐用地', '其他商服用地'],
  工矿仓储用地: ['工业用地', '采矿用地', '盐田', '仓储用地'],
  住宅用地: ['城镇住宅用地', '农村宅基地'],
  公共管理与公共服务用地: [
    '机关团体用地',
    '新闻出版用地',
    '教育用地',
    '科研用地',
    '医疗卫生用地',
    '社会福利用地',
    '文化设施用地',
    '体育用地',
    '公用设施用地',
    '公园与绿地',
  ],
  特殊用地: ['军事设施用地', '使领馆用地', '监教场所用地', '宗教用地', '殡葬用地', '风景名胜设施用地'],
  交通运输用地: ['铁路用地', '轨道交通用地', '公路用地', '城镇村道路用地', '交通服务场站用地', '农村道路', '机场用地', '港口码头用地', '管道运输用地'],
  水域及水利设施用地: ['河流水面', '湖泊水面', '水库水面', '坑塘水面', '沿海滩涂', '内陆滩涂', '沟渠', '沼泽地', '水工建筑用地', '冰川及永久积雪'],
  其他土地: ['空闲地', '设施农用地', '田坎', '盐碱地', '沙地', '裸土地', '裸岩石砾地'],
};

const NAMES = new Set(Object.entries(CLASSES).flatMap(([first, second]) => [first, ...second]));

/** A GB/T 21010 class name, trimmed; anything else is the caller's mistake, named by its argument. */
export function parseLandUseClass(value: string, argument: string): string {
  const name = value.trim();
  if (!NAMES.has(name)) {
    throw new HubError(
      ErrorCode.BAD_USER_INPUT,
      `应为 GB/T 21010-2017 土地利用现状分类的一级或二级类名称，如 工业用地、城镇住宅用地、商服用地，而不是“${value}”`,
      {
        details: { argument },
      },
    );
  }
  return name;
}
